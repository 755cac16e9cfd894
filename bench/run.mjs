// The benchmark: the real server (src/server.ts) against the floor (bench/floor-server.mjs) and the peer
// (Platformatic DB's generated REST API, bench/peer/) on the same generated database, scenario by
// scenario, with autocannon on 127.0.0.1 only.
//
//   npm run gen -- --statements 1000000 --out ./data/bench.db
//   npm run bench                       # node bench/run.mjs
//   node bench/run.mjs --quick          # a short smoke run (2 s per scenario, 10 connections)
//   node bench/run.mjs --quick --only citations,citations-span   # the citations list and a span query
//
// Options: --db FILE (default ./data/bench.db), --duration S (10), --connections N (50),
// --export-seconds S (60: an export is downloaded for at most this long), --only a,b / --skip a,b (scenario
// names, including mixed and stall), --item-ids N (100000: the item scenario rotates over this many ids),
// --stall-seconds S (30: the time limit of each stall request), --no-ours / --no-floor / --no-peer (leave a
// server out). The peer needs its own install (Node 22 + @platformatic/db in bench/peer/: npm run
// bench:peer-install); without it the run goes on without the peer.
//
// For every scenario it first checks that ours and the floor return the same ids (lists) or the same
// document (items, and the documents of statement pages), and that the peer returns the same ids in the
// same order (its documents have another shape); a scenario the peer cannot express is reported as n/a.
// Then it measures each with autocannon: requests/s, p50/p99 latency, errors and non-2xx answers, and the
// server's RSS (peak, sampled from /proc/<pid>/status). Exports are downloaded, sequentially: rows/s and
// peak RSS during the download. Then the mixed scenario (bench/mixed.mjs: 45 connections on items while 5
// search) for ours and the floor, and the stall scenario (bench/stall.mjs) on a freshly started ours.
// Results go to bench/results/<timestamp>.json; markdown tables are printed, the last one the issue's
// targets with each figure, whether it is met and by how much it misses.
/* global process, console, setTimeout, clearTimeout, URL, Buffer, performance */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { rssMiB } from '../scripts/proc-info.mjs'
import { buildOurs, currentRss, enc, encodeCursor, get, getSettled, log, readParameters, root, sampleRss, settle, start, startFloor, startOurs, stopServer } from './lib.mjs'
import { MIXED_SEARCHES, runMixed } from './mixed.mjs'
import { runStall, stallCatalogue, stallTable } from './stall.mjs'
import { targetsTable } from './targets.mjs'

const { values: opt } = parseArgs({
  options: {
    db: { type: 'string', default: './data/bench.db' },
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    connections: { type: 'string' },
    'export-seconds': { type: 'string' },
    'item-ids': { type: 'string', default: '100000' },
    'stall-seconds': { type: 'string' },
    only: { type: 'string' },
    skip: { type: 'string' },
    'no-ours': { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
  },
})
const dbFile = path.resolve(opt.db)
if (!existsSync(dbFile)) {
  console.error(`bench: ${opt.db} does not exist; generate it first: npm run gen -- --statements 1000000 --out ${opt.db}`)
  process.exit(2)
}
const DURATION = Number(opt.duration ?? (opt.quick ? 2 : 10))
const CONNECTIONS = Number(opt.connections ?? (opt.quick ? 10 : 50))
const WARMUP = Math.max(1, Math.round(DURATION / 5))
const EXPORT_SECONDS = Number(opt['export-seconds'] ?? (opt.quick ? 5 : 60))
const STALL_SECONDS = Number(opt['stall-seconds'] ?? (opt.quick ? 10 : 30))
const only = opt.only ? new Set(opt.only.split(',')) : null
const skip = new Set(opt.skip ? opt.skip.split(',') : [])
const wanted = (name) => (!only || only.has(name)) && !skip.has(name)

// --- Parameters from the database itself ---------------------------------------------------------------------

const t0 = performance.now()
const { secret, counts, itemIds, topSpeaker, half, deep, csvFrom, csvRows, searchHits, span, storedDocuments, ...params } = readParameters(dbFile, { itemCount: Number(opt['item-ids']) })
// The warm pass: a small hot set, requested over and over (what a response cache would serve).
const hotIds = itemIds.slice(0, 200)
log(`parameters read in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${itemIds.length} item ids; stored documents: ${storedDocuments ? 'yes' : 'no'}`)
const filtered = `speaker=${enc(topSpeaker)}&from=2015-01-01&to=2019-12-31&topic=withdrawal`
// The peer (Platformatic DB): camelCase query names (a snake_case one is dropped silently, and the
// unfiltered list comes back: the id check below catches that). Its default order is the primary key;
// the API's default order (date_start, undated last, ties by id) is `orderby.dateStart` + `orderby.id`
// over the dated rows (a page of 50 never reaches the undated ones, checked by the ids). Its keyset
// cursor (`startAfter`, base64 JSON of the order-by fields) gives the deep page the same row-value
// seek as ours. `peer: { na }` is a scenario it cannot express.
const peerDated = 'where.dateStart.isNull=false&orderby.dateStart=asc&orderby.id=asc'
const peerCursor = (fields) => enc(Buffer.from(JSON.stringify(fields)).toString('base64'))
const SCENARIOS = [
  {
    name: 'item',
    title: `GET /v1/statements/:id (${itemIds.length} distinct ids in turn)`,
    kind: 'item',
    paths: itemIds.map((id) => `/v1/statements/${enc(id)}`),
    peerPaths: itemIds.map((id) => `/statements/${enc(id)}`),
  },
  {
    name: 'item-warm',
    title: `GET /v1/statements/:id, warm (${hotIds.length} hot ids, over and over)`,
    kind: 'item',
    paths: hotIds.map((id) => `/v1/statements/${enc(id)}`),
    peerPaths: hotIds.map((id) => `/statements/${enc(id)}`),
  },
  { name: 'first-page', title: 'first page of statements (limit 50)', kind: 'list', documents: true, ours: '/v1/statements?limit=50', floor: '/v1/statements?limit=50', peer: `/statements?limit=50&${peerDated}` },
  {
    name: 'deep-page',
    title: `page after row ${half} (keyset cursor)`,
    kind: 'list',
    documents: true,
    ours: `/v1/statements?limit=50&cursor=${enc(encodeCursor(secret, 'statements?sort=date', deep.k, deep.id))}`,
    floor: `/v1/statements?limit=50&after_key=${enc(deep.k)}&after_id=${enc(deep.id)}`,
    peer:
      deep.k === '9999-12-31'
        ? { na: 'the page is among the undated rows, which orderby puts first' }
        : `/statements?limit=50&${peerDated}&startAfter=${peerCursor({ dateStart: deep.k, id: deep.id })}`,
  },
  {
    name: 'filtered',
    title: `speaker (top) + 2015–2019 + topic`,
    kind: 'list',
    documents: true,
    ours: `/v1/statements?limit=50&${filtered}`,
    floor: `/v1/statements?limit=50&${filtered}`,
    peer: { na: 'speaker and topic are link tables; where.* filters only the entity’s own columns' },
  },
  { name: 'search', title: `search q=withdrawal`, kind: 'list', ours: '/v1/search?q=withdrawal', floor: '/v1/search?q=withdrawal', hits: searchHits.withdrawal, peer: { na: 'no full-text search (FTS5 MATCH, bm25)' } },
  { name: 'search-rare', title: `search q=Kirkuk`, kind: 'list', ours: '/v1/search?q=Kirkuk', floor: '/v1/search?q=Kirkuk', hits: searchHits.Kirkuk, peer: { na: 'no full-text search (FTS5 MATCH, bm25)' } },
  { name: 'timeline', title: 'timeline for 2020', kind: 'list', ours: '/v1/timeline?from=2020&to=2020', floor: '/v1/timeline?from=2020&to=2020', peer: { na: 'three entity types merged in one date order' } },
  {
    name: 'changes',
    title: 'change feed page (100 from the middle)',
    kind: 'changes',
    ours: `/v1/changes?since=${Math.floor(counts.changes / 2)}`,
    floor: `/v1/changes?since=${Math.floor(counts.changes / 2)}`,
    // The same rows of the changes table, not a feed: `data` stays the stored JSON string, no next_since/revision.
    peer: `/changes?limit=100&where.seq.gt=${Math.floor(counts.changes / 2)}&orderby.seq=asc`,
  },
  // The citations collection (issue 17): its first page, read off citations_start_idx, and a span query
  // (range search on citations_source_span_idx). Ours only: the floor and the peer have no citations view.
  {
    name: 'citations',
    title: 'first page of citations (limit 50)',
    kind: 'list',
    ours: '/v1/citations?limit=50',
    floor: { na: 'no citations view (the rows with their subjects’ ids)' },
    peer: { na: 'a citation’s subject is one of seven columns, a relation’s ends a join away' },
  },
  {
    name: 'citations-span',
    title: `citations of one source overlapping ${span.start}-${span.end}`,
    kind: 'list',
    ours: `/v1/citations?source=${enc(span.source ?? '')}&overlaps=${span.start}-${span.end}`,
    floor: { na: 'no citations view (the rows with their subjects’ ids)' },
    peer: { na: 'an overlap is two range conditions on one index; where.* has them, not the subject join' },
  },
].filter((s) => wanted(s.name))
const EXPORT_PEER_NA = 'no export: the generated list route has no CSV/NDJSON and at most 100 rows a page'
const EXPORTS = [
  { name: 'export-csv', title: `CSV export of ${csvRows} statements (from=${csvFrom})`, path: `/v1/statements?format=csv&from=${csvFrom}`, header: 1 },
  { name: 'export-ndjson', title: 'NDJSON export of the whole dataset', path: '/v1/export.ndjson', header: 1 },
].filter((s) => wanted(s.name))

// --- Processes -----------------------------------------------------------------------------------------------

const servers = []
const stopAll = () => servers.forEach(stopServer)

// --- Measuring -----------------------------------------------------------------------------------------------

async function cannon(server, paths) {
  const stop = sampleRss(server.child.pid, 200)
  let i = 0
  // A short unrecorded warm-up first (JIT, statement caches, the OS page cache), so that whichever
  // server runs first is not measured cold.
  await autocannon({ url: server.base, connections: CONNECTIONS, duration: WARMUP, timeout: 60, requests: [{ method: 'GET', path: paths[0], setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }] })
  await settle(server)
  const result = await autocannon({
    url: server.base,
    connections: CONNECTIONS,
    duration: DURATION,
    timeout: 60,
    requests: [{ method: 'GET', path: paths[0], setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
  })
  const rss = stop()
  const completed = result.requests.total
  return {
    // Successful answers per second: a 503 from load shedding is fast, but it is not an answer.
    ok_rps: Math.round((result['2xx'] / result.duration) * 10) / 10,
    rps: Math.round((completed / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: completed,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status_codes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, v]) => [code, v.count])),
    rss_mb: rss,
    bytes_per_s: Math.round(result.throughput.average),
  }
}

/** Requests sent one at a time (no queueing): the median and the slowest, over up to 30 requests or 5 s. */
async function alone(server, paths) {
  const times = []
  const until = performance.now() + (opt.quick ? 1000 : 5000)
  for (let i = 0; i < 30 && (i < 3 || performance.now() < until); i++) {
    const started = performance.now()
    const r = await get(`${server.base}${paths[i % paths.length]}`)
    if (r.status === 200) times.push(performance.now() - started)
    else await settle(server)
  }
  times.sort((a, b) => a - b)
  const round = (x) => (x === undefined ? null : Math.round(x * 10) / 10)
  return { n: times.length, median_ms: round(times[Math.floor(times.length / 2)]), max_ms: round(times.at(-1)) }
}

async function download(server, urlPath) {
  const stop = sampleRss(server.child.pid, 100)
  const startRss = Math.round(rssMiB(server.child.pid) ?? 0)
  const started = performance.now()
  let firstByteMs = null
  const out = await new Promise((resolve, reject) => {
    let lines = 0
    let bytes = 0
    const headChunks = []
    let headBytes = 0
    let complete = false
    const req = http.get(`${server.base}${urlPath}`, (res) => {
      if (res.statusCode !== 200) {
        res.resume()
        return resolve({ status: res.statusCode, lines, bytes, complete, head: '' })
      }
      const timer = setTimeout(() => req.destroy(), EXPORT_SECONDS * 1000)
      res.on('data', (chunk) => {
        firstByteMs ??= performance.now() - started
        bytes += chunk.length
        // Kept as bytes: a chunk may end inside a UTF-8 character.
        if (headBytes < 2_000_000) {
          headChunks.push(chunk)
          headBytes += chunk.length
        }
        for (let k = chunk.indexOf(10); k !== -1; k = chunk.indexOf(10, k + 1)) lines++
      })
      const head = () => Buffer.concat(headChunks).toString('utf8')
      res.on('end', () => ((complete = true), clearTimeout(timer), resolve({ status: 200, lines, bytes, complete, head: head() })))
      res.on('close', () => (clearTimeout(timer), resolve({ status: 200, lines, bytes, complete, head: head() })))
    })
    req.on('error', (e) => (e.code === 'ECONNRESET' ? undefined : reject(e)))
  })
  const seconds = (performance.now() - started) / 1000
  const peak = stop()
  return { ...out, seconds: Math.round(seconds * 10) / 10, first_byte_ms: firstByteMs === null ? null : Math.round(firstByteMs), rss_start_mb: startRss, rss_peak_mb: peak }
}

// --- Same answers? -------------------------------------------------------------------------------------------

/** The request paths of a scenario for one server (the peer has its own URL shapes). */
const pathsOf = (s, name) => (s.kind === 'item' ? (name === 'peer' ? s.peerPaths : s.paths) : [s[name]])

/** The rows of a list answer: ours and the floor wrap them in `data`; the peer answers a bare array. */
const rowsOf = (name, body) => {
  const doc = JSON.parse(body)
  return name === 'peer' ? doc : doc.data
}
const idsOf = (name, body) =>
  rowsOf(name, body).map((d) =>
    name === 'peer' ? (d.seq !== undefined ? `${d.seq}:${d.entityId}` : d.id) : d.type ? `${d.type}:${d.id}` : d.seq !== undefined ? `${d.seq}:${d.id}` : d.id,
  )

/**
 * Whether two servers answer a scenario alike: the same documents between ours and the floor (items,
 * 20 spread over the rotation; statement pages; change records), the same ids in the same order for lists. With the peer only the ids are compared
 * (its documents are the bare rows, camelCase, no embedded relations), plus each change record's data.
 */
async function sameAnswers(s, x, y) {
  const withPeer = x.name === 'peer' || y.name === 'peer'
  const [px, py] = [pathsOf(s, x.name), pathsOf(s, y.name)]
  if (s.kind === 'item') {
    const n = Math.min(20, px.length)
    for (let k = 0; k < n; k++) {
      const i = Math.floor((k * px.length) / n)
      const [a, b] = await Promise.all([getSettled(x, px[i]), getSettled(y, py[i])])
      if (a.status !== 200 || b.status !== 200) return `${px[i]}: status ${a.status} / ${b.status}`
      const [da, db] = [JSON.parse(a.body), JSON.parse(b.body)]
      if (withPeer ? da.id !== db.id : !isDeepStrictEqual(da, db)) return `${px[i]}: the ${withPeer ? 'ids' : 'documents'} differ`
    }
    return null
  }
  const [a, b] = await Promise.all([getSettled(x, px[0]), getSettled(y, py[0])])
  if (a.status !== 200 || b.status !== 200) return `status ${a.status} / ${b.status}: ${a.body.slice(0, 300)} | ${b.body.slice(0, 300)}`
  const [ix, iy] = [idsOf(x.name, a.body), idsOf(y.name, b.body)]
  if (ix.length === 0) return 'no rows: the scenario measures nothing'
  if (!isDeepStrictEqual(ix, iy)) return `ids differ: ${x.name} ${ix.slice(0, 3).join(', ')}… (${ix.length}) / ${y.name} ${iy.slice(0, 3).join(', ')}… (${iy.length})`
  if (s.documents && !withPeer) {
    const [rx, ry] = [rowsOf(x.name, a.body), rowsOf(y.name, b.body)]
    const k = rx.findIndex((d, i) => !isDeepStrictEqual(d, ry[i]))
    if (k !== -1) return `the documents differ, first at row ${k + 1} (${rx[k].id})`
  }
  if (s.kind === 'changes') {
    // The peer returns the stored data as a JSON string.
    const data = (name, body) => rowsOf(name, body).map((d) => (name === 'peer' && typeof d.data === 'string' ? JSON.parse(d.data) : d.data))
    const same = withPeer ? isDeepStrictEqual(data(x.name, a.body), data(y.name, b.body)) : isDeepStrictEqual(rowsOf(x.name, a.body), rowsOf(y.name, b.body))
    if (!same) return 'change records differ'
  }
  return null
}

function sameExport(name, a, b) {
  const cut = (text) => {
    const lines = text.split('\n').slice(0, 2001)
    lines.pop() // possibly partial
    return name === 'export-ndjson' ? lines.slice(1) : lines // the meta line carries exported_at
  }
  const [x, y] = [cut(a), cut(b)]
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return `line ${i + 1} differs:\n  ours:  ${x[i].slice(0, 200)}\n  floor: ${y[i].slice(0, 200)}`
  return null
}

// --- Run -----------------------------------------------------------------------------------------------------

// Ours runs as `npm start` runs it (bench/lib.mjs startOurs): the compiled server, with the protections that the
// floor and the peer do not have turned off, so that all three are measured on the same work.
const MIXED = wanted('mixed')
const STALL = wanted('stall')
const needServers = SCENARIOS.length > 0 || EXPORTS.length > 0 || MIXED
if (!opt['no-ours']) buildOurs()
const ours = opt['no-ours'] || !needServers ? null : await startOurs(dbFile)
if (ours) servers.push(ours)
const floor = opt['no-floor'] || !needServers ? null : await startFloor(dbFile)
if (floor) servers.push(floor)
if (floor) log(floor.output().trim())

/**
 * The peer: Platformatic DB (bench/peer/server.mjs) run by the Node 22 installed in bench/peer/. It is
 * optional: when it is not installed or does not start, the run goes on without it and says why.
 */
async function startPeer() {
  if (opt['no-peer']) return { peer: null, skipped: '--no-peer' }
  if (SCENARIOS.length === 0) return { peer: null, skipped: 'no scenario it could answer was asked for' }
  const dir = path.join(root, 'bench', 'peer')
  const exec = path.join(dir, 'node_modules', '.bin', 'node')
  const install = 'npm run bench:peer-install   (or: sh bench/peer/install.sh; about 2 min, compiles better-sqlite3 for Node 22)'
  if (!existsSync(path.join(dir, 'node_modules', '@platformatic', 'db')) || !existsSync(exec)) {
    log(`peer skipped: bench/peer/node_modules is not installed. Install it with:\n    ${install}`)
    return { peer: null, skipped: 'not installed (npm run bench:peer-install)' }
  }
  try {
    const peer = await start('peer', ['bench/peer/server.mjs', '--db', dbFile, '--port', '0'], {}, (_child, output) => /peer listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? null, { exec })
    return { peer, skipped: null }
  } catch (error) {
    const text = String(error.message)
    const hint = /NODE_MODULE_VERSION|better_sqlite3\.node|invalid ELF/.test(text) ? `better-sqlite3 is not built for the peer's Node; reinstall: ${install}` : `reinstall if needed: ${install}`
    log(`peer skipped: it did not start (${hint}):\n${text.split('\n').slice(0, 12).join('\n')}`)
    return { peer: null, skipped: 'did not start' }
  }
}
const { peer, skipped: peerSkipped } = await startPeer()
if (peer) servers.push(peer)
const idle = (s) => (s ? Math.round(rssMiB(s.child.pid)) : '-')
log(
  `ours ${ours?.base ?? '-'} (pid ${ours?.child.pid ?? '-'}), floor ${floor?.base ?? '-'} (pid ${floor?.child.pid ?? '-'}), peer ${peer?.base ?? '-'} (pid ${peer?.child.pid ?? '-'}); idle RSS ${idle(ours)} / ${idle(floor)} / ${idle(peer)} MB`,
)

// The cursor the bench computes must be the one the API issues (same secret, same scope).
if (ours && SCENARIOS.some((s) => s.name === 'deep-page')) {
  const first = JSON.parse((await get(`${ours.base}/v1/statements?limit=50`)).body)
  const last = first.data.at(-1)
  const expected = encodeCursor(secret, 'statements?sort=date', last.date.start ?? '9999-12-31', last.id)
  const issued = new URL(first.links.next, 'http://x').searchParams.get('cursor')
  if (issued !== expected) log(`warning: the computed cursor differs from the API's (${issued} vs ${expected}); the deep-page scenario may answer 400`)
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu_model: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}`, loadavg_at_start: os.loadavg().map((l) => Math.round(l * 100) / 100) },
  database: { file: path.relative(root, dbFile), mb: Math.round(statSync(dbFile).size / 1e6), counts },
  settings: { duration_s: DURATION, warmup_s: WARMUP, connections: CONNECTIONS, export_seconds: EXPORT_SECONDS, stall_seconds: STALL_SECONDS, item_ids: itemIds.length, stored_documents: storedDocuments, quick: opt.quick },
  startup_ms: Object.fromEntries(servers.map((s) => [s.name, s.startupMs])),
  idle_rss_mb: { ours: ours ? Math.round(rssMiB(ours.child.pid)) : null, floor: floor ? Math.round(rssMiB(floor.child.pid)) : null, peer: peer ? Math.round(rssMiB(peer.child.pid)) : null },
  peer: peer ? { server: /peer listening at \S+ \((.*)\)/.exec(peer.output())?.[1] ?? 'Platformatic DB' } : { skipped: peerSkipped },
  scenarios: [],
  exports: [],
  mixed: null,
  stall: null,
}

let peerDown = null
const peerFailed = (s, error) => {
  peerDown = `${s.name}: ${error.message}${peer.child.exitCode !== null ? `, exited with ${peer.child.exitCode}` : ''}`
  log(`peer left out from here on, it failed in ${peerDown}\n${peer.output().slice(-1500)}`)
  return error.message
}

for (const s of SCENARIOS) {
  const entry = { name: s.name, title: s.title, ours_path: s.ours ?? s.paths[0] }
  if (typeof s.floor === 'object') entry.floor_na = s.floor.na
  else entry.floor_path = s.floor ?? s.paths[0]
  if (typeof s.peer === 'object') entry.peer_na = s.peer.na
  else entry.peer_path = s.peer ?? s.peerPaths[0]
  if (s.hits !== undefined) entry.hits = s.hits
  if (ours && floor && !entry.floor_na) {
    entry.mismatch = await sameAnswers(s, ours, floor)
    if (entry.mismatch) log(`${s.name}: NOT MEASURED, the answers differ: ${entry.mismatch}`)
  }
  // The peer is checked against ours (or the floor without ours); a peer that differs is left out alone.
  // A peer that fails (exits, refuses connections) is left out from then on: it never stops the run.
  const reference = ours ?? floor
  if (peer && !entry.peer_na && peerDown) entry.peer_error = `down since ${peerDown.slice(0, peerDown.indexOf(':'))}`
  if (!entry.mismatch && peer && !entry.peer_na && !peerDown && reference) {
    try {
      entry.peer_mismatch = await sameAnswers(s, reference, peer)
      if (entry.peer_mismatch) log(`${s.name}: peer NOT MEASURED, its answer differs from ${reference.name}'s: ${entry.peer_mismatch}`)
    } catch (error) {
      entry.peer_error = peerFailed(s, error)
    }
  }
  if (!entry.mismatch) {
    for (const server of [ours, floor, peer].filter(Boolean)) {
      if (server.name === 'peer' && (entry.peer_na || entry.peer_mismatch || entry.peer_error)) continue
      if (server.name === 'floor' && entry.floor_na) continue
      const paths = pathsOf(s, server.name)
      try {
        await settle(server)
        await getSettled(server, paths[0]) // warm up
        const single = await alone(server, paths)
        await settle(server)
        entry[server.name] = { ...(await cannon(server, paths)), alone: single }
        // autocannon leaves the requests still queued at the end behind: let the server drain them before
        // the next one is measured, so that it does not take a core from it.
        await settle(server)
      } catch (error) {
        if (server.name !== 'peer') throw error
        entry.peer_error = peerFailed(s, error)
        continue
      }
      log(`${s.name.padEnd(12)} ${server.name.padEnd(5)} ${String(entry[server.name].ok_rps).padStart(8)} 2xx/s (${entry[server.name].rps} answers/s)  p50 ${entry[server.name].p50} ms  p99 ${entry[server.name].p99} ms  non-2xx ${entry[server.name].non2xx}  errors ${entry[server.name].errors}  rss ${entry[server.name].rss_mb} MB`)
    }
  }
  results.scenarios.push(entry)
}

// Exports read much of the file, and this machine's page cache holds only part of it (~1.5–2 GB of
// the 3.4 GB), so whoever downloads second finds the first one's pages cached. Each export is
// therefore downloaded twice per server, in alternating order (ours, floor, floor, ours), and the
// better pass counts; both passes are kept in the results.
const exportPass = async (server, x) => {
  await settle(server)
  const d = await download(server, x.path)
  const rows = Math.max(0, d.lines - x.header)
  const result = { status: d.status, rows, complete: d.complete, seconds: d.seconds, rows_per_s: Math.round(rows / Math.max(d.seconds, 0.001)), mb: Math.round(d.bytes / 1e5) / 10, first_byte_ms: d.first_byte_ms, rss_start_mb: d.rss_start_mb, rss_peak_mb: d.rss_peak_mb, head: d.head }
  log(`${x.name.padEnd(12)} ${server.name.padEnd(5)} ${rows} rows in ${d.seconds} s${d.complete ? '' : ' (stopped)'}: ${result.rows_per_s} rows/s, first byte ${d.first_byte_ms} ms, RSS ${d.rss_start_mb} → peak ${d.rss_peak_mb} MB`)
  return result
}
for (const x of EXPORTS) {
  const entry = { name: x.name, title: x.title, path: x.path, peer_na: EXPORT_PEER_NA }
  const order = [ours, floor].filter(Boolean)
  const passes = {}
  for (const server of [...order, ...[...order].reverse()]) (passes[server.name] ??= []).push(await exportPass(server, x))
  for (const [name, list] of Object.entries(passes)) {
    const best = list.reduce((a, b) => (b.rows_per_s > a.rows_per_s ? b : a))
    entry[`_${name}_head`] = best.head
    entry[name] = { ...best, head: undefined, passes: list.map(({ head: _head, ...rest }) => rest), rss_peak_mb: Math.max(...list.map((p) => p.rss_peak_mb)) }
  }
  if (ours && floor) entry.mismatch = sameExport(x.name, entry._ours_head, entry._floor_head)
  if (entry.mismatch) log(`${x.name}: the first lines differ: ${entry.mismatch}`)
  delete entry._ours_head
  delete entry._floor_head
  results.exports.push(entry)
}

// The mixed scenario: 45 connections on items (the item scenario's rotating ids) while 5 search.
if (MIXED) {
  results.mixed = {}
  const itemPaths = itemIds.map((id) => `/v1/statements/${enc(id)}`)
  // The same answers first (items and every search), as for the other scenarios; the floor is left out if not.
  let floorDiffers = null
  if (ours && floor) {
    for (const check of [{ kind: 'item', paths: itemPaths }, ...MIXED_SEARCHES.map((q) => ({ kind: 'list', ours: `/v1/search?q=${enc(q)}`, floor: `/v1/search?q=${enc(q)}` }))]) {
      floorDiffers ??= await sameAnswers(check, ours, floor)
    }
    if (floorDiffers) {
      results.mixed.floor_mismatch = floorDiffers
      log(`mixed: floor NOT MEASURED, its answers differ: ${floorDiffers}`)
    }
  }
  for (const server of [ours, floorDiffers ? null : floor].filter(Boolean)) {
    await settle(server)
    const m = await runMixed(server, { itemPaths, duration: DURATION, warmup: WARMUP })
    results.mixed[server.name] = m
    log(`mixed        ${server.name.padEnd(5)} items ${m.item.ok_rps} 2xx/s p50 ${m.item.p50} p99 ${m.item.p99} ms; searches ${m.search.ok_rps} 2xx/s p99 ${m.search.p99} ms; non-2xx ${m.item.non2xx + m.search.non2xx}, errors ${m.item.errors + m.search.errors}; rss ${m.rss_mb} MB`)
  }
}

stopAll()

// The stall scenario, last and alone: a freshly started ours (so that its RSS starts from idle, as in
// production), the floor and the peer stopped.
if (STALL && !opt['no-ours']) {
  await Promise.all(servers.map((s) => (s.child.exitCode === null ? new Promise((r) => s.child.once('exit', r)) : null)))
  const fresh = await startOurs(dbFile)
  servers.push(fresh)
  results.startup_ms.ours ??= fresh.startupMs
  results.idle_rss_mb.ours ??= currentRss(fresh.child.pid)
  log(`stall: ours restarted at ${fresh.base} (pid ${fresh.child.pid}) in ${fresh.startupMs} ms, idle RSS ${currentRss(fresh.child.pid)} MB`)
  results.stall = await runStall(fresh, stallCatalogue({ counts, topSpeaker, csvFrom, csvRows, ...params }), { seconds: STALL_SECONDS, holdSeconds: opt.quick ? 5 : 15 })
  stopAll()
}

// --- Report --------------------------------------------------------------------------------------------------

const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}` : '–')
const failures = (x) =>
  x ? `${x.non2xx}${x.non2xx ? ` (${Object.entries(x.status_codes).filter(([c]) => !c.startsWith('2')).map(([c, n]) => `${n}×${c}`).join(', ')})` : ''} / ${x.errors + x.timeouts}` : '–'
const peerNote = peer ? '' : ` The peer was not run: ${peerSkipped}.`
const lines = [
  `Machine: ${results.machine.cpus} cores (${results.machine.cpu_model}), ${results.machine.memory_gb} GiB, Node ${results.machine.node}; load average at start ${results.machine.loadavg_at_start.join(' ')}.`,
  `Database: ${results.database.mb} MB, ${counts.statements} statements, ${counts.sources} sources, ${counts.actors} actors, ${counts.meetings} meetings, ${counts.agreements} agreements, ${counts.citations} citations.`,
  `autocannon: ${CONNECTIONS} connections, ${DURATION} s per scenario and server. Idle RSS: ours ${results.idle_rss_mb.ours ?? '–'} MB, floor ${results.idle_rss_mb.floor ?? '–'} MB, peer ${results.idle_rss_mb.peer ?? '–'} MB. Start-up (spawn to first healthy answer): ${Object.entries(results.startup_ms).map(([k, v]) => `${k} ${v} ms`).join(', ')}.${peer ? ` Peer: ${results.peer.server}.` : peerNote}`,
  '',
  '| scenario | ours 2xx/s | floor 2xx/s | peer 2xx/s | ours/floor | ours/peer | peer/floor | ours alone ms | floor alone ms | peer alone ms | ours p50 / p99 ms | floor p50 / p99 ms | peer p50 / p99 ms | ours non-2xx / errors | peer non-2xx / errors | ours RSS MB | floor RSS MB | peer RSS MB |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
]
for (const e of results.scenarios) {
  if (e.mismatch) {
    lines.push(`| ${e.name} | not measured: ${e.mismatch.replace(/\|/g, '/')} |||||||||||||||||`)
    continue
  }
  const o = e.ours
  const f = e.floor
  const p = e.peer
  const peerCell = e.peer_na
    ? `n/a (${e.peer_na})`
    : e.peer_mismatch
      ? `not measured (answer differs: ${e.peer_mismatch.replace(/\|/g, '/').slice(0, 160)})`
      : e.peer_error
        ? `not measured (peer failed: ${e.peer_error.replace(/\|/g, '/').slice(0, 160)})`
        : (p?.ok_rps ?? '–')
  const lat = (x) => (x ? `${x.p50} / ${x.p99}` : '–')
  lines.push(
    `| ${e.name}${e.hits ? ` (${e.hits} hits)` : ''} | ${o?.ok_rps ?? '–'} | ${e.floor_na ? `n/a (${e.floor_na})` : (f?.ok_rps ?? '–')} | ${peerCell} | ${ratio(o?.ok_rps, f?.ok_rps)} | ${ratio(o?.ok_rps, p?.ok_rps)} | ${ratio(p?.ok_rps, f?.ok_rps)} | ${o?.alone.median_ms ?? '–'} | ${f?.alone.median_ms ?? '–'} | ${p?.alone.median_ms ?? '–'} | ${lat(o)} | ${lat(f)} | ${lat(p)} | ${failures(o)} | ${failures(p)} | ${o?.rss_mb ?? '–'} | ${f?.rss_mb ?? '–'} | ${p?.rss_mb ?? '–'} |`,
  )
}
lines.push('', '| export | ours rows/s | floor rows/s | ours/floor | ours rows (s) | floor rows (s) | ours first byte ms | ours RSS peak MB | floor RSS peak MB |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|')
for (const e of results.exports) {
  const o = e.ours
  const f = e.floor
  const rows = (x) => (x ? `${x.rows}${x.complete ? '' : '+'} (${x.seconds})` : '–')
  lines.push(`| ${e.name} | ${o?.rows_per_s ?? '–'} | ${f?.rows_per_s ?? '–'} | ${ratio(o?.rows_per_s, f?.rows_per_s)} | ${rows(o)} | ${rows(f)} | ${o?.first_byte_ms ?? '–'} | ${o?.rss_peak_mb ?? '–'} | ${f?.rss_peak_mb ?? '–'} |`)
}
if (results.exports.some((e) => e.mismatch)) lines.push('', ...results.exports.filter((e) => e.mismatch).map((e) => `${e.name}: first lines differ: ${e.mismatch}`))
if (results.exports.length > 0) lines.push('', `peer: n/a for the exports (${EXPORT_PEER_NA}).`)
lines.push(
  '',
  `Latencies under load include queueing (one event loop per server, ${CONNECTIONS} connections) and, for ours, the fast 503s of load shedding; "alone" is the median of requests sent one at a time. The ratios compare successful answers per second.`,
  'The peer (Platformatic DB, generated REST over the same file, read-only) answers bare rows (camelCase columns, no embedded speakers/source/citations…), so it is checked on ids only: the same ids in the same order as ours (the change records: also the same data). Its first and deep pages use `where.dateStart.isNull=false&orderby.dateStart=asc&orderby.id=asc` (and `startAfter`, its keyset cursor); its change page is `where.seq.gt=…&orderby.seq=asc`.',
)
lines.push('`+`: the download was stopped after the time limit (--export-seconds); rows/s is over what arrived. Each export was downloaded twice per server (ours, floor, floor, ours); the table shows the better pass and the peak RSS over both, the JSON both passes.')
if (results.mixed) {
  const row = (name, m) => `| ${name} | ${m.item.ok_rps} | ${m.item.p50} / ${m.item.p99} / ${m.item.max} | ${m.search.ok_rps} | ${m.search.p50} / ${m.search.p99} | ${m.item.non2xx + m.search.non2xx} / ${m.item.errors + m.search.errors} | ${m.rss_mb} |`
  lines.push(
    '',
    `Mixed: 45 connections on items (${itemIds.length} ids in turn) while 5 search (${DURATION} s, the same run).`,
    '',
    '| server | item 2xx/s | item p50 / p99 / max ms | search 2xx/s | search p50 / p99 ms | non-2xx / errors | RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(results.mixed)
      .filter(([name]) => name !== 'floor_mismatch')
      .map(([name, m]) => row(name, m)),
    ...(results.mixed.floor_mismatch ? ['', `floor not measured: its answers differ (${results.mixed.floor_mismatch})`] : []),
  )
}
if (results.stall) lines.push('', `Stall: one request at a time on a freshly started ours, /healthz probed every 10 ms meanwhile; each request bounded to ${STALL_SECONDS} s.`, '', stallTable(results.stall))
lines.push('', `Targets (issue 12; they are stated for 1M statements, 2 cores, one run; this run: ${counts.statements} statements${opt.quick ? ', --quick' : ''}):`, '', targetsTable(results))
results.markdown = lines.join('\n')

const dir = path.join(root, 'bench', 'results')
mkdirSync(dir, { recursive: true })
const file = path.join(dir, `${results.date.replace(/[:.]/g, '-')}${opt.quick ? '-quick' : ''}.json`)
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
console.log(results.markdown)
log(`results written to ${path.relative(root, file)}`)
process.exit(0)
