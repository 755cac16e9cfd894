// The targets of issue 12 (all at 1M statements, 2 cores, in one run), checked against a run's results:
// each with its figure, whether it is met, and by how much it misses.
import { MIXED_TARGET_P99_MS } from './mixed.mjs'
import { STALL_TARGETS } from './stall.mjs'

const n = (x, digits = 0) => (x === null || x === undefined ? '–' : Number(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }))

/** "at least `target`": '' when met, else how far it is. */
const atLeast = (m, target, unit = '', digits = 2) => (m >= target ? '' : `${n(target - m, digits)}${unit} short (${Math.round(((target - m) / target) * 100)} % below; needs ×${(target / m).toFixed(2)})`)
/** "under `target`": '' when met, else how far over. */
const under = (m, target, unit = '') => (m < target ? '' : `over by ${n(m - target, m - target < 10 ? 1 : 0)}${unit} (×${(m / target).toFixed(m / target < 2 ? 2 : 1)} the target)`)

// null: that part was not measured; '': met; text: how far it misses.
const verdict = (parts) => (parts.some((p) => p) ? '**not met**' : parts.some((p) => p === null) ? 'not measured (in part)' : 'met')
const misses = (parts) => parts.filter((p) => p).join('; ') || '–'

/** Rows of [what, target, measured, met, misses by]. */
export function targetRows(results) {
  const rows = []
  const scenario = (name) => results.scenarios?.find((s) => s.name === name && !s.mismatch)

  const throughput = (name, what, peerFactor, floorFactor) => {
    const s = scenario(name)
    const o = s?.ours?.ok_rps
    const f = s?.floor?.ok_rps
    const p = s?.peer?.ok_rps
    const vsFloor = o && f ? o / f : null
    const vsPeer = o && p ? o / p : null
    const parts = [vsPeer === null ? null : atLeast(vsPeer, peerFactor, '×'), vsFloor === null ? null : atLeast(vsFloor, floorFactor)]
    const measured = o ? `ours ${n(o)}/s; ${vsFloor === null ? 'floor not measured' : `${vsFloor.toFixed(2)} of the floor (${n(f)}/s)`}; ${vsPeer === null ? `peer not measured${s?.peer_na ? '' : s?.peer_error || s?.peer_mismatch ? ' (failed or differs)' : ''}` : `${vsPeer.toFixed(2)}× the peer (${n(p)}/s)`}` : 'not measured'
    const missText = [parts[0] ? `peer: ${parts[0]}` : '', parts[1] ? `floor: ${parts[1]}` : ''].filter(Boolean).join('; ')
    rows.push([what, `≥ ${peerFactor}× Platformatic DB and ≥ ${floorFactor} of the floor`, measured, o ? verdict(parts) : 'not measured', missText || '–'])
  }
  throughput('item', 'item requests/s (rotating ids)', 1.5, 0.7)
  throughput('first-page', 'first page (50 full documents)', 1, 0.7)
  throughput('deep-page', 'deep page (50 full documents)', 1, 0.7)
  const warm = scenario('item-warm')
  if (warm?.ours) rows.push(['item requests/s, warm (a small hot set; any response cache)', 'reported separately', `ours ${n(warm.ours.ok_rps)}/s; floor ${n(warm.floor?.ok_rps)}/s`, '–', '–'])

  const stall = results.stall
  if (stall?.length) {
    const measured = stall.filter((r) => r.probe)
    const worst = measured.reduce((a, b) => ((b.probe.max_ms ?? Infinity) > (a?.probe.max_ms ?? -1) ? b : a), null)
    const over = measured.filter((r) => !r.probe_met)
    const notRun = stall.length - measured.length
    const failed = measured.filter((r) => /^failed/.test(r.outcome))
    const lat = worst ? under(worst.probe.max_ms, STALL_TARGETS.probeMs, ' ms') : null
    rows.push([
      'stall: max /healthz latency, every request in the catalogue',
      `< ${STALL_TARGETS.probeMs} ms`,
      worst ? `worst ${n(worst.probe.max_ms, 1)} ms (${worst.name}); ${over.length} of ${stall.length} at or over${notRun ? `; ${notRun} not run` : ''}${failed.length ? `; failed: ${failed.map((r) => r.name).join(', ')}` : ''}` : 'not measured',
      notRun || !worst ? 'not measured' : verdict([lat]),
      over.length ? over.map((r) => `${r.name} ${n(r.probe.max_ms)} ms (×${(r.probe.max_ms / STALL_TARGETS.probeMs).toFixed(1)})`).join(', ') : '–',
    ])
    const peak = measured.reduce((a, b) => (b.rss_peak_mb > (a?.rss_peak_mb ?? -1) ? b : a), null)
    rows.push([
      'stall: server peak RSS',
      `< ${STALL_TARGETS.rssMb} MB`,
      peak ? `${n(peak.rss_peak_mb)} MB (${peak.name})` : 'not measured',
      peak ? verdict([under(peak.rss_peak_mb, STALL_TARGETS.rssMb, ' MB')]) : 'not measured',
      measured.filter((r) => !r.rss_met).map((r) => `${r.name} ${n(r.rss_peak_mb)} MB, over by ${n(r.rss_peak_mb - STALL_TARGETS.rssMb)} MB`).join('; ') || '–',
    ])
  } else rows.push(['stall scenario', `max /healthz < ${STALL_TARGETS.probeMs} ms; peak RSS < ${STALL_TARGETS.rssMb} MB`, 'not measured', 'not measured', '–'])

  const mixed = results.mixed?.ours
  rows.push([
    'mixed: item p99 (45 item + 5 search connections)',
    `< ${MIXED_TARGET_P99_MS} ms`,
    mixed ? `${n(mixed.item.p99)} ms (item ${n(mixed.item.ok_rps)}/s, search ${n(mixed.search.ok_rps)}/s${mixed.item.non2xx + mixed.item.errors ? `, ${mixed.item.non2xx} non-2xx, ${mixed.item.errors} errors` : ''}; floor ${results.mixed.floor ? `${n(results.mixed.floor.item.p99)} ms` : '–'})` : 'not measured',
    mixed ? (mixed.item_p99_met ? 'met' : '**not met**') : 'not measured',
    mixed && !mixed.item_p99_met ? under(mixed.item.p99, MIXED_TARGET_P99_MS, ' ms') || 'non-2xx answers or errors' : '–',
  ])

  const idle = results.idle_rss_mb?.ours
  const startMs = results.startup_ms?.ours
  rows.push(['idle RSS', '< 100 MB', idle ? `${n(idle)} MB` : 'not measured', idle ? verdict([under(idle, 100, ' MB')]) : 'not measured', idle ? under(idle, 100, ' MB') || '–' : '–'])
  rows.push(['start (spawn to the first healthy answer)', '< 1 s', startMs ? `${n(startMs)} ms` : 'not measured', startMs ? verdict([under(startMs, 1000, ' ms')]) : 'not measured', startMs ? under(startMs, 1000, ' ms') || '–' : '–'])

  for (const x of results.exports ?? []) {
    const o = x.ours
    if (!o) continue
    const rate = atLeast(o.rows_per_s, 50_000, ' rows/s', 0)
    const rss = under(o.rss_peak_mb, 200, ' MB')
    rows.push([`export ${x.name.replace('export-', '')}: rows/s, peak RSS`, '≥ 50,000 rows/s, peak RSS < 200 MB', `${n(o.rows_per_s)} rows/s${o.complete ? '' : ' (stopped at the time limit)'}, ${n(o.rss_peak_mb)} MB`, verdict([rate, rss]), misses([rate, rss])])
  }
  return rows
}

export function targetsTable(results) {
  return ['| what | target | measured | met | misses by |', '|---|---|---|---|---|', ...targetRows(results).map((r) => `| ${r.map((c) => String(c).replace(/\|/g, '/')).join(' | ')} |`)].join('\n')
}
