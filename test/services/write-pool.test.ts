// The write worker: with worker threads (as `npm start` runs), every write kind runs on the write
// worker's own connection and answers what the same write answers on the calling thread — the
// record, its ETag and Location, problem documents for failed preconditions and bad references,
// idempotent replays — and what it stored is what the HTTP thread then reads.
import path from 'node:path'
import t from 'tap'
import { createApp } from '../../src/app.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { scratchDir } from '../helper.js'

t.test('writes through the write worker', async (t) => {
  const app = await createApp({ databasePath: path.join(scratchDir(t), 'writes.db'), readPool: { threads: 1 } })
  t.after(() => app.close())
  const key = createKey(app.db.writer, 'curator', 'write', new Date().toISOString())
  const auth = { authorization: `Bearer ${key}` }

  const before = await app.inject('/v1/actors/pat-ryder')
  const renamed = await app.inject({ method: 'PATCH', url: '/v1/actors/pat-ryder', headers: { ...auth, 'if-match': before.headers.etag as string, 'content-type': 'application/merge-patch+json' }, payload: { name: 'Patrick S. Ryder' } })
  t.equal(renamed.statusCode, 200, renamed.body)
  t.equal(renamed.json().name, 'Patrick S. Ryder')
  const after = await app.inject('/v1/actors/pat-ryder')
  t.equal(after.headers.etag, renamed.headers.etag, 'the ETag answered by the write is the one a GET then carries')
  t.not(after.headers.etag, before.headers.etag)
  const statement = await app.inject('/v1/statements/ryder-hmc-working-group-continues')
  t.equal(statement.json().speakers.find((s: { id: string }) => s.id === 'pat-ryder').name, 'Patrick S. Ryder', 'the dependent document was re-stored by the worker')

  const stale = await app.inject({ method: 'PATCH', url: '/v1/actors/pat-ryder', headers: { ...auth, 'if-match': before.headers.etag as string, 'content-type': 'application/merge-patch+json' }, payload: { name: 'Stale' } })
  t.equal(stale.statusCode, 412)
  t.equal(stale.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(stale.json(), { status: 412, detail: /./ })

  const unverified = await app.inject({ method: 'POST', url: '/v1/actors', headers: auth, payload: { name: 'Nobody', kind: 'person', citations: [{ source_id: 'rudaw-baghdad-technical-consultations', quote: 'words this article never uses' }] } })
  t.equal(unverified.statusCode, 422, unverified.body)
  t.equal(unverified.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(unverified.json(), { status: 422, errors: [{ pointer: '/citations/0/quote' }] }, 'the problem names the citation it could not verify')
  t.equal((await app.inject('/v1/actors/nobody')).statusCode, 404, 'the failed write left no trace')

  const body = { name: 'Example Ministry', kind: 'organization', citations: [{ source_id: 'rudaw-baghdad-technical-consultations', quote: 'Strategic Framework Agreement' }] }
  const created = await app.inject({ method: 'POST', url: '/v1/actors', headers: { ...auth, 'idempotency-key': 'k-1' }, payload: body })
  t.equal(created.statusCode, 201, created.body)
  t.match(created.headers.location, /^\/v1\/actors\//)
  const again = await app.inject({ method: 'POST', url: '/v1/actors', headers: { ...auth, 'idempotency-key': 'k-1' }, payload: body })
  t.equal(again.statusCode, 201)
  t.equal(again.headers['idempotent-replayed'], 'true')
  t.equal(again.headers.location, created.headers.location, 'the replay names the same record')

  const current = await app.inject(created.headers.location as string)
  t.equal(current.statusCode, 200)
  const deleted = await app.inject({ method: 'DELETE', url: created.headers.location as string, headers: { ...auth, 'if-match': current.headers.etag as string } })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  t.equal((await app.inject(created.headers.location as string)).statusCode, 404, 'gone for the HTTP thread too')
})
