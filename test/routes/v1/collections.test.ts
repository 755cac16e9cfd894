/* eslint-disable @typescript-eslint/no-explicit-any -- seed entries and response bodies are loose JSON here */
// The five collections: filters, sorts, pagination, facets, fieldsets, errors and item representations.
// Every expectation is derived from seed/*.yaml by this file's own reading of the documented rules.
import { readFileSync } from 'node:fs'
import { STATUS_CODES } from 'node:http'
import path from 'node:path'
import type { LightMyRequestResponse } from 'fastify'
import t, { type Test } from 'tap'
import { parse } from 'yaml'
import { parseEdtf } from '../../../src/domain/edtf.js'
import { fold } from '../../../src/domain/text-fold.js'
import { seedDir } from '../../../src/paths.js'
import { buildApp } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
type Entry = Record<string, any> & { id: string }
type Name = 'sources' | 'actors' | 'meetings' | 'agreements' | 'statements'
const NAMES: Name[] = ['sources', 'actors', 'meetings', 'agreements', 'statements']
const seed = Object.fromEntries(NAMES.map((n) => [n, parse(readFileSync(path.join(seedDir, `${n}.yaml`), 'utf8')) as Entry[]])) as Record<Name, Entry[]>
// Dispute claims cite sources too (their own collection is tested in disputes.test.ts).
const disputes = parse(readFileSync(path.join(seedDir, 'disputes.yaml'), 'utf8')) as Entry[]
const disputeClaims = disputes.flatMap((d) => d.claims as Entry[])
/** The statement gives a claim of the dispute, or settles it. */
const inDispute = (e: Entry, v: string) => {
  const d = disputes.find((x) => x.id === v)
  return d !== undefined && (d.superseded_by === e.id || (d.claims as Entry[]).some((c) => (c.statements as string[]).includes(e.id)))
}
const docBytes = (s: Entry) => readFileSync(path.join(seedDir, 'documents', s.file as string))
const byId = (n: Name, id: string) => seed[n].find((e) => e.id === id) as Entry
const sortIds = (ids: string[]) => [...ids].sort()

// ---- The documented rules, applied to seed entries -------------------------------------------
const bounds = (e: Entry) => {
  const edtf = ((e.published ?? e.date) as { edtf: string | null }).edtf
  return edtf === null ? null : parseEdtf(edtf)
}
// from/to: overlap; undated items never match; an open end reaches forever.
const overlapsFrom = (e: Entry, from: string) => { const b = bounds(e); return b !== null && (b.end ?? '9999-12-31') >= (parseEdtf(from).start ?? '0000-01-01') }
const overlapsTo = (e: Entry, to: string) => { const b = bounds(e); return b !== null && (b.start ?? '0000-01-01') <= (parseEdtf(to).end ?? '9999-12-31') }
// Full-text q: every word must occur as a whole token, ignoring case and accents.
const hasWords = (text: string, q: string) => { const w = new Set(fold(text).split(/[^\p{L}\p{N}]+/u)); return q.split(/\s+/).every((x) => w.has(fold(x))) }
const is = (key: string) => (e: Entry, v: string) => e[key] === v
const among = (key: string, sub?: string) => (e: Entry, v: string) => ((e[key] ?? []) as any[]).some((x) => (sub ? x[sub] : x) === v)
const cited = among('citations', 'source_id')

// The operator filters each list documents (field__op; their behaviour is test/routes/v1/operators.test.ts).
const ops = (field: string, operators: string[]) => operators.map((o) => `${field}__${o}`)
const [TEXT, INTEGER, DATE] = [['exact', 'prefix', 'contains'], ['exact', 'gt', 'gte', 'lt', 'lte'], ['overlaps', 'within', 'starts', 'isnull']]
const OPERATOR_PARAMS: Record<Name, string[]> = {
  sources: [...ops('title', TEXT), ...ops('published', DATE), ...ops('version', INTEGER)],
  actors: [...ops('name', TEXT), ...ops('version', INTEGER)],
  meetings: [...ops('title', TEXT), ...ops('date', DATE), ...ops('version', INTEGER)],
  agreements: [...ops('title', TEXT), ...ops('date', DATE), ...ops('version', INTEGER)],
  statements: [...ops('date', DATE), ...ops('version', INTEGER)],
}

interface Filter { name: string; values: string[]; match: (e: Entry, v: string) => boolean; whole?: boolean }
const f = (name: string, values: string[], match: Filter['match'], whole = false): Filter => ({ name, values, match, whole })
const RUDAW = 'rudaw-us-iraq-reach-understanding'
const FILTERS: Record<Name, Filter[]> = {
  sources: [
    f('publisher', ['Rudaw', 'MENAFN,Anadolu Agency (AA)'], is('publisher')),
    f('language', ['en'], is('language')),
    f('from', ['2024-07-24', '2024-07'], overlapsFrom, true),
    f('to', ['2024-07-23', '2024'], overlapsTo, true),
    f('q', ['Peshmerga', 'Kirby', 'Sūdānī coalition'], (e, q) => hasWords(`${e.title ?? ''} ${docBytes(e).toString('utf8')}`, q), true),
  ],
  actors: [
    f('kind', ['person', 'state,group'], is('kind')),
    f('country', ['IQ', 'US,IR'], is('country')),
    f('source', ['menafn-iraqi-representatives-visit-pentagon', 'pentagon-negotiations-with-iraq-continue,rudaw-baghdad-technical-consultations'], cited),
    f('q', ['sudani', 'SŪDĀNĪ', 'pentagon', 'Iraq'], (e, q) => [e.name, ...(e.aliases ?? [])].some((n: string) => fold(n).includes(fold(q))), true),
  ],
  meetings: [
    f('participant', ['lloyd-austin', 'kirby,brett-mcgurk'], among('participants', 'actor_id')),
    f('location', ['washington', 'PENTAGON,baghdad'], (e, v) => fold(e.location ?? '').includes(fold(v))),
    f('kind', ['press_briefing', 'talks,consultations'], is('kind')),
    f('source', ['anadolu-us-iraq-continuing-discussions', `menafn-iraqi-representatives-visit-pentagon,rudaw-baghdad-technical-consultations`], cited),
    f('from', ['2024-07-23', '2024-02'], overlapsFrom, true),
    f('to', ['2024-07-22', '2024-01-15'], overlapsTo, true),
  ],
  agreements: [
    f('party', ['iraqi-parliament', 'iraq,iraqi-parliament'], among('parties', 'actor_id')),
    f('status', ['reported_unconfirmed', 'planned,announced'], is('status')),
    f('kind', ['decision', 'plan,resolution'], is('kind')),
    f('meeting', ['jscd-2024-07-washington', 'jscd-2024-07-washington,baghdad-technical-consultations'], is('meeting_id')),
    f('source', ['pentagon-negotiations-with-iraq-continue', 'anadolu-us-iraq-continuing-discussions,menafn-iraqi-representatives-visit-pentagon'], cited),
    f('from', ['2024-07-23', '2008'], overlapsFrom, true),
    f('to', ['2008', '2024-01-31'], overlapsTo, true),
  ],
  statements: [
    f('speaker', ['pat-ryder', 'irna,kirby'], among('speakers')),
    f('about', ['global-coalition', 'isis,afghanistan'], among('about')),
    f('kind', ['joint_statement', 'quote,paraphrase'], is('kind')),
    f('topic', ['withdrawal', 'elections,economic-ties'], among('topics')),
    f('source', ['menafn-iraqi-representatives-visit-pentagon', `${RUDAW},anadolu-us-iraq-continuing-discussions`], is('source_id')),
    f('meeting', ['jscd-2024-07-washington', 'pentagon-news-conference-thursday,hmc-ongoing-discussions'], is('meeting_id')),
    f('agreement', ['withdrawal-by-2026', 'us-decision-phase-out-troops,iraqi-parliament-resolution-foreign-troops'], is('agreement_id')),
    f('dispute', ['us-troop-count-iraq', 'us-troop-count-iraq,higher-military-commission-origin'], inDispute),
    f('from', ['2024-07-24', '2024-07-23'], overlapsFrom, true),
    f('to', ['2024-07-23', '2024-07'], overlapsTo, true),
    f('q', ['withdrawal', 'Iraqi troops', 'SŪDĀNĪ'], (e, q) => hasWords(e.text, q), true),
  ],
}
const expectIds = (n: Name, applied: [Filter, string][], rows = seed[n]) =>
  sortIds(rows.filter((e) => applied.every(([fl, v]) => (fl.whole ? [v] : v.split(',')).some((x) => fl.match(e, x)))).map((e) => e.id))

// Sort keys (null = undated: last in both directions); name/title/publisher sorts fold case and accents.
type Key = (e: Entry, stamps: Map<string, string>) => string | null
const dateKey: Key = (e) => bounds(e)?.start ?? null
const field = (k: string): Key => (e) => e[k] as string
const folded = (k: string): Key => (e) => fold((e[k] as string | null) ?? '')
const stamp: Key = (e, stamps) => stamps.get(e.id) ?? ''
const SORTS: Record<Name, Record<string, Key>> = {
  sources: { published: dateKey, title: folded('title'), publisher: folded('publisher'), id: field('id'), updated_at: stamp },
  actors: { name: folded('name'), kind: field('kind'), id: field('id'), updated_at: stamp },
  meetings: { date: dateKey, title: folded('title'), id: field('id'), updated_at: stamp },
  agreements: { date: dateKey, title: folded('title'), status: field('status'), id: field('id'), updated_at: stamp },
  statements: { date: dateKey, id: field('id'), source: field('source_id'), updated_at: stamp },
}
const DEFAULT_SORT: Record<Name, string> = { sources: 'published', actors: 'name', meetings: 'date', agreements: 'date', statements: 'date' }
function ordered(rows: Entry[], key: (e: Entry) => string | null, desc: boolean): string[] {
  const sign = desc ? -1 : 1
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return [...rows]
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)]
      if (ka === null || kb === null) { if (ka !== kb) return ka === null ? 1 : -1 } else if (ka !== kb) return sign * cmp(ka, kb)
      return sign * cmp(a.id, b.id)
    })
    .map((e) => e.id)
}

// Facet values per row (a linked actor counts once per link row); actor facets carry the actor's name as label.
const one = (k: string) => (e: Entry) => (e[k] == null ? [] : [e[k] as string])
const many = (k: string, sub?: string) => (e: Entry) => ((e[k] ?? []) as any[]).map((x) => (sub ? x[sub] : x) as string)
const FACETS: Record<Name, Record<string, (e: Entry) => string[]>> = {
  sources: { publisher: one('publisher'), language: one('language') },
  actors: { kind: one('kind'), country: one('country') },
  meetings: { participant: many('participants', 'actor_id'), kind: one('kind'), location: one('location') },
  agreements: { party: many('parties', 'actor_id'), status: one('status'), kind: one('kind'), meeting: one('meeting_id') },
  statements: { speaker: many('speakers'), about: many('about'), topic: many('topics'), kind: one('kind'), source: one('source_id'), meeting: one('meeting_id'), agreement: one('agreement_id') },
}
const ACTOR_FACETS = new Set(['participant', 'party', 'speaker', 'about'])
function facet(rows: Entry[], name: string, values: (e: Entry) => string[]) {
  const counts = new Map<string, number>()
  for (const e of rows) for (const v of values(e)) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts]
    .map(([value, count]) => (ACTOR_FACETS.has(name) ? { value, label: byId('actors', value).name as string, count } : { value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
}

// ---- HTTP helpers --------------------------------------------------------------------------
const qs = (p: Record<string, string>) => Object.entries(p).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
async function get(app: App, url: string, method: 'GET' | 'HEAD' = 'GET') {
  return app.inject({ method, url })
}
/** The ids of one unpaginated list (limit=500, a single page). */
async function listIds(t: Test, app: App, n: Name, p: Record<string, string> = {}): Promise<string[]> {
  const res = await get(app, `/v1/${n}?${qs({ limit: '500', ...p })}`)
  t.equal(res.statusCode, 200, `GET /v1/${n}?${qs(p)} is 200`)
  const body = res.json()
  t.equal(body.links.next, null, 'one page holds it all')
  return body.data.map((d: Entry) => d.id)
}
/** Follows links.next from `url`, checking the Link header and page sizes, and returns the ids in order. */
async function walk(t: Test, app: App, url: string, limit: number): Promise<string[]> {
  const ids: string[] = []
  let next: string | null = url
  while (next !== null && ids.length <= 1000) {
    const res: LightMyRequestResponse = await get(app, next)
    if (!t.equal(res.statusCode, 200, next)) break
    const body = res.json()
    t.equal(res.headers.link, body.links.next ? `<${body.links.next}>; rel="next"` : undefined, 'the Link header equals links.next')
    if (body.links.next) t.equal(body.data.length, limit, 'a page before the last is full')
    else t.ok(body.data.length <= limit, 'the last page has next null')
    ids.push(...body.data.map((d: Entry) => d.id))
    next = body.links.next
  }
  return ids
}
async function isProblem(t: Test, app: App, url: string, status: number, name?: string) {
  const res = await get(app, url)
  t.equal(res.statusCode, status, `${url} is ${status}`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  const body = res.json()
  t.match(body, { type: String, title: STATUS_CODES[status], status, detail: String, instance: url.split('?')[0], request_id: res.headers['x-request-id'] })
  if (name !== undefined) {
    t.match(body.errors, [{ in: 'query', name, message: String }], `errors name ${name}`)
    t.equal(body.errors[0]?.name, name)
  }
  return body
}
/** Every citation object anywhere in a response. */
function citationsIn(x: unknown, out: any[] = []): any[] {
  if (Array.isArray(x)) x.forEach((y) => citationsIn(y, out))
  else if (x && typeof x === 'object') {
    if ('source_id' in x && 'quote' in x) out.push(x)
    else Object.values(x).forEach((y) => citationsIn(y, out))
  }
  return out
}
const straight = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
const quotes = (list: any[] | undefined) => (list ?? []).map((c) => straight(c.quote as string))

// ---- Tests ----------------------------------------------------------------------------------
t.test('actors: q=% is a character to find, not a wildcard', async (t) => {
  const app = await buildApp(t)
  const q = FILTERS.actors.find((fl) => fl.name === 'q') as Filter
  t.same(expectIds('actors', [[q, '%']]), [], 'no name in the seed has a %')
  t.same(await listIds(t, app, 'actors', { q: '%' }), [], 'so q=% finds nothing')
  t.ok((await listIds(t, app, 'actors', { q: 'a' })).length > 0, 'while a letter finds names')
})

for (const n of NAMES) {
  t.test(`${n}: every filter alone, as an OR list, and combined with another`, async (t) => {
    const app = await buildApp(t)
    const filters = FILTERS[n]
    let nonEmptyPairs = 0
    for (const [i, fl] of filters.entries()) {
      for (const v of fl.values) {
        const expected = expectIds(n, [[fl, v]])
        t.ok(expected.length > 0, `${fl.name}=${v} selects something in the seed`)
        t.same(sortIds(await listIds(t, app, n, { [fl.name]: v })), expected, `${n}?${fl.name}=${v}: ${expected.length} rows`)
      }
      const other = filters[(i + 1) % filters.length] as Filter
      const pair: [Filter, string][] = [[fl, fl.values[1] ?? (fl.values[0] as string)], [other, other.values[0] as string]]
      const expected = expectIds(n, pair)
      if (expected.length > 0) nonEmptyPairs++
      t.same(sortIds(await listIds(t, app, n, Object.fromEntries(pair.map(([x, v]) => [x.name, v])))), expected, `${pair.map(([x, v]) => `${x.name}=${v}`).join('&')}: ${expected.length}`)
    }
    t.ok(nonEmptyPairs > 0, 'some combination selects rows')
  })

  t.test(`${n}: updated_since`, async (t) => {
    const app = await buildApp(t)
    const changed = seed[n].filter((_, i) => i % 3 === 0)
    const set = app.db.writer.prepare(`UPDATE ${n} SET updated_at = ? WHERE id = ?`)
    changed.forEach((e, i) => set.run(`2090-01-0${1 + (i % 9)}T00:00:00.000Z`, e.id))
    const ids = (rows: Entry[]) => sortIds(rows.map((e) => e.id))
    t.same(sortIds(await listIds(t, app, n, { updated_since: '2090-01-01T00:00:00Z' })), ids(changed))
    t.same(sortIds(await listIds(t, app, n, { updated_since: '2090-01-01T01:00:00+02:00' })), ids(changed), 'an offset is honoured')
    t.same(sortIds(await listIds(t, app, n, { updated_since: '2090-01-02T00:00:00Z' })), ids(changed.filter((_, i) => i % 9 >= 1)), 'at or after')
    t.same(await listIds(t, app, n, { updated_since: '2091-01-01T00:00:00Z' }), [], 'nothing changed later')
    t.same(sortIds(await listIds(t, app, n, { updated_since: '2000-01-01T00:00:00Z' })), ids(seed[n]), 'everything since the seed')
    const fl = FILTERS[n][0] as Filter
    const both = expectIds(n, [[fl, fl.values[1] ?? (fl.values[0] as string)]], changed)
    t.same(sortIds(await listIds(t, app, n, { updated_since: '2090-01-01T00:00:00Z', [fl.name]: fl.values[1] ?? (fl.values[0] as string) })), both, `with ${fl.name}`)
  })

  t.test(`${n}: every sort, ascending and descending`, async (t) => {
    const app = await buildApp(t)
    const stamps = new Map(seed[n].filter((_, i) => i % 2 === 1).map((e, i) => [e.id, `2090-0${1 + (i % 9)}-01T00:00:00.000Z`]))
    const set = app.db.writer.prepare(`UPDATE ${n} SET updated_at = ? WHERE id = ?`)
    for (const [id, at] of stamps) set.run(at, id)
    for (const [sort, key] of Object.entries(SORTS[n])) {
      for (const desc of [false, true]) {
        const expected = ordered(seed[n], (e) => key(e, stamps), desc)
        t.same(await listIds(t, app, n, { sort: `${desc ? '-' : ''}${sort}` }), expected, `sort=${desc ? '-' : ''}${sort}`)
      }
    }
    const byDefault = ordered(seed[n], (e) => (SORTS[n][DEFAULT_SORT[n]] as Key)(e, stamps), false)
    t.same(await listIds(t, app, n), byDefault, `the default order is ${DEFAULT_SORT[n]}`)
  })

  t.test(`${n}: pagination walks every row once, in order`, async (t) => {
    const app = await buildApp(t)
    const fl = FILTERS[n][0] as Filter
    const queries: Record<string, string>[] = [{}, { sort: `-${DEFAULT_SORT[n]}`, [fl.name]: fl.values[1] ?? (fl.values[0] as string) }, { sort: '-updated_at' }]
    for (const query of queries) {
      const all = await listIds(t, app, n, query)
      for (const limit of [1, 2, 7]) {
        const walked = await walk(t, app, `/v1/${n}?${qs({ ...query, limit: String(limit) })}`, limit)
        t.same(walked, all, `limit=${limit} ${qs(query)} walks the same rows in the same order`)
        t.equal(new Set(walked).size, walked.length, 'each row once')
      }
      const total = (await get(app, `/v1/${n}?${qs({ ...query, limit: '1', include_total: 'true' })}`)).json()
      t.equal(total.meta.total, all.length, 'meta.total counts every matching row')
    }
    const plain = (await get(app, `/v1/${n}?include_total=true`)).json()
    t.equal(plain.meta.total, seed[n].length, 'meta.total is the seed count')
  })

  t.test(`${n}: facets count the whole filtered set`, async (t) => {
    const app = await buildApp(t)
    const names = Object.keys(FACETS[n])
    const fl = FILTERS[n][0] as Filter
    const v = fl.values[1] ?? (fl.values[0] as string)
    for (const query of [{}, { [fl.name]: v }]) {
      const rows = seed[n].filter((e) => expectIds(n, Object.keys(query).length ? [[fl, v]] : []).includes(e.id))
      const body = (await get(app, `/v1/${n}?${qs({ ...query, limit: '1', facet: names.join(',') })}`)).json()
      for (const name of names) t.same(body.meta.facets[name], facet(rows, name, FACETS[n][name] as (e: Entry) => string[]), `facet=${name} ${qs(query)}`)
    }
  })

  t.test(`${n}: errors are problem documents`, async (t) => {
    const app = await buildApp(t)
    const base = `/v1/${n}`
    const enumParam = n === 'sources' ? 'language' : 'kind'
    const cases: [string, string][] = [
      ['limit=0', 'limit'], ['limit=501', 'limit'], ['limit=abc', 'limit'], ['cursor=not-a-cursor', 'cursor'], [`${enumParam}=alien`, enumParam],
      ['fields=id,alien', 'fields'], ['facet=alien', 'facet'], ['sort=alien', 'sort'], ['updated_since=yesterday', 'updated_since'], ['include_total=yes', 'include_total'],
    ]
    if (n !== 'actors') cases.push(['from=2024-13', 'from'], ['to=2024-02-30', 'to'])
    cases.push(['min_revision=soon', 'min_revision'])
    for (const [query, name] of cases) await isProblem(t, app, `${base}?${query}`, 400, name)
    const unknown = await isProblem(t, app, `${base}?colour=red`, 400, 'colour')
    // (The statements' span filter, which needs a source, is tested in citations.test.ts.)
    const allowed = [...FILTERS[n].map((x) => x.name), ...OPERATOR_PARAMS[n], ...(n === 'statements' ? ['overlaps'] : []), 'updated_since', 'sort', 'limit', 'cursor', 'include_total', 'facet', 'fields', 'format', 'pretty', 'min_revision']
    const listed = String(unknown.detail).split('allowed parameters are: ')[1]?.split(', ') ?? []
    t.same([...listed].sort(), [...allowed].sort(), 'the detail lists exactly the documented parameters')

    // A cursor is bound to its filters and sort (the OR-list value selects several rows, so has a next page).
    const fl = FILTERS[n][0] as Filter
    const [other, mine] = [fl.values[0] as string, fl.values[1] as string]
    const first = (await get(app, `${base}?${qs({ limit: '1', [fl.name]: mine })}`)).json()
    const cursor = new URL(first.links.next as string, 'http://x').searchParams.get('cursor') as string
    t.equal((await get(app, `${base}?${qs({ limit: '3', [fl.name]: mine, cursor })}`)).statusCode, 200, 'the cursor serves its own query at any limit')
    await isProblem(t, app, `${base}?${qs({ limit: '1', [fl.name]: other, cursor })}`, 400, 'cursor')
    await isProblem(t, app, `${base}?${qs({ limit: '1', [fl.name]: mine, sort: '-id', cursor })}`, 400, 'cursor')
    // Flip one signature character (to one that certainly differs: the secret is random per database).
    const at = cursor.length - 4
    const tampered = `${cursor.slice(0, at)}${cursor[at] === 'A' ? 'B' : 'A'}${cursor.slice(at + 1)}`
    await isProblem(t, app, `${base}?${qs({ limit: '1', [fl.name]: mine, cursor: tampered })}`, 400, 'cursor')
    const missing = await isProblem(t, app, `${base}/no-such-thing`, 404)
    t.match(missing.detail, /no-such-thing/)
  })

  t.test(`${n}: fields, HEAD and pretty`, async (t) => {
    const app = await buildApp(t)
    const full = (await get(app, `/v1/${n}?limit=500`)).json().data as Entry[]
    for (const fields of [['id'], ['id', 'created_at', 'version'], Object.keys(full[0] as Entry).filter((k, i) => i % 2 === 1)]) {
      const res = await get(app, `/v1/${n}?limit=500&fields=${fields.join(',')}`)
      t.equal(res.statusCode, 200)
      const data = res.json().data as Entry[]
      t.equal(data.length, full.length)
      t.same(data.map((d) => Object.keys(d).sort()), data.map(() => [...fields].sort()), `fields=${fields.join(',')}: exactly those keys`)
      t.same(data, full.map((d) => Object.fromEntries(fields.map((k) => [k, d[k]]))), 'with the full values')
    }
    const id = (seed[n][0] as Entry).id
    for (const url of [`/v1/${n}`, `/v1/${n}/${id}`]) {
      const head = await get(app, url, 'HEAD')
      t.equal(head.statusCode, 200, `HEAD ${url}`)
      t.equal(head.body, '', 'no body')
      t.match(head.headers['content-type'], /^application\/json/)
      const compact = await get(app, url)
      const pretty = await get(app, `${url}?pretty=true`)
      t.equal(pretty.statusCode, 200)
      t.match(pretty.body, /^\{\n {2}"/, 'indented')
      const body = JSON.parse(pretty.body)
      // links carry the pretty flag on to the next page; apart from it the answers are the same.
      for (const k of ['self', 'next']) if (typeof body.links?.[k] === 'string') body.links[k] = body.links[k].replace(/pretty=true&?/, '').replace(/[?&]$/, '')
      t.same(body, compact.json(), `${url}?pretty=true equals the compact answer`)
    }
  })

  t.test(`${n}: items embed the seed's relations and exact citations`, async (t) => {
    const app = await buildApp(t)
    const texts = new Map<string, string[]>()
    for (const s of seed.sources) texts.set(s.id, Array.from((await get(app, `/v1/sources/${s.id}/text`)).body))
    const wrong: unknown[] = []
    for (const e of seed[n]) {
      const res = await get(app, `/v1/${n}/${e.id}`)
      t.equal(res.statusCode, 200, `GET /v1/${n}/${e.id}`)
      const item = res.json()
      t.equal(item.id, e.id)
      const found = citationsIn(item)
      for (const c of found) if (texts.get(c.source_id)?.slice(c.start, c.end).join('') !== c.quote) wrong.push({ id: e.id, c })
      checkItem(t, n, e, item, found.length)
    }
    t.same(wrong, [], 'every citation is the code-point slice of its source text')
  })
}

function checkItem(t: Test, n: Name, e: Entry, item: any, citationCount: number) {
  const ids = (list: any[], k?: string) => list.map((x) => (k ? x[k].id : x.id) as string)
  const own = (x: Entry) => (x.citations ?? []).length
  const nested = (list: any[] | undefined) => (list ?? []).reduce((s: number, x: Entry) => s + own(x), 0)
  if (n === 'statements') {
    t.same(ids(item.speakers), e.speakers, 'speakers')
    t.same(ids(item.about), e.about ?? [], 'about')
    t.same(item.topics, e.topics ?? [], 'topics')
    t.equal(item.source.id, e.source_id, 'source')
    t.equal(item.meeting?.id ?? null, e.meeting_id ?? null, 'meeting')
    t.equal(item.agreement?.id ?? null, e.agreement_id ?? null, 'agreement')
    t.same(item.citations[0], { source_id: e.source_id, start: item.citations[0].start, end: item.citations[0].end, quote: item.text }, 'its own span first')
    t.equal(straight(item.text), straight(e.text), 'the text is the seed quote')
    t.same(quotes(item.citations.slice(1)), quotes(e.citations), 'then the attributions')
    t.equal(citationCount, 1 + own(e))
  } else if (n === 'meetings') {
    t.same(item.participants.map((p: any) => [p.actor.id, p.role]), (e.participants ?? []).map((p: any) => [p.actor_id, p.role]), 'participants and roles')
    t.same(sortIds(ids(item.agreements)), sortIds(seed.agreements.filter((g) => g.meeting_id === e.id).map((g) => g.id)), 'agreements it produced')
    t.same(quotes(item.citations), quotes(e.citations))
    t.equal(citationCount, own(e) + nested(e.participants))
  } else if (n === 'agreements') {
    t.same(ids(item.parties, 'actor'), (e.parties ?? []).map((p: any) => p.actor_id), 'parties')
    t.equal(item.meeting?.id ?? null, e.meeting_id ?? null, 'meeting')
    t.match(item, { kind: e.kind, status: e.status, date: { edtf: e.date.edtf } })
    t.same(quotes(item.citations), quotes(e.citations))
    t.equal(citationCount, own(e) + nested(e.parties))
  } else if (n === 'actors') {
    const members = seed.actors.flatMap((p) => (p.affiliations ?? []).filter((a: any) => a.organization_id === e.id).map((a: any) => ({ ...a, person: p.id })))
    t.same(item.affiliations.map((a: any) => [a.organization.id, a.role, a.date.edtf]), (e.affiliations ?? []).map((a: any) => [a.organization_id, a.role, a.date.edtf]), 'affiliations')
    t.same(item.members.map((m: any) => `${m.person.id}/${m.role}`).sort(), members.map((m) => `${m.person}/${m.role}`).sort(), 'members')
    t.match(item, { kind: e.kind, name: e.name, aliases: e.aliases ?? [], country: e.country ?? null })
    t.same(quotes(item.citations), quotes(e.citations))
    t.equal(citationCount, own(e) + nested(e.affiliations) + nested(members))
  } else {
    const text = docBytes(e).toString('utf8')
    const everyCitation = [...NAMES.flatMap((m) => seed[m]), ...disputeClaims].flatMap((x) => [x, ...(x.participants ?? []), ...(x.parties ?? []), ...(x.affiliations ?? [])]).flatMap((x) => x.citations ?? [])
    t.match(item, { text, length: Array.from(text).length, seed_file: e.file, title: e.title, publisher: e.publisher, published: { edtf: e.published.edtf } })
    t.same(item.counts, { statements: seed.statements.filter((s) => s.source_id === e.id).length, citations: everyCitation.filter((c: any) => c.source_id === e.id).length }, 'counts')
    t.equal(citationCount, 0)
  }
}

t.test('GET /v1/sources/{id}/text is the document, byte for byte', async (t) => {
  const app = await buildApp(t)
  for (const s of seed.sources) {
    const res = await get(app, `/v1/sources/${s.id}/text`)
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'text/plain; charset=utf-8')
    t.ok(res.rawPayload.equals(docBytes(s)), `${s.id} equals seed/documents/${s.file}`)
  }
  await isProblem(t, app, '/v1/sources/no-such-source/text', 404)
})

t.test('facets over a filter: statements by topic, agreements by status', async (t) => {
  const app = await buildApp(t)
  const topical = seed.statements.filter((s) => (s.topics as string[]).some((x) => x === 'withdrawal' || x === 'sovereignty'))
  const s = (await get(app, '/v1/statements?topic=withdrawal,sovereignty&facet=speaker,topic&limit=2')).json()
  t.same(s.meta.facets.speaker, facet(topical, 'speaker', FACETS.statements.speaker as (e: Entry) => string[]))
  t.same(s.meta.facets.topic, facet(topical, 'topic', FACETS.statements.topic as (e: Entry) => string[]))
  t.ok(s.meta.facets.topic.length > 2, 'other topics of the matching statements are counted too')
  const parties = seed.agreements.filter((g) => (g.parties as any[]).some((p) => p.actor_id === 'iraq'))
  const g = (await get(app, '/v1/agreements?party=iraq&facet=status&limit=1')).json()
  t.same(g.meta.facets.status, facet(parties, 'status', FACETS.agreements.status as (e: Entry) => string[]))
  t.same(Object.keys(g.meta.facets), ['status'], 'only the facets asked for')
})
