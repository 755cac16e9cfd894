import path from 'node:path'
import t from 'tap'
import { scratchDir, startServer } from './helper.js'

t.test('the real server creates, migrates and seeds its database, serves over HTTP and stops on SIGTERM', async (t) => {
  const server = await startServer(t, { DATABASE_PATH: path.join(scratchDir(t), 'nested', 'server.db') })
  t.match(server.logs(), /seeded the empty database/)

  const health = await fetch(`${server.address}/healthz`)
  t.equal(health.status, 200)
  t.same(await health.json(), { status: 'ok' })
  const missing = await fetch(`${server.address}/nope`)
  t.equal(missing.status, 404)
  t.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8')

  const page = await fetch(`${server.address}/`)
  t.equal(page.status, 200, 'the explorer page is served at /')
  t.match(page.headers.get('content-type'), /^text\/html/)

  t.equal(await server.stop('SIGTERM'), 0, 'exits 0 after a graceful shutdown')
  t.match(server.logs(), /shutting down/)
})
