import t from 'tap'
import { buildApp } from '../helper.js'

t.test('GET /healthz answers while the process runs', async (t) => {
  const app = await buildApp(t)
  const res = await app.inject({ method: 'GET', url: '/healthz' })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^application\/json/)
  t.same(res.json(), { status: 'ok' })
  t.ok(res.headers['x-request-id'], 'every response carries a request id')
})

t.test('GET /readyz checks the database and its migrations', async (t) => {
  const app = await buildApp(t)
  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(ready.statusCode, 200)
  t.same(ready.json(), { status: 'ready', checks: { database: 'ok', migrations: 'current' } })

  // Forget the last applied migration: the schema is no longer known to be current.
  app.db.writer.prepare('DELETE FROM __drizzle_migrations WHERE rowid = (SELECT max(rowid) FROM __drizzle_migrations)').run()
  const stale = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(stale.statusCode, 503)
  t.match(stale.headers['content-type'], /^application\/problem\+json/)
  t.match(stale.json(), { status: 503, title: 'Service Unavailable', detail: /1 database migration\(s\) have not been applied/ })
})

t.test('an unknown route is a 404 problem document', async (t) => {
  const app = await buildApp(t)
  const res = await app.inject({ method: 'GET', url: '/v9/nothing?x=1', headers: { 'x-request-id': 'trace-42' } })
  t.equal(res.statusCode, 404)
  t.match(res.headers['content-type'], /^application\/problem\+json; charset=utf-8/)
  t.same(res.json(), {
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: 'No route matches GET /v9/nothing.',
    instance: '/v9/nothing',
    request_id: 'trace-42',
  })
  t.equal(res.headers['x-request-id'], 'trace-42', 'a well-formed client request id is kept')
})

t.test('a malformed request id is replaced', async (t) => {
  const app = await buildApp(t)
  const res = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id with spaces <script>' } })
  t.not(res.headers['x-request-id'], 'bad id with spaces <script>')
  t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/)
})

t.test('errors the router raises itself are problem documents too', async (t) => {
  const app = await buildApp(t)
  const badEncoding = await app.inject({ url: '/v1/actors/%E0%A4%A' })
  t.equal(badEncoding.statusCode, 400)
  t.equal(badEncoding.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(badEncoding.json(), { status: 400, detail: /malformed percent-encoding/ })
  const longId = await app.inject({ url: `/v1/actors/${'x'.repeat(300)}` })
  t.equal(longId.statusCode, 400)
  t.match(longId.json().errors, [{ in: 'path', name: 'id' }])
})
