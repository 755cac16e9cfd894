// What protects the public API (src/plugins/protection.ts): security headers, CORS, compression,
// the body limit and per-client / per-key rate limits — each refusal a problem document.
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import t, { type Test } from 'tap'
import { createApp, type AppOptions } from '../../src/app.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { scratchDir } from '../helper.js'

type App = Awaited<ReturnType<typeof createApp>>
type Response = Awaited<ReturnType<App['inject']>>

let apps = 0
async function app(t: Test, options: Omit<AppOptions, 'databasePath'> = {}): Promise<App> {
  const instance = await createApp({ databasePath: path.join(scratchDir(t), `protection-${++apps}.db`), ...options })
  t.after(() => instance.close())
  return instance
}

const isProblem = (t: Test, res: Response, status: number) => {
  t.equal(res.statusCode, status, `status ${status}`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(res.json(), { type: 'about:blank', title: String, status, detail: String, instance: String, request_id: String })
}
const list = (header: unknown) =>
  String(header ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)

t.test('security headers on answers, problems and the documentation', async (t) => {
  const api = await app(t)
  for (const url of ['/v1/actors', '/v1/actors/lloyd-austin', '/v1/nope', '/docs/']) {
    const res = await api.inject({ url })
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${url}: X-Content-Type-Options: nosniff`)
    t.match(res.headers['content-security-policy'], /(^|;)\s*default-src 'self'(;|$)/, `${url}: a CSP with default-src 'self'`)
    t.match(res.headers['content-security-policy'], /frame-ancestors 'none'/, `${url}: not framable`)
    t.notOk(res.headers['x-powered-by'], `${url}: no X-Powered-By`)
  }
  const docs = await api.inject({ url: '/docs/' })
  t.equal(docs.statusCode, 200, '/docs/ still answers 200 under the CSP')
  t.match(docs.headers['content-type'], /^text\/html/)
  t.match(docs.body, /swagger/i)
  // What the page loads comes from the server itself, as the CSP requires.
  for (const src of [...docs.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)) {
    t.notMatch(src, /^(https?:)?\/\//, `/docs/ loads ${src} from its own origin`)
  }
})

t.test('CORS: any origin may read, the useful headers are exposed, a write preflight is allowed', async (t) => {
  const api = await app(t)
  const res = await api.inject({ url: '/v1/statements?limit=2', headers: { origin: 'https://elsewhere.example' } })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['access-control-allow-origin'], '*')
  const exposed = list(res.headers['access-control-expose-headers'])
  for (const header of ['etag', 'link', 'x-dataset-revision', 'retry-after', 'x-request-id']) t.ok(exposed.includes(header), `exposes ${header}`)

  const preflight = await api.inject({
    method: 'OPTIONS',
    url: '/v1/actors',
    headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  })
  t.equal(preflight.statusCode, 204, 'the preflight answers 204')
  t.equal(preflight.headers['access-control-allow-origin'], '*')
  t.ok(list(preflight.headers['access-control-allow-methods']).includes('post'), 'allows POST')
  const allowed = list(preflight.headers['access-control-allow-headers'])
  t.ok(allowed.includes('authorization') && allowed.includes('content-type'), 'allows Authorization and Content-Type')
  t.ok(Number(preflight.headers['access-control-max-age']) > 0, 'can be cached')
  t.notOk(preflight.headers['access-control-allow-credentials'], 'never with credentials (keys are bearer tokens, not cookies)')
})

t.test('CORS restricted to listed origins', async (t) => {
  const api = await app(t, { corsOrigins: ['https://ok.example'] })
  const foreign = await api.inject({ url: '/v1/actors?limit=1', headers: { origin: 'https://elsewhere.example' } })
  t.equal(foreign.statusCode, 200, 'the answer itself is not refused (CORS is enforced by browsers)')
  t.notOk(foreign.headers['access-control-allow-origin'], 'a foreign origin gets no Access-Control-Allow-Origin')
  const foreignPreflight = await api.inject({ method: 'OPTIONS', url: '/v1/actors', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } })
  t.notOk(foreignPreflight.headers['access-control-allow-origin'], 'nor does its preflight')
  const listed = await api.inject({ url: '/v1/actors?limit=1', headers: { origin: 'https://ok.example' } })
  t.equal(listed.headers['access-control-allow-origin'], 'https://ok.example', 'a listed origin is allowed by name')
  t.match(String(listed.headers.vary), /origin/i, 'with Vary: Origin, so caches keep the answers apart')
})

t.test('compression: br and gzip on JSON, CSV and NDJSON, decompressing to the same bytes', async (t) => {
  const api = await app(t)
  const decode = { br: brotliDecompressSync, gzip: gunzipSync }
  // The export's meta line carries the time of the export; the rest is byte-identical.
  const stable = (body: string) => body.replace(/"exported_at":"[^"]*"/, '"exported_at":"…"')
  for (const url of ['/v1/statements', '/v1/statements?format=csv', '/v1/export.ndjson']) {
    const plain = await api.inject({ url })
    t.equal(plain.statusCode, 200)
    t.notOk(plain.headers['content-encoding'], `${url}: not compressed unless asked`)
    for (const encoding of ['br', 'gzip'] as const) {
      const res = await api.inject({ url, headers: { 'accept-encoding': encoding } })
      t.equal(res.statusCode, 200)
      if (!t.equal(res.headers['content-encoding'], encoding, `${url}: Content-Encoding ${encoding}`, { 'content-type': res.headers['content-type'] })) continue
      t.match(String(res.headers.vary), /accept-encoding/i, `${url}: Vary: Accept-Encoding`)
      const body = decode[encoding](res.rawPayload).toString('utf8')
      t.ok(res.rawPayload.length < Buffer.byteLength(body), `${url}: ${encoding} shrinks ${Buffer.byteLength(body)} bytes to ${res.rawPayload.length}`)
      if (url === '/v1/statements') t.same(JSON.parse(body), plain.json(), `${url}: ${encoding} decompresses to the same JSON`)
      else t.equal(stable(body), stable(plain.body), `${url}: ${encoding} decompresses to the same text`)
      if (url !== '/v1/export.ndjson') t.equal(res.headers.etag, plain.headers.etag, `${url}: the ETag is that of the uncompressed bytes`)
    }
  }
})

t.test('the body limit: a 2 MiB write is a 413 problem', async (t) => {
  const api = await app(t)
  const key = createKey(api.db.writer, 'big', 'write', new Date().toISOString())
  const payload = JSON.stringify({ kind: 'person', name: 'x'.repeat(2 * 1024 * 1024), citations: [] })
  const res = await api.inject({ method: 'POST', url: '/v1/actors', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload })
  isProblem(t, res, 413)
  const just = await api.inject({ method: 'POST', url: '/v1/actors', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024 - 100) }) })
  t.equal(just.statusCode, 400, 'a body just under 1 MiB is read (and refused for what it says)')
})

t.test('rate limits: reads per client, writes per API key, each refusal a 429 problem with Retry-After', async (t) => {
  const api = await app(t, { rateLimit: { reads: 5, writes: 2 } })
  const now = new Date().toISOString()
  const alice = createKey(api.db.writer, 'alice', 'write', now)
  const bob = createKey(api.db.writer, 'bob', 'write', now)

  for (let i = 1; i <= 5; i++) t.equal((await api.inject({ url: '/v1/actors?limit=1' })).statusCode, 200, `read ${i} of 5`)
  const sixth = await api.inject({ url: '/v1/actors?limit=1' })
  isProblem(t, sixth, 429)
  t.match(sixth.headers['retry-after'], /^\d+$/, 'with Retry-After in seconds')
  t.ok(Number(sixth.headers['retry-after']) > 0 && Number(sixth.headers['retry-after']) <= 60)
  t.match(sixth.json().detail, /at most 5 a minute from one client/)
  const elsewhere = await api.inject({ url: '/v1/actors?limit=1', remoteAddress: '192.0.2.7' })
  t.equal(elsewhere.statusCode, 200, 'another client still reads')

  const post = (key: string) => api.inject({ method: 'POST', url: '/v1/actors', headers: { authorization: `Bearer ${key}` }, payload: { kind: 'person' } })
  t.equal((await post(alice)).statusCode, 400, 'write 1 with alice’s key is answered (refused for its body)')
  t.equal((await post(alice)).statusCode, 400, 'write 2 with alice’s key is answered')
  const third = await post(alice)
  isProblem(t, third, 429)
  t.match(third.headers['retry-after'], /^\d+$/)
  t.match(third.json().detail, /at most 2 a minute for this API key/)
  t.equal((await post(bob)).statusCode, 400, 'another key is still allowed')
  t.equal((await api.inject({ url: '/v1/actors?limit=1', remoteAddress: '192.0.2.8' })).statusCode, 200, 'writes do not use up the reads of a client')
})
