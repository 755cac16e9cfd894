// Replica mode in-process: a primary app listening on a loopback port, a replica app following it.
// (The topology test, test/deploy/topology.test.ts, runs the same with real processes and nginx.)
import { existsSync } from 'node:fs'
import path from 'node:path'
import t, { type Test } from 'tap'
import { createApp } from '../../src/app.js'
import { openSqlite } from '../../src/db/connection.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { latestSeq } from '../../src/repositories/changes.js'
import { followPrimary, type FollowerReport } from '../../src/services/replica-follower.js'
import { Replica, type ReplicaOptions } from '../../src/services/replica.js'
import { dumpDatabase, dumpData, scratchDir } from '../helper.js'

const SECRET = 'ab'.repeat(32)
const silentLog = { info: () => {}, warn: () => {} }

/** The data a replica holds identically: not the primary's private tables, nor their sqlite_sequence rows. */
const sharedData = (db: Parameters<typeof dumpData>[0]) => {
  const data = dumpData(db)
  data.sqlite_sequence = (data.sqlite_sequence ?? []).filter((row) => !String(row).includes('"api_keys"'))
  return data
}

async function primaryOf(t: Test, file = 'primary.db') {
  const app = await createApp({ databasePath: path.join(scratchDir(t), file), readPool: { threads: 0 }, cursorSecret: SECRET })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  let closed: Promise<undefined> | undefined
  const close = () => (closed ??= app.close())
  t.after(close)
  return { app, url, close, key: createKey(app.db.writer, 'curator', 'write', new Date().toISOString()) }
}

async function replicaOf(t: Test, primary: string, options: Partial<ReplicaOptions> = {}, file = 'replica.db') {
  const replica: ReplicaOptions = { primary, batch: 500, maxLagSeconds: 30, maxUnreachableSeconds: 30, ...options }
  const app = await createApp({ databasePath: path.join(scratchDir(t), file), readPool: { threads: 0 }, cursorSecret: SECRET, replica, minRevisionWaitMs: 3000 })
  t.after(() => app.close())
  return app
}

type App = Awaited<ReturnType<typeof createApp>>

/** Polls until `check` holds, at most `ms`. */
async function eventually(t: Test, label: string, check: () => Promise<boolean> | boolean, ms = 20_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check()) return t.pass(label)
    await new Promise((r) => setTimeout(r, 50))
  }
  t.fail(`${label}: not within ${ms} ms`)
}

const patchActor = async (primary: App, key: string, id: string, description: string) => {
  const etag = (await primary.inject({ url: `/v1/actors/${id}` })).headers.etag as string
  return primary.inject({
    method: 'PATCH',
    url: `/v1/actors/${id}`,
    headers: { authorization: `Bearer ${key}`, 'if-match': etag, 'content-type': 'application/merge-patch+json' },
    payload: { description },
  })
}

const ready = async (app: App) => (await app.inject({ url: '/readyz' })).statusCode === 200

t.test('a replica serves the primary\'s bytes, follows its writes, and redirects writes to it', async (t) => {
  const { app: primary, url, key } = await primaryOf(t)
  const replica = await replicaOf(t, url)
  t.equal(latestSeq(replica.db.reader), latestSeq(primary.db.reader), 'bootstrapped at the primary\'s revision')
  await eventually(t, 'ready once the primary has answered', () => ready(replica))

  const readiness = (await replica.inject({ url: '/readyz' })).json()
  t.match(readiness, {
    status: 'ready',
    checks: { database: 'ok', migrations: 'current', replica: 'following' },
    replica: { primary: url, revision: latestSeq(primary.db.reader), primary_revision: latestSeq(primary.db.reader), seconds_behind: 0, primary_reachable: true, last_error: null },
  })
  t.notOk((await primary.inject({ url: '/readyz' })).json().replica, 'a primary reports no replica status')

  const same = async (u: string) => {
    const [a, b] = await Promise.all([primary.inject({ url: u }), replica.inject({ url: u })])
    t.equal(b.statusCode, 200, `${u}: 200`)
    t.equal(b.body, a.body, `${u}: the same bytes`)
    t.equal(b.headers.etag, a.headers.etag, `${u}: the same ETag`)
    t.equal(b.headers['x-dataset-revision'], a.headers['x-dataset-revision'], `${u}: the same revision`)
    t.equal(b.headers['last-modified'], a.headers['last-modified'], `${u}: the same Last-Modified`)
  }
  for (const u of ['/v1/actors/pat-ryder', '/v1/statements?limit=2', '/v1/search?q=austin&limit=1', '/v1/timeline?limit=3', '/v1']) await same(u)

  const patched = await patchActor(primary, key, 'pat-ryder', 'Edited on the primary.')
  t.equal(patched.statusCode, 200, patched.body)
  const written = Number(patched.headers['x-dataset-revision'])
  t.equal(written, latestSeq(primary.db.reader), 'a write\'s answer carries the revision it made')

  const yours = await replica.inject({ url: `/v1/actors/pat-ryder?min_revision=${written}` })
  t.equal(yours.statusCode, 200, 'min_revision waits for the follower')
  t.ok(Number(yours.headers['x-dataset-revision']) >= written)
  t.equal(yours.json().description, 'Edited on the primary.', 'and the write is there')
  const viaHeader = await replica.inject({ url: '/v1/actors/pat-ryder', headers: { 'x-min-revision': String(written) } })
  t.equal(viaHeader.statusCode, 200, 'so does X-Min-Revision')
  await same('/v1/actors/pat-ryder')

  // A write to the replica: 307 to the primary, before authentication, and nothing stored.
  const before = dumpDatabase(replica.db.reader)
  const redirected = await replica.inject({ method: 'POST', url: '/v1/actors?x=1', payload: { name: 'nobody' } })
  t.equal(redirected.statusCode, 307)
  t.equal(redirected.headers.location, `${url}/v1/actors?x=1`)
  t.match(redirected.json(), { status: 307, primary: url, detail: /read replica/ })
  for (const method of ['PATCH', 'DELETE', 'PUT'] as const) t.equal((await replica.inject({ method, url: '/v1/actors/pat-ryder' })).statusCode, 307, `${method}: 307`)
  t.same(dumpDatabase(replica.db.reader), before, 'the replica wrote nothing')
  t.equal((await replica.inject({ method: 'OPTIONS', url: '/v1/actors', headers: { origin: 'https://x.example', 'access-control-request-method': 'GET' } })).statusCode, 204, 'a CORS preflight is answered')
})

t.test('read-your-writes: a revision the replica does not reach is a 503 with Retry-After', async (t) => {
  const { app: primary, url } = await primaryOf(t)
  const replica = await replicaOf(t, url)
  const revision = latestSeq(replica.db.reader)
  const started = Date.now()
  const behind = await replica.inject({ url: `/v1/actors?min_revision=${revision + 100}` })
  t.ok(Date.now() - started >= 2900, 'after waiting MIN_REVISION_WAIT_MS')
  t.equal(behind.statusCode, 503)
  t.equal(behind.headers['retry-after'], '1')
  t.match(behind.json(), { status: 503, revision, min_revision: revision + 100, detail: new RegExp(`read from the primary \\(${url.replace(/[.:/]/g, '\\$&')}\\)`) })

  for (const bad of ['abc', '-1', '1.5']) {
    const res = await replica.inject({ url: `/v1/actors?min_revision=${bad}` })
    t.equal(res.statusCode, 400, `min_revision=${bad}: 400`)
    t.match(res.json().errors, [{ in: 'query', name: 'min_revision' }])
  }
  const header = await replica.inject({ url: '/v1/snapshot.sqlite', headers: { 'x-min-revision': 'soon' } })
  t.match(header.json(), { status: 400, errors: [{ in: 'header', name: 'x-min-revision' }] }, 'the header is checked on every read')
  const probe = await primary.inject({ url: '/healthz', headers: { 'x-min-revision': String(revision + 100) } })
  t.equal(probe.statusCode, 200, 'the probes never wait for a revision')
  t.equal((await primary.inject({ url: `/v1/actors?min_revision=${revision}` })).statusCode, 200, 'a primary at the revision answers at once')
})

t.test('readiness: unready when the primary is away or the lag is over the bound; reads continue', async (t) => {
  const { url, close } = await primaryOf(t)
  const replica = await replicaOf(t, url, { maxUnreachableSeconds: 1 })
  await eventually(t, 'ready', () => ready(replica))
  await close()
  await eventually(t, 'unready once the primary has been away over the bound', () => ready(replica).then((r) => !r))
  const problem = (await replica.inject({ url: '/readyz' })).json()
  t.match(problem, { status: 503, detail: /has not answered for \d+ s \(the bound is 1 s\)/, replica: { primary_reachable: false, last_error: /cannot be reached/ } })
  t.equal((await replica.inject({ url: '/v1/actors/pat-ryder' })).statusCode, 200, 'reads are still served')

  // The lag rule, from the follower's reports.
  const status = new Replica({ primary: url, batch: 1, maxLagSeconds: 5, maxUnreachableSeconds: 30 }, 'unused.db', () => 7, silentLog)
  t.match(status.unreadyReason(status.status()), /has not heard from the primary/, 'before the first answer')
  const now = Date.now()
  status.record({ kind: 'page', revision: 7, primaryRevision: 20, newestAppliedAt: new Date(now - 60_000).toISOString(), at: now })
  t.equal(status.status(now).seconds_behind, 60)
  t.match(status.unreadyReason(status.status(now), now), /60 s behind the primary \(the bound is 5 s\): revision 7 of 20/)
  status.record({ kind: 'page', revision: 20, primaryRevision: 20, newestAppliedAt: new Date(now).toISOString(), at: now })
  t.equal(status.unreadyReason(status.status(now), now), null, 'caught up: ready')
  status.record({ kind: 'error', message: 'ECONNREFUSED', at: now })
  t.equal(status.unreadyReason(status.status(now + 10_000), now + 10_000), null, 'away for less than the bound: still ready')
  t.match(status.unreadyReason(status.status(now + 31_000), now + 31_000), /has not answered for 31 s/)
  await status.close()
})

t.test('the follower resumes from its own revision, and retries when the primary is away', async (t) => {
  const { app: primary, url, key, close } = await primaryOf(t)
  const dir = scratchDir(t)
  const file = path.join(dir, 'follower.db')
  const replica = await replicaOf(t, url, {}, 'follower.db')
  await replica.close()
  t.ok(existsSync(file), 'the bootstrap left a database')
  const at = latestSeq(primary.db.reader)
  for (let i = 1; i <= 3; i++) t.equal((await patchActor(primary, key, 'pat-ryder', `Round ${i}.`)).statusCode, 200)

  const reports: FollowerReport[] = []
  const stop = new AbortController()
  const done = followPrimary({ primary: url, databasePath: file, batch: 1, wait: 1, signal: stop.signal, report: (r) => reports.push(r), backoffMs: { min: 10, max: 20 } })
  await eventually(t, 'caught up one change at a time', () => reports.some((r) => r.kind === 'page' && r.revision === at + 3))
  t.same(
    reports.filter((r) => r.kind === 'page' && r.revision > at).map((r) => r.kind === 'page' && r.revision),
    [at + 1, at + 2, at + 3],
    'from the revision it held, each change once',
  )
  await close()
  await eventually(t, 'a failure is reported, not thrown', () => reports.some((r) => r.kind === 'error'))
  stop.abort()
  await done

  const copy = openSqlite(file, { readonly: true })
  const source = openSqlite(path.join(dir, 'primary.db'), { readonly: true })
  t.same(sharedData(copy), sharedData(source), 'the copy holds the primary\'s data exactly')
  copy.close()
  source.close()
})

t.test('a replica that cannot reach its primary to bootstrap does not start', async (t) => {
  const file = path.join(scratchDir(t), 'never.db')
  await t.rejects(createApp({ databasePath: file, readPool: { threads: 0 }, replica: { primary: 'http://127.0.0.1:9', batch: 1, maxLagSeconds: 1, maxUnreachableSeconds: 1 } }), { message: /cannot be reached/ })
  t.notOk(existsSync(file), 'and leaves no database behind')
})

t.test('on the primary, a min_revision it has not made is a 400, one it has is answered at once', async (t) => {
  const app = await createApp({ databasePath: path.join(scratchDir(t), 'primary-only.db'), readPool: { threads: 0 } })
  t.after(() => app.close())
  const revision = Number((await app.inject('/v1')).headers['x-dataset-revision'])
  const current = await app.inject(`/v1/actors?min_revision=${revision}`)
  t.equal(current.statusCode, 200)
  const ahead = await app.inject(`/v1/actors?min_revision=${revision + 1}`)
  t.equal(ahead.statusCode, 400)
  t.equal(ahead.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(ahead.json(), { errors: [{ in: 'query', name: 'min_revision', message: new RegExp(`beyond the dataset's revision \\(${revision}\\)`) }] })
  const header = await app.inject({ url: '/v1/actors', headers: { 'x-min-revision': String(revision + 5) } })
  t.equal(header.statusCode, 400)
  t.match(header.json(), { errors: [{ in: 'header', name: 'x-min-revision' }] })
})
