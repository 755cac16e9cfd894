import path from 'node:path'
import Fastify from 'fastify'
import t from 'tap'
import { fastifyOptions, serviceApp } from '../../src/app.js'
import { scratchDir } from '../helper.js'

t.test('one log line per request, with route, status, duration, client address and request id; no credentials', async (t) => {
  const lines: Record<string, unknown>[] = []
  const base = fastifyOptions({ logLevel: 'info' })
  const app = Fastify({ ...base, logger: { ...(base.logger as object), stream: { write: (line: string) => void lines.push(JSON.parse(line)) } } })
  await app.register(serviceApp, { databasePath: path.join(scratchDir(t), 'log.db') })
  await app.ready()
  t.after(() => app.close())

  const secret = 'nk_this-must-never-be-logged'
  lines.length = 0
  await app.inject({ url: '/v1/actors/lloyd-austin?pretty=true', headers: { 'x-request-id': 'trace-1', authorization: `Bearer ${secret}`, cookie: 'session=also-secret' } })
  await app.inject({ url: '/v1/actors/nobody', headers: { 'x-request-id': 'trace-2' } })
  await app.inject({ method: 'POST', url: '/v1/actors', headers: { 'x-request-id': 'trace-3', authorization: `Bearer ${secret}` }, payload: {} })

  await app.inject({ url: `/v1/actors?limit=1&api_key=${secret}`, headers: { 'x-request-id': 'trace-4' }, remoteAddress: '198.51.100.23' })

  const forRequest = (id: string) => lines.filter((l) => l.reqId === id)
  t.match(forRequest('trace-4'), [{ status: 400, url: '/v1/actors?limit=1&api_key=[redacted]', remoteAddress: '198.51.100.23' }], 'a key in the URL is refused and redacted, the client address kept')
  t.equal(forRequest('trace-1').length, 1, 'exactly one line for a request')
  t.match(forRequest('trace-1')[0], { msg: 'request completed', method: 'GET', url: '/v1/actors/lloyd-austin?pretty=true', route: '/v1/actors/:id', status: 200, responseTime: Number, remoteAddress: '127.0.0.1' })
  t.match(forRequest('trace-2'), [{ status: 404, route: '/v1/actors/:id' }])
  t.match(forRequest('trace-3'), [{ status: 401, method: 'POST' }])
  const everything = JSON.stringify(lines)
  t.notOk(everything.includes(secret), 'the API key is never logged')
  t.notOk(everything.includes('also-secret'), 'cookies are never logged')
})
