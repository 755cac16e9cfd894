// Requests/s of item reads (GET /v1/statements/:id) through nginx (deploy/nginx.conf) in front of two
// read replicas, cold (every request a URL the cache has not seen) and warm (a hot set the cache
// holds), against one replica alone. Starts the compiled server as a primary on --db and as two
// replicas (REPLICA_OF) bootstrapped from it in a scratch directory, and nginx; everything on
// 127.0.0.1, every phase bounded by a number of requests.
//
// Last, how fast a restarted replica catches up (--writes edits made while it was down).
//
//   node bench/replicas.mjs [--db ./data/bench.db] [--requests 5000] [--hot 500] [--connections 20] [--writes 300] [--no-build]
/* global process, console, URL, fetch, performance */
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { localNginx, NGINX } from '../deploy/local-nginx.mjs'
import { buildOurs, get, log, readParameters, root, sleep, start } from './lib.mjs'
import { listeningPort } from '../scripts/proc-info.mjs'

const { values } = parseArgs({
  options: { db: { type: 'string', default: './data/bench.db' }, requests: { type: 'string', default: '5000' }, hot: { type: 'string', default: '500' }, connections: { type: 'string', default: '20' }, writes: { type: 'string', default: '300' }, 'no-build': { type: 'boolean' } },
})
const requests = Number(values.requests)
const hot = Number(values.hot)
const connections = Number(values.connections)
const writes = Number(values.writes)

if (!values['no-build']) buildOurs()
const dir = mkdtempSync(path.join(tmpdir(), 'replicas-bench-'))
chmodSync(dir, 0o755) // nginx's workers (another user when it starts as root) write their cache below it
const secret = 'ef'.repeat(32)
const serverEnv = { CURSOR_SECRET: secret, RATE_LIMIT_READS: '0', MAX_EVENT_LOOP_DELAY: '0', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0' }
const byPort = (child) => {
  const port = listeningPort(child.pid)
  return port ? `http://127.0.0.1:${port}` : null
}
const portOf = (server) => Number(new URL(server.base).port)

log(`primary on ${values.db}`)
const primary = await start('ours', ['dist/server.js'], { ...serverEnv, DATABASE_PATH: values.db }, byPort)
log('two replicas, bootstrapping from its snapshot')
const replicas = await Promise.all(
  ['r1', 'r2'].map((name) => start('ours', ['dist/server.js'], { ...serverEnv, DATABASE_PATH: path.join(dir, `${name}.db`), REPLICA_OF: primary.base }, byPort)),
)
const listen = await new Promise((resolve) => {
  import('node:net').then(({ createServer }) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
})
const nginx = spawn(NGINX, localNginx(path.join(dir, 'nginx'), { primary: portOf(primary), replicas: replicas.map(portOf), listen }), { stdio: 'inherit' })
const cache = `http://127.0.0.1:${listen}`
for (let i = 0; i < 100; i++) {
  try {
    if ((await get(`${cache}/healthz`, { timeout: 2000 })).status === 200) break
  } catch {
    await sleep(100)
  }
}

const { itemIds } = readParameters(values.db, { itemCount: requests + hot })
if (itemIds.length < requests + hot) log(`only ${itemIds.length} statements: the cold phase repeats ids (some of its requests are hits)`)
const coldIds = itemIds.slice(hot)
const hotIds = itemIds.slice(0, hot)

/** `amount` GETs of /v1/statements/:id over `ids` in turn; returns req/s, p50/p99 ms and non-2xx count. */
async function run(label, base, ids, amount) {
  let i = 0
  const result = await autocannon({
    url: base,
    connections,
    amount,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/v1/statements/${encodeURIComponent(ids[i++ % ids.length])}` }) }],
  })
  const row = { phase: label, 'req/s': Math.round(result.requests.average), 'p50 ms': result.latency.p50, 'p99 ms': result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts }
  log(JSON.stringify(row))
  return row
}

/** The share of cache hits over a sample of the ids, as nginx reports them (X-Cache-Status). */
async function hitRatio(ids) {
  let hits = 0
  const sample = ids.slice(0, 100)
  for (const id of sample) if ((await get(`${cache}/v1/statements/${encodeURIComponent(id)}`)).headers['x-cache-status'] === 'HIT') hits++
  return Math.round((hits / sample.length) * 100)
}

function revisionOf(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return db.prepare('SELECT coalesce(max(seq), 0) FROM changes').pluck().get()
  } finally {
    db.close()
  }
}

/**
 * Catch-up: the second replica is stopped, `n` statements are edited on the primary (PATCH topics),
 * and the replica restarted; the time from its restart until it holds the primary's revision, less
 * its start-up, gives the changes a replica applies per second (one follower thread, pages of 25,
 * each fetched over HTTP and applied in its own transaction).
 */
async function catchUp(n) {
  const key = execFileSync(process.execPath, ['dist/cli/keys.js', 'create', '--name', `bench-${Date.now()}`, '--scope', 'write'], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: values.db },
    encoding: 'utf8',
  }).split('\n')[0]
  const replica = replicas[1]
  replica.child.kill('SIGTERM')
  await new Promise((resolve) => (replica.child.exitCode !== null ? resolve() : replica.child.once('exit', resolve)))
  let revision = 0
  const writeStarted = performance.now()
  for (const id of coldIds.slice(0, n)) {
    const url = `${primary.base}/v1/statements/${encodeURIComponent(id)}`
    const etag = (await get(url)).headers.etag
    const res = await fetch(url, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${key}`, 'if-match': etag, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ topics: ['withdrawal', 'troop-levels'] }),
    })
    if (res.status !== 200) throw new Error(`PATCH ${id}: ${res.status} ${await res.text()}`)
    revision = Number(res.headers.get('x-dataset-revision'))
  }
  const writeSeconds = (performance.now() - writeStarted) / 1000
  // The replica's revision is read from its file: from the first change applied to the last.
  const file = path.join(dir, 'r2.db')
  const before = revisionOf(file)
  const restarted = performance.now()
  // Pages of REPLICA_BATCH=25: a whole backlog in one transaction would commit between two looks at the file.
  const starting = start('ours', ['dist/server.js'], { ...serverEnv, DATABASE_PATH: file, REPLICA_OF: primary.base, REPLICA_BATCH: '25', PORT: String(portOf(replica)) }, byPort)
  let first
  let caughtUp
  for (const deadline = Date.now() + 300_000; Date.now() < deadline && caughtUp === undefined; await sleep(5)) {
    const seq = revisionOf(file)
    if (first === undefined && seq > before) first = performance.now()
    if (seq >= revision) caughtUp = performance.now()
  }
  replicas[1] = await starting
  if (caughtUp === undefined) throw new Error('the replica did not catch up within 300 s')
  const seconds = (caughtUp - first) / 1000
  const row = { phase: `catch-up: ${n} statement edits after a restart`, 'changes/s': Math.round(n / seconds), 'catch-up s': Number(seconds.toFixed(2)), 'start-up s': Number(((first - restarted) / 1000).toFixed(1)), 'primary writes/s': Math.round(n / writeSeconds) }
  log(JSON.stringify(row))
  return row
}

const rows = []
try {
  rows.push(await run('one replica, direct (rotating ids)', replicas[0].base, coldIds, requests))
  rows.push(await run('one replica, direct (hot set)', replicas[0].base, hotIds, requests))
  rows.push(await run('nginx + 2 replicas, cold (each id once: misses)', cache, coldIds, Math.min(requests, coldIds.length)))
  await run('(priming the hot set)', cache, hotIds, hotIds.length)
  const warmHits = await hitRatio(hotIds)
  rows.push({ ...(await run('nginx + 2 replicas, warm (hot set: hits)', cache, hotIds, requests)), 'hits %': warmHits })
  rows.push(await catchUp(Math.min(writes, coldIds.length)))
} finally {
  nginx.kill('SIGTERM')
  for (const s of [...replicas, primary]) s.child.kill('SIGTERM')
  await sleep(1000)
  rmSync(dir, { recursive: true, force: true })
}
console.table(rows)
console.log(`connections ${connections}, ${requests} requests a phase, hot set ${hotIds.length} ids, ${values.db}; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`)
process.exit(0)
