// What the service does when its own database fails under it: a real route that throws is a 500
// problem document with a generic detail (no stack, no SQL), logged with its request id, and the
// server keeps serving; /readyz answers 503 when the database does not answer.
import path from 'node:path'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import { fastifyOptions, serviceApp } from '../../src/app.js'
import { scratchDir } from '../helper.js'

/** The whole service on its own database, with every log line kept. */
async function loggedApp(t: Test) {
  const lines: Record<string, unknown>[] = []
  const base = fastifyOptions({ logLevel: 'info' })
  const app = Fastify({ ...base, logger: { ...(base.logger as object), stream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } } })
  await app.register(serviceApp, { databasePath: path.join(scratchDir(t), 'failure.db') })
  await app.ready()
  t.after(() => app.close())
  return { app, lines }
}

t.test('a route that throws: a generic 500 problem, a log line with the request id, and the server keeps serving', async (t) => {
  const { app, lines } = await loggedApp(t)
  t.equal((await app.inject({ url: '/v1/actors/lloyd-austin' })).statusCode, 200, 'the route works before the failure')
  // The table the route reads disappears under it (the test's own database file).
  app.db.writer.exec('ALTER TABLE actors RENAME TO actors_gone')

  const res = await app.inject({ url: '/v1/actors/lloyd-austin', headers: { 'x-request-id': 'broken-1' } })
  t.equal(res.statusCode, 500)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.same(res.json(), {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'The server could not answer this request. The error has been logged with the request id.',
    instance: '/v1/actors/lloyd-austin',
    request_id: 'broken-1',
  })
  t.notMatch(res.body, /actors_gone|no such table|sqlite|stack|\.ts:\d|SELECT/i, 'no table name, SQL or stack trace leaks')

  const logged = lines.filter((l) => l.reqId === 'broken-1' && l.msg === 'request failed')
  t.equal(logged.length, 1, 'one error line for the request, with its id')
  t.match(logged[0], { level: 50, err: { message: /no such table|actors/, stack: String } }, 'the log keeps what the answer hides')

  const after = await app.inject({ url: '/v1/sources?limit=1' })
  t.equal(after.statusCode, 200, 'another route still answers')
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'and the process is alive')
})

t.test('/readyz answers 503 when the database does not answer', async (t) => {
  const { app, lines } = await loggedApp(t)
  t.equal((await app.inject({ url: '/readyz' })).statusCode, 200)
  app.db.reader.close()
  const res = await app.inject({ url: '/readyz', headers: { 'x-request-id': 'not-ready-1' } })
  t.equal(res.statusCode, 503)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(res.json(), { status: 503, title: 'Service Unavailable', detail: 'The database does not answer.', request_id: 'not-ready-1' })
  t.ok(lines.some((l) => l.msg === 'readiness: database query failed' && l.level === 50), 'the failure is logged')
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'liveness does not touch the database')
})
