// A table of hostile inputs — SQL and FTS5 syntax, NUL bytes, invalid UTF-8, overlong strings, huge
// and negative numbers, repeated parameters, path traversal — applied to every query parameter of
// every GET list, search, timeline and feed route and to every id in a path; then hostile write bodies
// (prototype-pollution keys, malformed JSON, wrong content types, oversized and deeply nested bodies).
// Never a 5xx; every 4xx a problem document; afterwards the data is unchanged and no prototype polluted.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t, { type Test } from 'tap'
import { projectRoot } from '../../src/paths.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { buildApp, dumpData } from '../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
type Response = Awaited<ReturnType<App['inject']>>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

interface Operation {
  parameters?: { in: string; name: string }[]
  security?: unknown[]
  requestBody?: unknown
}
const spec = JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8')) as { paths: Record<string, Record<string, Operation>> }

// ---- the table --------------------------------------------------------------------------------

/** A hostile value as it goes into the URL: `raw` exactly as written, `text` percent-encoded. */
type Hostile = { name: string; raw: string } | { name: string; text: string }
const TEN_THOUSAND = 'a'.repeat(10_000)
const VALUES: Hostile[] = [
  { name: 'SQL: quote OR 1=1', text: "' OR 1=1 --" },
  { name: 'SQL: DROP TABLE', text: '"; DROP TABLE actors; --' },
  { name: 'SQL: UNION SELECT', text: '1) UNION SELECT' },
  { name: 'SQL: UNION from sqlite_master', text: "x' UNION SELECT name, sql FROM sqlite_master --" },
  { name: 'SQL: LIKE wildcard', text: "%' OR '%'='" },
  { name: 'SQL: comment', text: '/* */ 1; --' },
  { name: 'FTS5: lone quote', text: '"' },
  { name: 'FTS5: NEAR(', text: 'NEAR(' },
  { name: 'FTS5: NEAR/2', text: '"iraq" NEAR/2 "troops"' },
  { name: 'FTS5: star', text: '*' },
  { name: 'FTS5: minus', text: '-' },
  { name: 'FTS5: trailing OR', text: 'a OR' },
  { name: 'FTS5: NOT', text: 'NOT' },
  { name: 'FTS5: caret', text: '^' },
  { name: 'FTS5: column filter', text: '{title text}: iraq' },
  { name: 'FTS5: parentheses', text: '((a) OR (b' },
  { name: 'NUL byte', raw: '%00' },
  { name: 'NUL inside a word', raw: 'a%00b' },
  { name: 'invalid UTF-8 %C3%28', raw: '%C3%28' },
  { name: 'invalid UTF-8 %FF', raw: '%FF' },
  { name: 'UTF-8 of a lone surrogate', raw: '%ED%A0%80' },
  { name: 'truncated percent-encoding', raw: '%E2%82' },
  { name: 'bare percent', raw: '%' },
  { name: 'overlong string (10 000 chars)', text: TEN_THOUSAND },
  { name: 'overlong non-ASCII string', text: 'ä'.repeat(10_000) },
  { name: 'huge number 1e308', text: '1e308' },
  { name: 'huge integer', text: '99999999999999999999' },
  { name: 'negative', text: '-1' },
  { name: 'huge negative', text: '-99999999999999999999' },
  { name: 'NaN', text: 'NaN' },
  { name: 'Infinity', text: 'Infinity' },
  { name: 'hex', text: '0x7fffffff' },
  { name: 'empty', text: '' },
  { name: 'path traversal', raw: '..%2F..%2Fetc%2Fpasswd' },
  { name: 'encoded dots', raw: '%2e%2e' },
  { name: 'double-encoded', raw: '%252e%252e%252f' },
  { name: 'right-to-left override', text: '\u202eevil' },
  { name: 'script', text: '<script>alert(1)</script>' },
]
const IDS: Hostile[] = [
  ...VALUES.filter((v) => !v.name.startsWith('FTS5') && v.name !== 'empty'),
  { name: 'dot dot', text: '..' },
  { name: 'dot', raw: '.' },
  { name: 'encoded slash', raw: 'lloyd-austin%2F..%2F..' },
  { name: 'backslash traversal', text: '..\\..\\windows' },
  { name: '__proto__', text: '__proto__' },
  { name: 'constructor', text: 'constructor' },
  { name: 'overlong id (600 chars)', text: 'a'.repeat(600) },
]

const encode = (v: Hostile) => ('raw' in v ? v.raw : encodeURIComponent(v.text))

// ---- checking ---------------------------------------------------------------------------------

function problemViolation(res: Response): string | undefined {
  if (res.statusCode >= 500) return `answered ${res.statusCode}: ${res.body.slice(0, 300)}`
  if (res.statusCode < 400) return undefined
  if (res.headers['content-type'] !== 'application/problem+json; charset=utf-8') return `${res.statusCode} with content-type ${String(res.headers['content-type'])}`
  let body: Record<string, unknown>
  try {
    body = JSON.parse(res.body) as Record<string, unknown>
  } catch {
    return `${res.statusCode} whose body is not JSON`
  }
  for (const member of ['type', 'title', 'detail', 'instance', 'request_id']) if (typeof body[member] !== 'string') return `${res.statusCode} problem without "${member}"`
  if (body.status !== res.statusCode) return `problem status ${String(body.status)} is not ${res.statusCode}`
  return undefined
}

async function send(app: App, method: Method, url: string, headers: Record<string, string> = {}, payload?: string | Buffer) {
  // Let the loop turn between requests, as it does between real connections (see settled()).
  await new Promise((resolve) => setImmediate(resolve))
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) })
}

/** The app's load shedding samples the event loop each second; let it see an idle loop after setup. */
async function settled(app: App) {
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const until = Date.now() + 5000
  // Load shedding is off unless configured; when it is on, wait until it has calmed down.
  while (typeof app.isUnderPressure === 'function' && app.isUnderPressure() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50))
}

async function setup(t: Test) {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'hostile', 'write', new Date().toISOString())
  const before = dumpData(app.db.reader)
  const revision = ((await app.inject({ url: '/v1' })).json() as { revision: number }).revision
  const unchanged = async (t: Test) => {
    t.same(dumpData(app.db.reader), before, 'every table is as it was')
    t.equal(((await app.inject({ url: '/v1' })).json() as { revision: number }).revision, revision, 'the revision did not move')
    t.equal(app.db.writer.pragma('integrity_check', { simple: true }), 'ok', 'PRAGMA integrity_check')
  }
  await settled(app)
  return { app, key, unchanged }
}

const noPollution = (t: Test) => {
  t.equal(({} as Record<string, unknown>).admin, undefined, '({}).admin is undefined')
  t.notOk(Object.prototype.hasOwnProperty.call(Object.prototype, 'admin'), 'Object.prototype has no "admin"')
  t.equal(Object.getPrototypeOf({}), Object.prototype, 'the prototype chain of a fresh object is intact')
}

// ---- query parameters and path ids ------------------------------------------------------------

t.test('hostile values in every query parameter of every list, search, timeline and feed route', async (t) => {
  const { app, unchanged } = await setup(t)
  const routes = Object.entries(spec.paths).filter(([route, ops]) => ops.get && !route.includes('{') && (ops.get.parameters ?? []).some((p) => p.in === 'query' && p.name !== 'pretty'))
  t.ok(routes.some(([r]) => r === '/v1/search') && routes.some(([r]) => r === '/v1/timeline') && routes.some(([r]) => r === '/v1/statements'), 'the table covers search, timeline and the collections')
  const violations: string[] = []
  let requests = 0
  for (const [route, ops] of routes) {
    for (const { name } of (ops.get!.parameters ?? []).filter((p) => p.in === 'query')) {
      const urls = [...VALUES.map((v) => [v.name, `${route}?${name}=${encode(v)}`]), ['repeated (limit=1&limit=2 style)', `${route}?${name}=1&${name}=2`], ['array syntax', `${route}?${name}[]=1&${name}[]=2`]]
      // Search routes need a q: the hostile value meets a valid search too.
      if (route === '/v1/search' && name !== 'q') urls.push(...VALUES.map((v) => [`${v.name} with q`, `${route}?q=withdrawal&${name}=${encode(v)}`]))
      for (const [label, url] of urls) {
        requests++
        const res = await send(app, 'GET', url!)
        const wrong = problemViolation(res)
        if (wrong) violations.push(`GET ${url!.slice(0, 160)} (${label} in "${name}"): ${wrong}`)
      }
    }
  }
  t.comment(`${requests} requests over ${routes.length} routes`)
  t.same(violations, [], `no 5xx, every 4xx a problem document (${requests} requests)`)
  await unchanged(t)
})

t.test('hostile ids in every path, for reads and (with a key) for writes', async (t) => {
  const { app, key, unchanged } = await setup(t)
  const auth = { authorization: `Bearer ${key}` }
  const violations: string[] = []
  let requests = 0
  for (const [route, ops] of Object.entries(spec.paths).filter(([route]) => route.includes('{id}'))) {
    for (const [method, op] of Object.entries(ops) as [string, Operation][]) {
      for (const id of IDS) {
        const url = route.replace('{id}', encode(id))
        // A write gets everything it needs but a real id: If-Match '*' and a well-formed body.
        const headers: Record<string, string> = op.security?.length ? { ...auth, 'if-match': '*' } : {}
        const payload = method === 'patch' ? JSON.stringify({ description: 'hostile' }) : method === 'post' && op.requestBody ? JSON.stringify({ into: 'lloyd-austin' }) : undefined
        if (payload !== undefined) headers['content-type'] = 'application/json'
        requests++
        const res = await send(app, method.toUpperCase() as Method, url, headers, payload)
        const wrong = problemViolation(res) ?? (res.statusCode < 400 && method !== 'get' && method !== 'post' ? `a write to a hostile id answered ${res.statusCode}` : undefined)
        if (wrong) violations.push(`${method.toUpperCase()} ${url.slice(0, 160)} (${id.name}): ${wrong}`)
        else if (method === 'get' && res.statusCode < 400) violations.push(`GET ${url.slice(0, 160)} (${id.name}) answered ${res.statusCode}: no record has such an id`)
      }
    }
  }
  t.comment(`${requests} requests`)
  t.same(violations, [], `never a 5xx or a success, every 4xx a problem document (${requests} requests)`)
  await unchanged(t)
})

// ---- write bodies -----------------------------------------------------------------------------

const RUDAW = 'rudaw-us-iraq-reach-understanding'
const ACTOR = { kind: 'person', name: 'Hostile Tester', citations: [{ source_id: RUDAW, quote: 'Lloyd Austin' }] }
const deep = (depth: number, open = '{"a":', close = '}') => `${open.repeat(depth)}1${close.repeat(depth)}`
const withMember = (json: string, member: string) => `{${member},${json.slice(1)}`
const TWO_MIB = 2 * 1024 * 1024

interface BodyCase {
  name: string
  method: Method
  url: string
  payload: string | Buffer
  contentType?: string | null
  /** The status expected, when one is specific (otherwise any 4xx). */
  status?: number
}

function bodyCases(): BodyCase[] {
  const targets: [Method, string, object][] = [
    ['POST', '/v1/actors', ACTOR],
    ['PATCH', '/v1/actors/pat-ryder', { description: 'x' }],
    ['POST', '/v1/actors/pat-ryder/merge', { into: 'lloyd-austin' }],
    ['POST', '/v1/statements', { kind: 'quote', source_id: RUDAW, text: 'Lloyd Austin', speakers: ['lloyd-austin'], date: { edtf: null, basis: 'unknown' } }],
  ]
  const cases: BodyCase[] = []
  for (const [method, url, valid] of targets) {
    const json = JSON.stringify(valid)
    const add = (name: string, payload: string | Buffer, extra: Partial<BodyCase> = {}) => cases.push({ name, method, url, payload, ...extra })
    // Prototype pollution, at the top and nested.
    add('__proto__ member', withMember(json, '"__proto__": {"admin": true}'), { status: 400 })
    add('only a __proto__ member', '{"__proto__": {"admin": true}}', { status: 400 })
    add('constructor.prototype member', withMember(json, '"constructor": {"prototype": {"admin": true}}'), { status: 400 })
    add('constructor member', withMember(json, '"constructor": {"admin": true}'))
    add('nested __proto__', `{"aliases": {"__proto__": {"admin": true}}, "citations": [{"__proto__": {"admin": true}, "source_id": "${RUDAW}"}]}`, { status: 400 })
    add('__proto__ in an array', `{"citations": [{"source_id": "${RUDAW}", "quote": "Lloyd Austin", "__proto__": {"admin": true}}]}`, { status: 400 })
    add('escaped __proto__ key', withMember(json, '"\\u005f\\u005fproto\\u005f\\u005f": {"admin": true}'), { status: 400 })
    // Malformed JSON.
    for (const [name, payload] of [
      ['truncated JSON', '{"name": '],
      ['single quotes', "{'name': 'x'}"],
      ['trailing comma', '{"name": "x",}'],
      ['NaN literal', '{"occurrence": NaN}'],
      ['unterminated array', '['],
      ['a NUL byte', '\u0000'],
      ['two documents', '{}{}'],
      ['comment', '{/* hi */}'],
      ['byte order mark before malformed JSON', '\ufeff{"name": '],
    ] as const) {
      add(name, payload, { status: 400 })
    }
    add('empty body', '', { status: 400 })
    add('JSON null', 'null', { status: 400 })
    add('JSON array', '[1, 2]', { status: 400 })
    add('JSON string', '"x"', { status: 400 })
    add('huge numbers', withMember(json, '"occurrence": 1e308, "version": 99999999999999999999999'))
    add('lone surrogate', withMember(json, '"id": "\\ud800"'))
    // Wrong content types.
    add('text/plain', json, { contentType: 'text/plain' })
    add('application/xml', '<actor><name>x</name></actor>', { contentType: 'application/xml', status: 415 })
    add('multipart/form-data', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--x--\r\n', { contentType: 'multipart/form-data; boundary=x', status: 415 })
    add('form-urlencoded', 'name=x&kind=person', { contentType: 'application/x-www-form-urlencoded', status: 415 })
    add('no content type', json, { contentType: null })
    add('JSON encoded in UTF-16', Buffer.from(json, 'utf16le'), { contentType: 'application/json; charset=utf-16', status: 400 })
    // Oversized and deeply nested bodies.
    add('2 MiB body', JSON.stringify({ ...valid, description: 'x'.repeat(TWO_MIB) }), { status: 413 })
    add('2 MiB of whitespace', `${' '.repeat(TWO_MIB)}${json}`, { status: 413 })
    // (Members that none of the bodies above has: a duplicate key would let the valid one win.)
    add('deeply nested objects (10 000 levels) in a member', withMember(json, `"aliases": ${deep(10_000)}`))
    add('deeply nested arrays (100 000 levels) in a member', withMember(json, `"affiliations": ${deep(100_000, '[', ']')}`))
    add('deeply nested objects as an unknown member', withMember(json, `"zz": ${deep(10_000)}`))
    add('deeply nested body', deep(100_000))
  }
  return cases
}

t.test('hostile write bodies (with a write key): refused with a problem document, nothing written, no pollution', async (t) => {
  const { app, key, unchanged } = await setup(t)
  for (const c of bodyCases()) {
    const headers: Record<string, string> = { authorization: `Bearer ${key}`, 'if-match': '*' }
    if (c.contentType !== null) headers['content-type'] = c.contentType ?? 'application/json'
    const res = await send(app, c.method, c.url, headers, c.payload)
    const label = `${c.method} ${c.url}: ${c.name}`
    const wrong = problemViolation(res)
    t.notOk(wrong, `${label} → ${res.statusCode}`, { body: res.body.slice(0, 300) })
    if (!wrong) t.ok(res.statusCode >= 400 && res.statusCode < 500 && (c.status === undefined || res.statusCode === c.status), `${label}: refused with ${c.status ?? 'a 4xx'}`, { status: res.statusCode, body: res.body.slice(0, 300) })
  }
  noPollution(t)
  await unchanged(t)
})

t.test('hostile headers around a write: ids, keys, preconditions and idempotency keys', async (t) => {
  const { app, key, unchanged } = await setup(t)
  const cases: [string, Record<string, string>][] = [
    ['If-Match with SQL', { 'if-match': "' OR 1=1 --" }],
    ['If-Match list without the ETag', { 'if-match': '"a", "b", W/"c"' }],
    ['If-Match of 10 000 chars', { 'if-match': TEN_THOUSAND }],
    ['Authorization with SQL', { authorization: "Bearer ' OR 1=1 --" }],
    ['Authorization of a prefix only', { authorization: 'Bearer nk_' }],
    ['Authorization of 10 000 chars', { authorization: `Bearer nk_${TEN_THOUSAND}` }],
    ['Authorization, two keys', { authorization: `Bearer ${key}, Bearer ${key}` }],
    ['Idempotency-Key of 10 000 chars', { 'idempotency-key': TEN_THOUSAND }],
    ['X-Request-Id with a CR LF injection attempt', { 'x-request-id': 'abc%0d%0aSet-Cookie:%20x=1' }],
  ]
  for (const [name, extra] of cases) {
    for (const [method, url] of [['PATCH', '/v1/actors/pat-ryder'], ['DELETE', '/v1/statements/ryder-nothing-to-announce'], ['POST', '/v1/actors']] as const) {
      const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...extra }
      if (method === 'POST' && 'if-match' in extra) continue
      const res = await send(app, method, url, headers, method === 'DELETE' ? undefined : JSON.stringify(method === 'POST' ? { kind: 'person' } : { description: 'x' }))
      const wrong = problemViolation(res)
      t.notOk(wrong, `${method} ${url}, ${name} → ${res.statusCode}`, { body: res.body.slice(0, 300) })
      if (!wrong) t.ok(res.statusCode >= 400 && res.statusCode < 500, `${method} ${url}, ${name}: refused`, { status: res.statusCode })
      t.notOk(res.headers['set-cookie'], 'no header was injected')
    }
  }
  noPollution(t)
  await unchanged(t)
})
