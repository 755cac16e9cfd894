/* global fetch */
// npm run loadtest — a bounded load test of the real server, on this machine only.
//
// Starts `node --import tsx src/server.ts` on a free port with a fresh database in a temporary
// directory (rate limiting off so the load is not throttled, LOG_LEVEL=warn), makes a write key with
// the keys CLI first, then runs autocannon against 127.0.0.1 with a mix of reads (a page of
// statements, one actor, a search, the timeline, a CSV export) and a few writes (PATCH with
// If-Match '*', POST with unique ids). Prints the figures and the server's RSS before and after;
// exits 1 on any 5xx, connection error or timeout.
//
// LOADTEST_DURATION (seconds, default 20) and LOADTEST_CONNECTIONS (default 20) change the load.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import process from 'node:process'
import console from 'node:console'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { listeningPort, rssMiB } from './proc-info.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const duration = Number(process.env.LOADTEST_DURATION ?? 20)
const connections = Number(process.env.LOADTEST_CONNECTIONS ?? 20)
const dir = mkdtempSync(path.join(tmpdir(), 'negotiations-loadtest-'))
const DATABASE_PATH = path.join(dir, 'loadtest.db')
const env = { ...process.env, DATABASE_PATH, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_READS: '0', LOG_LEVEL: 'warn' }



function fail(message) {
  console.error(`loadtest: ${message}`)
  process.exitCode = 1
}

// 1. A write key, made before the server starts (the CLI creates and migrates the file).
const keys = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', 'create', '--name', 'loadtest', '--scope', 'write'], { cwd: root, env, encoding: 'utf8' })
if (keys.status !== 0) {
  console.error(keys.stderr)
  throw new Error('loadtest: could not create a write key')
}
const key = keys.stdout.trim()

// 2. The server, on a free port.
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
let serverLog = ''
server.stdout.on('data', (d) => (serverLog += d))
server.stderr.on('data', (d) => (serverLog += d))
const exited = new Promise((resolve) => server.on('close', (code, signal) => resolve({ code, signal })))
let stopping = false
exited.then(({ code, signal }) => {
  if (!stopping) {
    console.error(serverLog)
    console.error(`loadtest: the server exited early (code ${code}, signal ${signal})`)
    process.exit(1)
  }
})

let port = null
for (const until = Date.now() + 60_000; port === null && Date.now() < until; await sleep(100)) port = listeningPort(server.pid)
if (port === null) throw new Error('loadtest: the server did not start listening within 60 s')
const base = `http://127.0.0.1:${port}`
for (const until = Date.now() + 30_000; Date.now() < until; await sleep(100)) {
  const ready = await fetch(`${base}/readyz`).then((r) => r.status, () => 0)
  if (ready === 200) break
}

/** The server's RSS in MiB, to a tenth (NaN when it cannot be read). */
const serverRss = () => Math.round((rssMiB(server.pid) ?? NaN) * 10) / 10
const rssStart = serverRss()
const revisionStart = (await (await fetch(`${base}/v1`)).json()).revision

// 3. The load: each connection loops over this list; 2 writes in 12 requests.
const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
let writes = 0
const tally = {}
const counted = (label, request) => ({
  ...request,
  onResponse: (status) => {
    const t = (tally[label] ??= {})
    t[status] = (t[status] ?? 0) + 1
  },
})
const READS = [
  ['statements page', { method: 'GET', path: '/v1/statements?limit=20' }],
  ['one actor', { method: 'GET', path: '/v1/actors/lloyd-austin' }],
  ['search', { method: 'GET', path: '/v1/search?q=withdrawal' }],
  ['timeline', { method: 'GET', path: '/v1/timeline' }],
  ['CSV export', { method: 'GET', path: '/v1/statements?format=csv' }],
]
const WRITES = [
  ['PATCH actor', { method: 'PATCH', path: '/v1/actors/pat-ryder', headers: { ...auth, 'if-match': '*' }, setupRequest: (req) => ({ ...req, body: JSON.stringify({ description: `Load test edit ${++writes}` }) }) }],
  [
    'POST actor',
    {
      method: 'POST',
      path: '/v1/actors',
      headers: auth,
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({ id: `load-${process.pid}-${++writes}`, kind: 'person', name: `Load Tester ${writes}`, citations: [{ source_id: 'rudaw-us-iraq-reach-understanding', quote: 'Lloyd Austin' }] }),
      }),
    },
  ],
]
const requests = [...READS, READS[0], READS[1], READS[2], WRITES[0], READS[3], READS[1], WRITES[1]].map(([label, request]) => counted(label, request))

console.log(`loadtest: ${connections} connections for ${duration} s against ${base} (server pid ${server.pid}, database ${DATABASE_PATH})`)
const result = await autocannon({ url: base, connections, duration, requests, timeout: 10 })

const rssEnd = serverRss()
const revisionEnd = (await (await fetch(`${base}/v1`)).json()).revision

// 4. The figures.
const byStatus = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, Number(count)]))
const refused = Object.fromEntries(Object.entries(byStatus).filter(([status]) => Number(status) >= 400))
const fivexx = Object.entries(byStatus).filter(([status]) => Number(status) >= 500).reduce((n, [, c]) => n + c, 0)
console.log(`requests:        ${result.requests.total} in ${result.duration} s (${Math.round(result.requests.average)} req/s on average)`)
console.log(`by status:       ${JSON.stringify(byStatus)}`)
console.log(`non-2xx/3xx:     ${Object.keys(refused).length === 0 ? 'none' : JSON.stringify(refused)}`)
console.log(`errors:          ${result.errors} (timeouts ${result.timeouts})`)
console.log(`latency:         p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`)
console.log(`throughput:      ${(result.throughput.average / 1048576).toFixed(1)} MiB/s on average`)
console.log(`writes:          ${revisionEnd - revisionStart} changes committed (revision ${revisionStart} → ${revisionEnd})`)
console.log(`server RSS:      ${rssStart} MiB at start, ${rssEnd} MiB at the end`)
console.log('per request:')
for (const [label, statuses] of Object.entries(tally)) console.log(`  ${label.padEnd(16)} ${JSON.stringify(statuses)}`)

if (fivexx > 0) fail(`${fivexx} answers were 5xx`)
if (result.errors > 0 || result.timeouts > 0) fail(`${result.errors} connection errors, ${result.timeouts} timeouts`)
if (/"level":(50|60)/.test(serverLog)) fail(`the server logged errors:\n${serverLog.split('\n').filter((l) => /"level":(50|60)/.test(l)).slice(0, 5).join('\n')}`)

// 5. Stop the server and clean up.
stopping = true
server.kill('SIGTERM')
const { code } = await exited
if (code !== 0) fail(`the server exited with ${code} after SIGTERM`)
rmSync(dir, { recursive: true, force: true })
console.log(`loadtest: ${process.exitCode ? 'FAILED' : 'ok'}`)
