// The replicated deployment on this machine, with real processes on loopback ports: a primary, two
// replicas (REPLICA_OF) and Debian's nginx in front with deploy/nginx.conf as committed (only the
// addresses, the listen port and the cache path replaced: deploy/local-nginx.mjs). Outside CI a missing nginx skips the
// test, saying so; in CI (.ci/run installs nginx) it fails the run.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import t, { type Test } from 'tap'
import { localNginx, NGINX } from '../../deploy/local-nginx.mjs'
import { openSqlite } from '../../src/db/connection.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { latestSeq } from '../../src/repositories/changes.js'
import { childEnv, freePort, scratchDir, startServer, type RunningServer } from '../helper.js'

const inCi = Boolean(process.env.CI)
const nginxFound = existsSync(NGINX)
const SECRET = 'cd'.repeat(32)
/** Every step that waits for the topology to settle gives up after this long. */
const BOUND_MS = 45_000
const LIFETIME_MS = 280_000

/** The same reads, asked of every server: the documents must be byte-identical, with the same validators. */
const URLS = ['/v1/actors/pat-ryder', '/v1/actors?limit=3', '/v1/statements?limit=5', '/v1/search?q=ryder&limit=2', '/v1']

async function get(base: string, url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${url}`, { headers, signal: AbortSignal.timeout(30_000) })
  return { status: res.status, body: await res.text(), headers: res.headers }
}

async function eventually<T>(t: Test, label: string, check: () => Promise<T | undefined>, ms = BOUND_MS, everyMs = 100): Promise<T> {
  const deadline = Date.now() + ms
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value !== undefined) {
        t.pass(label)
        return value
      }
    } catch (error) {
      last = error
    }
    await new Promise((r) => setTimeout(r, everyMs))
  }
  throw new Error(`${label}: not within ${ms} ms${last ? ` (last error: ${(last as Error).message})` : ''}`)
}

/** The revision a replica reports in /readyz (ready or not). */
async function replicaRevision(base: string): Promise<number> {
  const body = JSON.parse((await get(base, '/readyz')).body) as { replica: { revision: number } }
  return body.replica.revision
}

async function startNginx(t: Test, dir: string, ports: { primary: number; replicas: number[]; listen: number }): Promise<string> {
  const child = spawn(NGINX, localNginx(dir, ports), { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()))
  t.after(() => {
    if (child.exitCode === null) child.kill('SIGTERM')
    return exited
  })
  const base = `http://127.0.0.1:${ports.listen}`
  await eventually(t, 'nginx listens', async () => (child.exitCode !== null ? Promise.reject(new Error(`nginx exited: ${out}`)) : (await get(base, '/healthz')).status === 200 || undefined), 15_000)
  return base
}

t.test('primary, two replicas and nginx: convergence, a killed catch-up, the primary away and back', { skip: nginxFound || inCi ? false : `no nginx at ${NGINX}` }, async (t) => {
  if (!nginxFound) {
    t.fail(`CI is set and there is no nginx at ${NGINX}: install it (apt-get install nginx) or set NGINX_PATH`)
    return
  }
  const dir = scratchDir(t)
  const [primaryPort, r1Port, r2Port, nginxPort] = [await freePort(), await freePort(), await freePort(), await freePort()] as [number, number, number, number]
  const primaryDb = path.join(dir, 'primary.db')
  // Load shedding off: a loaded CI machine must not turn a step into a 503 (test/plugins/load-shedding.test.ts tests it).
  const common = { CURSOR_SECRET: SECRET, RATE_LIMIT_READS: '0', MAX_EVENT_LOOP_DELAY: '0', READ_WORKERS: '1' }
  const primaryEnv = { ...common, PORT: String(primaryPort), DATABASE_PATH: primaryDb }
  const replicaEnv = (port: number, file: string) => ({
    ...common,
    PORT: String(port),
    DATABASE_PATH: path.join(dir, file),
    REPLICA_OF: `http://127.0.0.1:${primaryPort}`,
    // One change per transaction: a catch-up takes long enough to be interrupted.
    REPLICA_BATCH: '1',
    REPLICA_MAX_UNREACHABLE_SECONDS: '2',
    REPLICA_MAX_LAG_SECONDS: '120',
  })
  const start = (env: Record<string, string>) => startServer(t, env, { lifetimeMs: LIFETIME_MS })

  let primary: RunningServer = await start(primaryEnv)
  const keyDb = openSqlite(primaryDb)
  const key = createKey(keyDb, 'curator', 'write', new Date().toISOString())
  keyDb.close()

  /** Edits pat-ryder `n` times on the primary, each If-Match the last answer's ETag; returns the revision. */
  let etag = (await get(primary.address, '/v1/actors/pat-ryder')).headers.get('etag') as string
  let round = 0
  const write = async (n: number) => {
    let revision = 0
    for (let i = 0; i < n; i++) {
      const res = await fetch(`${primary.address}/v1/actors/pat-ryder`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${key}`, 'if-match': etag, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ description: `Edited on the primary, round ${++round}.` }),
      })
      if (res.status !== 200) throw new Error(`PATCH: ${res.status} ${await res.text()}`)
      etag = res.headers.get('etag') as string
      revision = Number(res.headers.get('x-dataset-revision'))
    }
    return revision
  }

  const [r1, r2First] = await Promise.all([start(replicaEnv(r1Port, 'r1.db')), start(replicaEnv(r2Port, 'r2.db'))])
  let r2 = r2First
  const nginx = await startNginx(t, path.join(dir, 'nginx'), { primary: primaryPort, replicas: [r1Port, r2Port], listen: nginxPort })

  const converged = async (label: string, revision: number) => {
    for (const replica of [r1, r2]) await eventually(t, `${label}: ${replica.address} reaches revision ${revision}`, async () => ((await replicaRevision(replica.address)) >= revision ? true : undefined))
    for (const url of URLS) {
      const [p, a, b] = await Promise.all([get(primary.address, url), get(r1.address, url), get(r2.address, url)])
      t.equal(p.status, 200, `${label}: ${url} on the primary`)
      t.ok(a.body === p.body && b.body === p.body, `${label}: ${url} byte-identical on both replicas`)
      t.ok(a.headers.get('etag') === p.headers.get('etag') && b.headers.get('etag') === p.headers.get('etag'), `${label}: ${url} with the same ETag`)
      t.ok(a.headers.get('x-dataset-revision') === p.headers.get('x-dataset-revision') && b.headers.get('x-dataset-revision') === p.headers.get('x-dataset-revision'), `${label}: and the same revision header`)
    }
  }

  // 1. Writes on the primary reach both replicas.
  const written = await write(3)
  await converged('after three writes', written)
  const yours = await get(nginx, `/v1/actors/pat-ryder?min_revision=${written}`)
  t.equal(yours.status, 200, 'through nginx, min_revision reads the write')
  t.match(JSON.parse(yours.body), { description: `Edited on the primary, round ${round}.` })
  const redirected = await fetch(`${r1.address}/v1/actors/pat-ryder`, { method: 'DELETE', redirect: 'manual' })
  t.equal(redirected.status, 307, 'a write sent to a replica is redirected')
  t.equal(redirected.headers.get('location'), `${primary.address}/v1/actors/pat-ryder`)

  // 2. A replica killed with SIGKILL in the middle of a catch-up resumes from where it was.
  await r2.stop('SIGTERM')
  const target = await write(40)
  const r2Db = path.join(dir, 'r2.db')
  const r2Restarted = start(replicaEnv(r2Port, 'r2.db'))
  const seqOf = () => {
    const db = openSqlite(r2Db, { readonly: true })
    try {
      return latestSeq(db)
    } finally {
      db.close()
    }
  }
  r2 = await r2Restarted
  const killedAt = await eventually(t, 'the restarted replica is part-way through the catch-up', async () => {
    const seq = seqOf()
    return seq > written && seq < target ? seq : undefined
  }, BOUND_MS, 10)
  await r2.stop('SIGKILL')
  const afterKill = seqOf()
  t.ok(afterKill >= killedAt && afterKill < target, `killed at revision ${afterKill}, short of ${target}`)
  const check = openSqlite(r2Db, { readonly: true })
  t.equal(check.pragma('integrity_check', { simple: true }), 'ok', 'the killed replica\'s database is intact')
  check.close()
  r2 = await start(replicaEnv(r2Port, 'r2.db'))
  const resumed = /"revision":(\d+),"msg":"replica: resuming from the local copy"/.exec(r2.logs())
  t.ok(resumed && Number(resumed[1]) >= afterKill, `resumed from its own copy at revision ${resumed?.[1]}, not a new snapshot`)
  t.notMatch(r2.logs(), /bootstrapped from the primary's snapshot/)
  await converged('after the interrupted catch-up', target)

  // 3. The primary stops: the replicas keep serving reads, turn unready, and nginx answers from them.
  await primary.stop('SIGTERM')
  for (const replica of [r1, r2]) {
    const unready = await eventually(t, `${replica.address}: /readyz turns unready`, async () => {
      const res = await get(replica.address, '/readyz')
      return res.status === 503 ? (JSON.parse(res.body) as { replica: { primary_reachable: boolean; revision: number } }) : undefined
    })
    t.match(unready.replica, { primary_reachable: false, revision: target })
    t.equal((await get(replica.address, '/v1/actors/pat-ryder')).status, 200, `${replica.address}: reads continue`)
  }
  for (const url of ['/v1/actors?limit=7', '/v1/statements?limit=9', '/v1/meetings']) {
    const res = await get(nginx, url)
    t.equal(res.status, 200, `nginx answers ${url}`)
    t.equal(res.headers.get('x-cache-status'), 'MISS', 'from a live replica, not from its cache')
    t.equal(res.headers.get('x-dataset-revision'), String(target))
  }
  t.equal((await get(nginx, '/v1/actors?limit=7')).headers.get('x-cache-status'), 'HIT', 'and then from its cache')

  // 4. The primary comes back: the replicas follow it again.
  primary = await start(primaryEnv)
  const again = await write(2)
  await converged('after the primary came back', again)
  for (const replica of [r1, r2]) await eventually(t, `${replica.address}: ready again`, async () => ((await get(replica.address, '/readyz')).status === 200 ? true : undefined))
})
