import path from 'node:path'
import Fastify from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import t, { type Test } from 'tap'
import { z } from 'zod'
import { fastifyOptions } from '../../src/app.js'
import authPlugin from '../../src/plugins/auth.js'
import dbPlugin from '../../src/plugins/db.js'
import errorHandler from '../../src/plugins/error-handler.js'
import { createKey, revokeKey } from '../../src/repositories/api-keys.js'
import { scratchDir } from '../helper.js'

const NOW = '2025-01-01T00:00:00.000Z'
const REALM = 'Bearer realm="negotiations-api"'

/**
 * A small app with the real logger options (and so the real redaction), logging into a string. Its
 * request serializer logs every header, as a careless one might: the redaction must still hide the key.
 */
async function buildAuthApp(t: Test) {
  let logs = ''
  const base = fastifyOptions({ logLevel: 'info' })
  const app = Fastify({
    ...base,
    logger: {
      ...(base.logger as object),
      level: 'info',
      stream: { write: (line: string) => void (logs += line) },
      serializers: { req: (req: { method?: string; url?: string; headers?: unknown }) => ({ method: req.method, url: req.url, headers: req.headers }) },
    },
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  await app.register(errorHandler)
  await app.register(dbPlugin, { databasePath: path.join(scratchDir(t), 'auth.db') })
  await app.register(authPlugin)

  app.post(
    '/guarded',
    { preHandler: app.requireScope('write'), schema: { body: z.object({ note: z.string() }).optional() } },
    async (request) => {
      request.log.info({ req: request }, 'guarded route reached')
      return { key: request.apiKey }
    },
  )
  app.get('/readable', { preHandler: app.requireScope('read') }, async (request) => ({ key: request.apiKey }))
  app.get('/open', async (request) => ({ key: request.apiKey }))
  await app.ready()
  t.after(() => app.close())

  const write = createKey(app.db.writer, 'editor', 'write', NOW)
  const read = createKey(app.db.writer, 'viewer', 'read', NOW)
  const revoked = createKey(app.db.writer, 'former', 'write', NOW)
  revokeKey(app.db.writer, 'former', NOW)
  return { app, keys: { write, read, revoked }, logs: () => logs }
}

t.test('requireScope answers 401, 403 or lets the request through', async (t) => {
  const { app, keys, logs } = await buildAuthApp(t)
  const post = (authorization?: string) =>
    app.inject({ method: 'POST', url: '/guarded', headers: authorization === undefined ? {} : { authorization }, payload: { note: 'x' } })
  const unknown = `nk_${'A'.repeat(43)}`

  t.test('no Authorization header', async (t) => {
    const res = await post()
    t.equal(res.statusCode, 401)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.equal(res.headers['www-authenticate'], REALM)
    t.match(res.json(), { type: 'about:blank', title: 'Unauthorized', status: 401, detail: /needs an API key.*Bearer/, instance: '/guarded' })
  })

  t.test('malformed headers', async (t) => {
    for (const authorization of ['Basic x', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', `Bearer ${keys.write} extra`, `Token ${keys.write}`, keys.write, `Bearer\t${keys.write}`]) {
      const res = await post(authorization)
      t.equal(res.statusCode, 401, authorization)
      t.equal(res.headers['www-authenticate'], REALM, 'no error code when no bearer token was sent')
      t.match(res.json(), { status: 401, detail: /must be "Bearer <key>"/ })
    }
  })

  t.test('an unknown key', async (t) => {
    for (const authorization of [`Bearer ${unknown}`, 'Bearer not-a-key', `Bearer ${keys.write}x`]) {
      const res = await post(authorization)
      t.equal(res.statusCode, 401)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.match(res.headers['www-authenticate'], /^Bearer realm="negotiations-api", error="invalid_token"/)
      t.match(res.json(), { status: 401, detail: 'The API key is not known.' })
    }
  })

  t.test('a revoked key', async (t) => {
    const res = await post(`Bearer ${keys.revoked}`)
    t.equal(res.statusCode, 401)
    t.match(res.headers['www-authenticate'], /^Bearer realm="negotiations-api", error="invalid_token"/)
    t.match(res.json(), { status: 401, detail: /revoked/ })
  })

  t.test('a read key on a write', async (t) => {
    const res = await post(`Bearer ${keys.read}`)
    t.equal(res.statusCode, 403)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.headers['www-authenticate'], /error="insufficient_scope", scope="write"/)
    t.match(res.json(), { title: 'Forbidden', status: 403, detail: /^This key may only read/ })
  })

  t.test('a write key', async (t) => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await post(`${scheme} ${keys.write}`)
      t.equal(res.statusCode, 200, res.body)
      t.same(res.json(), { key: { name: 'editor', scope: 'write' } }, scheme)
    }
  })

  t.test('a read route takes either key; an open route has no key', async (t) => {
    const read = await app.inject({ url: '/readable', headers: { authorization: `Bearer ${keys.read}` } })
    t.same(read.json(), { key: { name: 'viewer', scope: 'read' } })
    const write = await app.inject({ url: '/readable', headers: { authorization: `Bearer ${keys.write}` } })
    t.same(write.json(), { key: { name: 'editor', scope: 'write' } })
    t.equal((await app.inject({ url: '/readable' })).statusCode, 401)
    const open = await app.inject({ url: '/open', headers: { authorization: `Bearer ${keys.write}` } })
    t.same(open.json(), { key: null })
  })

  t.test('a key revoked while the app runs stops working at once', async (t) => {
    const key = createKey(app.db.writer, 'short-lived', 'write', NOW)
    t.equal((await post(`Bearer ${key}`)).statusCode, 200)
    revokeKey(app.db.writer, 'short-lived', NOW)
    t.equal((await post(`Bearer ${key}`)).statusCode, 401)
  })

  t.test('a key in the query string is refused, on any route, before anything else', async (t) => {
    for (const [url, name] of [[`/guarded?api_key=${keys.write}`, 'api_key'], [`/open?x=1&ACCESS_TOKEN=${keys.read}`, 'ACCESS_TOKEN'], [`/nowhere?apikey=${keys.write}`, 'apikey']] as const) {
      const res = await app.inject({ method: url.startsWith('/guarded') ? 'POST' : 'GET', url, headers: { authorization: `Bearer ${keys.write}` }, payload: url.startsWith('/guarded') ? { note: 'x' } : undefined })
      t.equal(res.statusCode, 400, url)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.match(res.json(), { status: 400, detail: /never sent in the URL.*Authorization: Bearer <key>.*revoke/, instance: url.split('?')[0], errors: [{ in: 'query', name, message: /Authorization: Bearer/ }] })
      t.notOk(res.body.includes(keys.write.slice(3)) || res.body.includes(keys.read.slice(3)), 'the answer does not echo the key')
    }
    t.equal((await app.inject({ url: '/open?token_count=3&api_keys=x' })).statusCode, 200, 'other parameters are not mistaken for keys')
  })

  t.test('no key ever reaches the logs', async (t) => {
    const logged = logs()
    t.match(logged, /guarded route reached/, 'the capture works')
    t.match(logged, /"headers":\{[^}]*"content-type":"application\/json"/, 'headers are logged')
    t.match(logged, /"authorization":"\[redacted\]"/, 'the header is logged, redacted')
    for (const key of [keys.write, keys.read, keys.revoked, unknown]) {
      t.notOk(logged.includes(key.slice(3)), 'the key is absent from the logs')
    }
  })
})
