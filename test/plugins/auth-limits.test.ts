// Rate limits that depend on authentication (src/plugins/protection.ts, called by src/plugins/auth.ts):
// writes are counted per authenticated key, however the header is spelled, and failed
// authentications per client address, whatever the method.
import path from 'node:path'
import t, { type Test } from 'tap'
import { createApp, type AppOptions } from '../../src/app.js'
import { AUTH_FAILURES_PER_MINUTE } from '../../src/plugins/protection.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { scratchDir } from '../helper.js'

type App = Awaited<ReturnType<typeof createApp>>
type Response = Awaited<ReturnType<App['inject']>>

let apps = 0
async function app(t: Test, rateLimit: NonNullable<AppOptions['rateLimit']>): Promise<App> {
  const instance = await createApp({ databasePath: path.join(scratchDir(t), `auth-limits-${++apps}.db`), rateLimit })
  t.after(() => instance.close())
  return instance
}

const tally = (responses: Response[]) => {
  const counts: Record<number, number> = {}
  for (const res of responses) counts[res.statusCode] = (counts[res.statusCode] ?? 0) + 1
  return counts
}

const is429 = (t: Test, res: Response, detail: RegExp) => {
  t.equal(res.statusCode, 429)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(res.headers['retry-after'], /^[1-9]\d*$/, 'Retry-After in seconds')
  t.ok(Number(res.headers['retry-after']) <= 60)
  t.match(res.json(), { status: 429, title: 'Too Many Requests', detail, request_id: String })
}

const unknownKey = (n = 0) => `nk_${String(n).padStart(43, 'A')}`

t.test('re-spaced Authorization headers count against the same key', async (t) => {
  const api = await app(t, { reads: 1000, writes: 5 })
  const key = createKey(api.db.writer, 'alice', 'write', new Date().toISOString())
  const responses: Response[] = []
  for (let i = 0; i < 20; i++) {
    // "Bearer" in any case, one to four spaces, trailing spaces: all the same key (RFC 6750 allows them).
    const authorization = `${['Bearer', 'bearer', 'BEARER'][i % 3]}${' '.repeat((i % 4) + 1)}${key}${' '.repeat(i % 2)}`
    responses.push(await api.inject({ method: 'POST', url: '/v1/actors', headers: { authorization }, payload: { kind: 'person' } }))
  }
  t.same(tally(responses), { 400: 5, 429: 15 }, '5 writes answered (refused for their body), then 429 for the other 15')
  is429(t, responses[5]!, /at most 5 a minute for this API key/)
  const bob = createKey(api.db.writer, 'bob', 'write', new Date().toISOString())
  t.equal((await api.inject({ method: 'POST', url: '/v1/actors', headers: { authorization: `Bearer ${bob}` }, payload: {} })).statusCode, 400, 'another key still writes')
})

t.test('a read key trying to write uses up its writes too', async (t) => {
  const api = await app(t, { reads: 1000, writes: 3 })
  const key = createKey(api.db.writer, 'viewer', 'read', new Date().toISOString())
  const statuses: number[] = []
  for (let i = 0; i < 6; i++) statuses.push((await api.inject({ method: 'DELETE', url: '/v1/actors/lloyd-austin', headers: { authorization: `Bearer ${key}`, 'if-match': '*' } })).statusCode)
  t.same(statuses, [403, 403, 403, 429, 429, 429])
})

t.test('repeated bad keys from one client reach 429, by any method', async (t) => {
  const api = await app(t, { reads: 1000, writes: 1000 })
  const post = (authorization: string, remoteAddress = '198.51.100.1') =>
    api.inject({ method: 'POST', url: '/v1/actors', headers: { authorization }, payload: {}, remoteAddress })

  const same: Response[] = []
  for (let i = 0; i < 3 * AUTH_FAILURES_PER_MINUTE; i++) same.push(await post(`Bearer ${unknownKey()}`))
  t.same(tally(same), { 401: AUTH_FAILURES_PER_MINUTE, 429: 2 * AUTH_FAILURES_PER_MINUTE }, `the same unknown key: ${AUTH_FAILURES_PER_MINUTE} × 401, then 429`)
  is429(t, same.at(-1)!, new RegExp(`at most ${AUTH_FAILURES_PER_MINUTE} a minute from one client`))

  // A new key each time, malformed headers, no header, other write methods: all failures of one client.
  const varied: Response[] = []
  for (let i = 0; i < 2 * AUTH_FAILURES_PER_MINUTE; i++) {
    const headers = [{ authorization: `Bearer ${unknownKey(i)}` }, { authorization: `Basic ${unknownKey(i)}` }, {}][i % 3]!
    const method = (['POST', 'PATCH', 'DELETE'] as const)[i % 3]!
    varied.push(await api.inject({ method, url: method === 'POST' ? '/v1/actors' : '/v1/actors/lloyd-austin', headers: { ...headers, 'if-match': '*' }, payload: method === 'DELETE' ? undefined : {}, remoteAddress: '198.51.100.2' }))
  }
  t.same(tally(varied), { 401: AUTH_FAILURES_PER_MINUTE, 429: AUTH_FAILURES_PER_MINUTE }, 'different bad keys and methods share one budget per client address')

  const good = createKey(api.db.writer, 'carol', 'write', new Date().toISOString())
  t.equal((await post(`Bearer ${good}`)).statusCode, 429, 'past the threshold even a good key from that address waits')
  t.equal((await post(`Bearer ${good}`, '203.0.113.9')).statusCode, 400, 'another client is not affected')
  t.equal((await api.inject({ url: '/v1/actors?limit=1', remoteAddress: '198.51.100.1' })).statusCode, 200, 'reads need no key and are not refused')
})

t.test('writes also count against the client address, in a budget apart from its reads', async (t) => {
  const api = await app(t, { reads: 3, writes: 1 })
  const keys = ['a', 'b', 'c', 'd'].map((name) => createKey(api.db.writer, name, 'write', new Date().toISOString()))
  const statuses: number[] = []
  for (const key of keys) statuses.push((await api.inject({ method: 'POST', url: '/v1/actors', headers: { authorization: `Bearer ${key}` }, payload: {} })).statusCode)
  t.same(statuses, [400, 400, 400, 429], 'many keys from one address do not multiply its writes')
  t.equal((await api.inject({ url: '/v1/actors?limit=1' })).statusCode, 200, 'and the reads are still there')
})
