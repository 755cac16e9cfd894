// The stall scenario: does one heavy request stop the server from answering anyone else?
//
//   node bench/stall.mjs --db ./data/bench.db [--seconds 30] [--only facet-repeated,snapshot,…] [--quick]
//
// For each request of a catalogue of heavy ones (repeated facets, long prefix searches, a filtered list
// with every facet and include_total, the timeline, CSV of ~100k rows, the full NDJSON export, the SQLite
// snapshot, an SSE replay from 0, clients that open the change stream and never read), it sends that one
// request to the server while probing GET /healthz every 10 ms on a connection of its own, and reports
// the slowest probe and the server's peak RSS (sampled from /proc every 20 ms). A request the server
// refuses (400, 413, 414, 422, 503, 504) is reported as refused, with its status, not as a failure. Every
// request is bounded in time (--seconds, 30; --quick: 10) and stopped early when the server's RSS passes
// --rss-limit MB (2048), to protect the machine. 127.0.0.1 only. Also reachable as
// `node bench/run.mjs --only stall`. Stand-alone it starts the compiled server (npm run build first)
// as bench/run.mjs does and writes bench/results/<date>-stall.json.
/* global process, console, setTimeout, clearTimeout, setInterval, clearInterval, Buffer, URL, performance */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { rssMiB } from '../scripts/proc-info.mjs'
import { buildOurs, currentRss, enc, log, readParameters, root, sleep, startOurs, stopServer } from './lib.mjs'

export const STALL_TARGETS = { probeMs: 50, rssMb: 300 }
const REFUSALS = new Set([400, 413, 414, 422, 503, 504])
// The most a search may ask for under the parse-time limits of issue 12 (16 terms, 4 prefixes of 3+
// letters, as the server implements them): the heaviest search that is still answered.
const SEARCH_LIMITS = { terms: 16, prefixes: 4 }
const ID_LINE = Buffer.from('\nid:')
const EVENT_LINE = Buffer.from('\nevent:')
const STATEMENT_FACETS = ['speaker', 'about', 'topic', 'kind', 'source', 'meeting', 'agreement']

/** The heavy requests, built from the database's own parameters (readParameters in bench/lib.mjs). */
export function stallCatalogue(p, { stuckClients = 5 } = {}) {
  const orPrefixes = (terms) => terms.map((t) => `${t}*`).join(' OR ')
  // The issue's request: 80 one-letter prefixes (a–z, cycling), 476 characters.
  const letters = Array.from({ length: 80 }, (_, i) => String.fromCharCode(97 + (i % 26)))
  // As many distinct three-letter prefixes (the commonest word starts) as fit in the 500 characters of q.
  const distinct = []
  for (const t of p.prefixes) if (orPrefixes([...distinct, t]).length <= 500) distinct.push(t)
  const facetRepeat = Array(250).fill('speaker').join(',') // 1,999 characters: within the 2,000 of the parameter
  return [
    { name: 'facet-repeated', title: 'statements, facet=speaker 250 times', path: `/v1/statements?limit=1&facet=${facetRepeat}` },
    { name: 'facet-all', title: 'statements, all 7 facets at once', path: `/v1/statements?limit=1&facet=${STATEMENT_FACETS.join(',')}` },
    { name: 'search-prefix-80', title: `search, 80 OR'ed one-letter prefixes (${orPrefixes(letters).length} chars)`, path: `/v1/search?q=${enc(orPrefixes(letters))}` },
    {
      name: 'search-capped',
      title: `search, ${SEARCH_LIMITS.prefixes} prefixes + ${SEARCH_LIMITS.terms - SEARCH_LIMITS.prefixes} common words OR'ed (the most the limits allow)`,
      path: `/v1/search?q=${enc([...p.prefixes.slice(0, SEARCH_LIMITS.prefixes).map((t) => `${t}*`), ...p.commonWords.slice(0, SEARCH_LIMITS.terms - SEARCH_LIMITS.prefixes)].join(' OR '))}`,
    },
    { name: 'search-prefix-long', title: `search, ${distinct.length} OR'ed distinct three-letter prefixes (${orPrefixes(distinct).length} chars)`, path: `/v1/search?q=${enc(orPrefixes(distinct))}` },
    {
      name: 'filtered-facets-total',
      title: 'statements 2000–2025 + every facet + include_total',
      path: `/v1/statements?from=2000-01-01&to=2025-12-31&facet=${STATEMENT_FACETS.join(',')}&include_total=true`,
    },
    { name: 'timeline', title: 'timeline 1900–2099, top speaker', path: `/v1/timeline?from=1900&to=2099&actor=${enc(p.topSpeaker)}` },
    { name: 'timeline-all', title: 'timeline 1900–2099', path: `/v1/timeline?from=1900&to=2099` },
    { name: 'export-csv', title: `CSV of ${p.csvRows} statements (from=${p.csvFrom})`, path: `/v1/statements?format=csv&from=${p.csvFrom}`, download: true },
    { name: 'export-ndjson', title: 'NDJSON export, whole dataset', path: '/v1/export.ndjson', download: true },
    { name: 'snapshot', title: '/v1/snapshot.sqlite', path: '/v1/snapshot.sqlite', download: true },
    { name: 'sse-replay', title: `SSE replay from 0 (${p.counts.changes} changes)`, path: '/v1/changes', sse: 'replay', events: p.counts.changes },
    { name: 'sse-stuck', title: `${stuckClients} SSE clients from 0 that never read`, path: '/v1/changes', sse: 'stuck', clients: stuckClients },
  ]
}

/** Probes GET /healthz every `every` ms, one at a time on one keep-alive connection, until stopped. */
export function probe(base, every) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const times = []
  let failures = 0
  let stopped = false
  let inFlightSince = null
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now()
      inFlightSince = started
      const status = await new Promise((resolve) => {
        const req = http.get(`${base}/healthz`, { agent, timeout: 120_000 }, (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode))
          res.on('error', () => resolve(0))
        })
        req.on('timeout', () => req.destroy())
        req.on('error', () => resolve(0))
      })
      inFlightSince = null
      const ms = performance.now() - started
      times.push(ms)
      if (status !== 200) failures++
      await sleep(Math.max(0, every - ms))
    }
  })()
  return async () => {
    stopped = true
    // A probe still waiting when the request ends is part of the stall: wait for it (at most 300 s; then
    // the figure is a lower bound).
    await Promise.race([loop, sleep(300_000)])
    const cut = inFlightSince !== null
    if (cut) times.push(performance.now() - inFlightSince)
    agent.destroy()
    const sorted = [...times].sort((a, b) => a - b)
    const round = (x) => (x === undefined ? null : Math.round(x * 10) / 10)
    return { probes: times.length, lower_bound: cut, max_ms: round(sorted.at(-1)), p99_ms: round(sorted[Math.floor(sorted.length * 0.99)]), p50_ms: round(sorted[Math.floor(sorted.length / 2)]), failed: failures }
  }
}

/** Samples RSS every 20 ms; `over` is set once it passes the limit. */
function watchRss(pid, limitMb) {
  const w = { peak: rssMiB(pid) ?? 0, over: false }
  const timer = setInterval(() => {
    const v = rssMiB(pid) ?? 0
    if (v > w.peak) w.peak = v
    if (v > limitMb) w.over = true
  }, 20)
  w.stop = () => (clearInterval(timer), Math.round(w.peak))
  return w
}

/** One GET, read to the end (or until the deadline, or `stop()` gives a reason): status, bytes, lines, and a refusal's problem detail. */
function fetchOne(base, item, { deadline, stop, headers = {} }) {
  return new Promise((resolve) => {
    let bytes = 0
    let lines = 0
    let events = 0
    let firstByte = null
    let detail = ''
    const eventNames = new Set()
    let carry = Buffer.alloc(0)
    const started = performance.now()
    const done = (outcome, status) => {
      clearInterval(timer)
      resolve({ status, outcome, bytes, lines, events, event_names: [...eventNames], first_byte_ms: firstByte, detail: detail.slice(0, 300) })
    }
    let res = null
    const req = http.get(`${base}${item.path}`, { headers, timeout: deadline - Date.now() + 5000 }, (r) => {
      res = r
      if (r.statusCode >= 400) {
        r.setEncoding('utf8')
        r.on('data', (c) => (detail += c))
        r.on('end', () => {
          try {
            const doc = JSON.parse(detail)
            detail = doc.detail ?? doc.title ?? detail
          } catch {
            // not a problem document: keep the text
          }
          done(REFUSALS.has(r.statusCode) ? 'refused' : 'failed', r.statusCode)
        })
        return
      }
      r.on('data', (chunk) => {
        firstByte ??= Math.round(performance.now() - started)
        bytes += chunk.length
        for (let k = chunk.indexOf(10); k !== -1; k = chunk.indexOf(10, k + 1)) lines++
        if (item.sse === 'replay') {
          // Events counted by their `id:` lines and named by their `event:` lines, on the bytes (a match may
          // straddle two chunks: the last bytes of the previous one are kept, and a match is new when it
          // ends past them).
          const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk
          for (let k = joined.indexOf(ID_LINE); k !== -1; k = joined.indexOf(ID_LINE, k + 1)) if (k + ID_LINE.length > carry.length) events++
          for (let k = joined.indexOf(EVENT_LINE); k !== -1; k = joined.indexOf(EVENT_LINE, k + 1)) {
            const end = joined.indexOf(10, k + EVENT_LINE.length)
            if (end !== -1 && end >= carry.length) eventNames.add(joined.toString('utf8', k + EVENT_LINE.length, end).trim())
          }
          carry = joined.subarray(Math.max(0, joined.length - 64))
          if (events >= item.events || [...eventNames].some((n) => n !== 'change')) {
            req.destroy()
            done(events >= item.events ? 'ok' : 'ok (redirected)', r.statusCode)
          }
        }
      })
      r.on('end', () => done('ok', r.statusCode))
      r.on('error', () => {})
    })
    req.on('error', (error) => (res ? undefined : done(`failed (${error.code ?? error.message})`, 0)))
    const timer = setInterval(() => {
      const why = Date.now() >= deadline ? 'cut (time limit)' : stop()
      if (why) {
        req.destroy()
        done(why, res?.statusCode ?? 0)
      }
    }, 50)
  })
}

/**
 * Clients that ask for the change stream from 0 and never read: raw sockets paused from the start, so
 * the server's writes fill the kernel buffers and then its own. After `holdMs` each one is resumed: if
 * its stream ends within 2 s, the server had closed it.
 */
async function stuckClients(base, item, { holdMs, stop }) {
  const { hostname, port } = new URL(base)
  const sockets = Array.from({ length: item.clients }, () => {
    const s = net.connect({ host: hostname, port: Number(port) })
    s.pause()
    s.on('error', () => {})
    s.write(`GET ${item.path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/event-stream\r\nLast-Event-ID: 0\r\n\r\n`)
    return s
  })
  const until = Date.now() + holdMs
  let why = null
  while (Date.now() < until && !(why = stop())) await sleep(50)
  const closedByServer = await Promise.all(
    sockets.map(
      (s) =>
        new Promise((resolve) => {
          const t = setTimeout(() => resolve(false), 2000)
          s.on('end', () => (clearTimeout(t), resolve(true)))
          s.on('close', () => (clearTimeout(t), resolve(true)))
          s.on('data', () => {})
          s.resume()
        }),
    ),
  )
  sockets.forEach((s) => s.destroy())
  const closed = closedByServer.filter(Boolean).length
  return { status: 200, outcome: why ?? 'ok', detail: `${closed} of ${sockets.length} closed by the server`, closed_by_server: closed, bytes: 0, lines: 0 }
}

/** Waits until /healthz answers quickly (< 20 ms) three times in a row: the previous request's work is over. */
async function quiet(base, limitMs = 300_000) {
  const until = Date.now() + limitMs
  let ok = 0
  while (Date.now() < until && ok < 3) {
    const started = performance.now()
    const r = await new Promise((resolve) => {
      const req = http.get(`${base}/healthz`, { timeout: 30_000 }, (res) => (res.resume(), res.on('end', () => resolve(res.statusCode))))
      req.on('error', () => resolve(0))
      req.on('timeout', () => req.destroy())
    })
    ok = r === 200 && performance.now() - started < 20 ? ok + 1 : 0
    await sleep(200)
  }
  return ok >= 3
}

/** Runs the catalogue against a started server ({ base, child }); one request at a time. */
export async function runStall(server, catalogue, { seconds = 30, probeEvery = 10, rssLimitMb = 2048, holdSeconds = 15 } = {}) {
  const results = []
  for (const item of catalogue) {
    if (server.child.exitCode !== null) {
      results.push({ name: item.name, title: item.title, outcome: `not run: the server exited (${server.child.exitCode})` })
      continue
    }
    await quiet(server.base)
    const rssBefore = currentRss(server.child.pid)
    const rss = watchRss(server.child.pid, rssLimitMb)
    const stopProbe = probe(server.base, probeEvery)
    const stop = () => (rss.over ? `stopped (RSS over ${rssLimitMb} MB)` : server.child.exitCode !== null ? 'failed (the server exited)' : null)
    const started = performance.now()
    const answer = item.sse === 'stuck'
      ? await stuckClients(server.base, item, { holdMs: Math.min(holdSeconds, seconds) * 1000, stop })
      : await fetchOne(server.base, item, { deadline: Date.now() + seconds * 1000, stop, headers: item.sse ? { accept: 'text/event-stream', 'last-event-id': '0' } : {} })
    const elapsed = Math.round((performance.now() - started) / 100) / 10
    const probes = await stopProbe()
    const entry = { name: item.name, title: item.title, path: item.path.length > 200 ? `${item.path.slice(0, 200)}…` : item.path, ...answer, seconds: elapsed, probe: probes, rss_before_mb: rssBefore, rss_peak_mb: rss.stop() }
    entry.probe_met = probes.max_ms !== null && probes.max_ms < STALL_TARGETS.probeMs
    entry.rss_met = entry.rss_peak_mb < STALL_TARGETS.rssMb
    results.push(entry)
    log(
      `stall ${item.name.padEnd(22)} ${String(entry.status).padEnd(3)} ${entry.outcome.padEnd(16)} ${String(elapsed).padStart(5)} s  /healthz max ${probes.max_ms} ms (p99 ${probes.p99_ms}, ${probes.probes} probes${probes.failed ? `, ${probes.failed} failed` : ''})  RSS ${rssBefore} → ${entry.rss_peak_mb} MB`,
    )
  }
  return results
}

const kb = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : b >= 1e3 ? `${Math.round(b / 1e3)} kB` : `${b} B`)

/** The stall results as a markdown table. */
export function stallTable(results) {
  const lines = [
    `| request | answer | s | received | max /healthz ms (< ${STALL_TARGETS.probeMs}) | /healthz p99 ms | probes | RSS before → peak MB (< ${STALL_TARGETS.rssMb}) |`,
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ]
  for (const r of results) {
    if (!r.probe) {
      lines.push(`| ${r.title} | ${r.outcome} |||||||`)
      continue
    }
    const answer = `${r.status || '–'} ${r.outcome}${r.detail ? `: ${r.detail.replace(/\|/g, '/').replace(/\s+/g, ' ').slice(0, 120)}` : ''}`
    const received = r.events ? `${r.events} events` : r.bytes ? `${kb(r.bytes)}${r.name.startsWith('export') ? `, ${r.lines} lines` : ''}` : '–'
    const mark = (met) => (met ? '' : ' **✗**')
    lines.push(
      `| ${r.title} | ${answer} | ${r.seconds} | ${received} | ${r.probe.lower_bound ? '≥ ' : ''}${r.probe.max_ms}${mark(r.probe_met)} | ${r.probe.p99_ms} | ${r.probe.probes} | ${r.rss_before_mb} → ${r.rss_peak_mb}${mark(r.rss_met)} |`,
    )
  }
  return lines.join('\n')
}

// --- Stand-alone ---------------------------------------------------------------------------------------------

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values: opt } = parseArgs({
    options: {
      db: { type: 'string', default: './data/bench.db' },
      quick: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      only: { type: 'string' },
      'rss-limit': { type: 'string', default: '2048' },
      'no-build': { type: 'boolean', default: false },
    },
  })
  const dbFile = path.resolve(opt.db)
  if (!existsSync(dbFile)) {
    console.error(`stall: ${opt.db} does not exist; generate it first: npm run gen -- --statements 1000000 --out ${opt.db}`)
    process.exit(2)
  }
  const seconds = Number(opt.seconds ?? (opt.quick ? 10 : 30))
  const params = readParameters(dbFile, { itemCount: 1 })
  const only = opt.only ? new Set(opt.only.split(',')) : null
  const catalogue = stallCatalogue(params).filter((i) => !only || only.has(i.name))
  if (!opt['no-build']) buildOurs()
  const ours = await startOurs(dbFile)
  log(`ours ${ours.base} (pid ${ours.child.pid}), started in ${ours.startupMs} ms, idle RSS ${currentRss(ours.child.pid)} MB`)
  const results = await runStall(ours, catalogue, { seconds, rssLimitMb: Number(opt['rss-limit']), holdSeconds: opt.quick ? 5 : 15 })
  stopServer(ours)
  const markdown = stallTable(results)
  const date = new Date().toISOString()
  const dir = path.join(root, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${date.replace(/[:.]/g, '-')}-stall${opt.quick ? '-quick' : ''}.json`)
  writeFileSync(file, `${JSON.stringify({ date, machine: { cpus: os.cpus().length, node: process.version, loadavg_at_start: os.loadavg() }, database: path.relative(root, dbFile), counts: params.counts, seconds, stall: results, markdown }, null, 2)}\n`)
  console.log(markdown)
  log(`results written to ${path.relative(root, file)}`)
  process.exit(0)
}
