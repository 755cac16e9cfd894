/* eslint-disable @typescript-eslint/no-explicit-any -- seed entries and response bodies are loose JSON here */
// Operator filters (field__op=value) and sorts by several keys, through the HTTP API. Every
// expectation is derived from seed/*.yaml by this file's own reading of the documented meaning.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t, { type Test } from 'tap'
import { parse } from 'yaml'
import { parseEdtf } from '../../../src/domain/edtf.js'
import { fold } from '../../../src/domain/text-fold.js'
import { seedDir } from '../../../src/paths.js'
import { createKey } from '../../../src/repositories/api-keys.js'
import { buildApp } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
type Entry = Record<string, any> & { id: string }
type Name = 'sources' | 'actors' | 'meetings' | 'agreements' | 'statements'
const seed = (n: Name) => parse(readFileSync(path.join(seedDir, `${n}.yaml`), 'utf8')) as Entry[]

const edtfOf = (e: Entry) => ((e.published ?? e.date) as { edtf: string | null }).edtf
const startOf = (e: Entry) => (edtfOf(e) === null ? null : parseEdtf(edtfOf(e)!).start)
const endOf = (e: Entry) => (edtfOf(e) === null ? null : parseEdtf(edtfOf(e)!).end)
const titleOf = (e: Entry) => String(e.name ?? e.title ?? '')

async function allIds(app: App, url: string): Promise<string[]> {
  const ids: string[] = []
  let next: string | null = url.includes('limit=') ? url : `${url}${url.includes('?') ? '&' : '?'}limit=500`
  for (let i = 0; next && i < 100; i++) {
    const res = await app.inject({ url: next })
    if (res.statusCode !== 200) throw new Error(`${next}: ${res.statusCode} ${res.body}`)
    const body = res.json() as { data: { id: string }[]; links: { next: string | null } }
    ids.push(...body.data.map((d) => d.id))
    next = body.links.next
  }
  return ids
}

const sorted = (ids: string[]) => [...ids].sort()

t.test('text operators: exact, prefix and contains, ignoring case and accents', async (t) => {
  const app = await buildApp(t)
  const cases: [Name, string, string, (title: string, v: string) => boolean][] = [
    ['actors', 'name', 'LLOYD AUSTIN', (n, v) => fold(n) === fold(v)],
    ['actors', 'name', 'mohammed shia al sudani', (n, v) => fold(n) === fold(v)],
    ['actors', 'name', 'Mo', (n, v) => fold(n).startsWith(fold(v))],
    ['actors', 'name', 'US ', (n, v) => fold(n).startsWith(fold(v))],
    ['actors', 'name', 'SŪDĀN', (n, v) => fold(n).includes(fold(v))],
    ['actors', 'name', 'of', (n, v) => fold(n).includes(fold(v))],
    ['meetings', 'title', 'state department', (n, v) => fold(n).startsWith(fold(v))],
    ['meetings', 'title', 'Pentagon', (n, v) => fold(n).includes(fold(v))],
    ['agreements', 'title', 'withdrawal', (n, v) => fold(n).includes(fold(v))],
    ['sources', 'title', 'iraq', (n, v) => fold(n).includes(fold(v))],
    ['sources', 'title', '%', (n, v) => fold(n).includes(fold(v))],
  ]
  for (const [n, field, value, match] of cases) {
    const op = match.toString().includes('startsWith') ? 'prefix' : match.toString().includes('includes') ? 'contains' : 'exact'
    const expected = seed(n).filter((e) => match(titleOf(e), value)).map((e) => e.id)
    const got = await allIds(app, `/v1/${n}?${field}__${op}=${encodeURIComponent(value)}`)
    t.same(sorted(got), sorted(expected), `${n}?${field}__${op}=${value}`)
  }
  t.ok((await allIds(app, '/v1/actors?name__exact=lloyd%20austin')).includes('lloyd-austin'), 'a known actor is found by its name')
})

t.test('date operators: overlaps, within, starts, isnull', async (t) => {
  const app = await buildApp(t)
  const span = (v: string) => [parseEdtf(v).start ?? '0000-01-01', parseEdtf(v).end ?? '9999-12-31'] as const
  const rules: Record<string, (e: Entry, v: string) => boolean> = {
    overlaps: (e, v) => edtfOf(e) !== null && (endOf(e) ?? '9999-12-31') >= span(v)[0] && (startOf(e) ?? '0000-01-01') <= span(v)[1],
    within: (e, v) => startOf(e) !== null && endOf(e) !== null && startOf(e)! >= span(v)[0] && endOf(e)! <= span(v)[1],
    starts: (e, v) => startOf(e) !== null && startOf(e)! >= span(v)[0] && startOf(e)! <= span(v)[1],
  }
  const cases: [Name, string][] = [['meetings', 'date'], ['agreements', 'date'], ['statements', 'date'], ['sources', 'published']]
  for (const [n, field] of cases) {
    for (const [op, rule] of Object.entries(rules)) {
      for (const value of ['2024-07', '2024-07-23', '2024', '2024-07-22/2024-07-24', '2024-01/..']) {
        const expected = seed(n).filter((e) => rule(e, value)).map((e) => e.id)
        t.same(sorted(await allIds(app, `/v1/${n}?${field}__${op}=${encodeURIComponent(value)}`)), sorted(expected), `${n}?${field}__${op}=${value}`)
      }
    }
    const undated = seed(n).filter((e) => edtfOf(e) === null).map((e) => e.id)
    const dated = seed(n).filter((e) => edtfOf(e) !== null).map((e) => e.id)
    t.same(sorted(await allIds(app, `/v1/${n}?${field}__isnull=true`)), sorted(undated), `${n}: undated`)
    t.same(sorted(await allIds(app, `/v1/${n}?${field}__isnull=false`)), sorted(dated), `${n}: dated`)
    t.same(sorted(await allIds(app, `/v1/${n}?${field}__overlaps=2024-07`)), sorted(await allIds(app, `/v1/${n}?from=2024-07&to=2024-07`)), `${n}: overlaps is what from/to mean`)
  }
  t.ok(seed('meetings').some((e) => edtfOf(e) === null), 'the seed has undated meetings (the check above is not vacuous)')
})

t.test('version comparisons follow the writes', async (t) => {
  const app = await buildApp(t)
  const auth = { authorization: `Bearer ${createKey(app.db.writer, 'curator', 'write', new Date().toISOString())}` }
  const all = seed('actors').map((e) => e.id)
  t.same(await allIds(app, '/v1/actors?version__gt=1'), [], 'the seed is at version 1')
  const read = await app.inject({ url: '/v1/actors/lloyd-austin' })
  const patched = await app.inject({ method: 'PATCH', url: '/v1/actors/lloyd-austin', headers: { ...auth, 'if-match': read.headers.etag as string, 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify({ description: 'Changed.' }) })
  t.equal(patched.statusCode, 200, patched.body)
  t.same(await allIds(app, '/v1/actors?version__gt=1'), ['lloyd-austin'])
  t.same(await allIds(app, '/v1/actors?version__exact=2'), ['lloyd-austin'])
  t.same(await allIds(app, '/v1/actors?version__gte=2&version__lte=2'), ['lloyd-austin'])
  t.same(sorted(await allIds(app, '/v1/actors?version__lt=2')), sorted(all.filter((id) => id !== 'lloyd-austin')))
})

async function isProblem(t: Test, app: App, url: string, name: string, message?: RegExp) {
  const res = await app.inject({ url })
  t.equal(res.statusCode, 400, `${url} is 400`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  const body = res.json()
  t.equal(body.errors?.[0]?.name, name, `${url}: names ${name}`)
  if (message) t.match(body.errors?.[0]?.message, message, `${url}: says why`)
}

t.test('a misused operator is a 400 naming the parameter', async (t) => {
  const app = await buildApp(t)
  await isProblem(t, app, '/v1/actors?name__like=x', 'name__like', /name takes no operator "like"; it takes name__exact, name__prefix, name__contains/)
  await isProblem(t, app, '/v1/actors?kind__prefix=p', 'kind__prefix', /kind takes no operators here; the fields that do are name \(exact, prefix, contains\)/)
  await isProblem(t, app, '/v1/statements?title__contains=x', 'title__contains', /title takes no operators here/)
  await isProblem(t, app, '/v1/statements?date__before=2024', 'date__before', /takes date__overlaps, date__within, date__starts, date__isnull/)
  await isProblem(t, app, '/v1/statements?version__gt=two', 'version__gt', /whole number/)
  await isProblem(t, app, '/v1/statements?version__gt=1.5', 'version__gt', /whole number/)
  await isProblem(t, app, '/v1/meetings?date__within=July', 'date__within', /EDTF/)
  await isProblem(t, app, '/v1/meetings?date__isnull=yes', 'date__isnull', /true or false/)
  await isProblem(t, app, '/v1/actors?name__exact=', 'name__exact', /empty/)
  await isProblem(t, app, '/v1/sources?date__isnull=true', 'date__isnull', /takes no operators here; the fields that do are title .*published/)
  // Several unknown parameters: each is named, and each message says which parameter it is about.
  const res = await app.inject({ url: '/v1/actors?name__x=1&kind__y=2' })
  t.same(res.json().errors.map((e: { name: string }) => e.name).sort(), ['kind__y', 'name__x'])
  t.match(res.json().errors[0].message, /"name__x": .*"kind__y": /)
})

t.test('sorts by several keys: the order of the documented rules', async (t) => {
  const app = await buildApp(t)
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0)
  type Key = [(e: Entry) => string | number, 1 | -1]
  const order = (entries: Entry[], keys: Key[], idDir: 1 | -1) =>
    [...entries].sort((a, b) => keys.reduce((r, [k, d]) => r || d * cmp(k(a), k(b)), 0) || idDir * cmp(a.id, b.id)).map((e) => e.id)
  const dateAsc = (e: Entry) => startOf(e) ?? '9999-12-31' // undated last
  const dateDesc = (e: Entry) => startOf(e) ?? '' // undated last, descending too
  const statements = seed('statements')
  t.same(await allIds(app, '/v1/statements?sort=date,id'), order(statements, [[dateAsc, 1]], 1), 'date, then id')
  t.same(await allIds(app, '/v1/statements?sort=-date,id'), order(statements, [[dateDesc, -1]], 1), '-date, then id ascending')
  t.same(await allIds(app, '/v1/statements?sort=-date'), order(statements, [[dateDesc, -1]], -1), '-date alone: ties by id descending (as before)')
  t.same(await allIds(app, '/v1/statements?sort=source,-date'), order(statements, [[(e) => e.source_id, 1], [dateDesc, -1]], -1), 'source, then -date, ties by id descending')
  const actors = seed('actors')
  t.same(await allIds(app, '/v1/actors?sort=kind,-name'), order(actors, [[(e) => e.kind, 1], [(e) => fold(e.name), -1]], -1), 'kind, then -name')
  const meetings = seed('meetings')
  t.same(await allIds(app, '/v1/meetings?sort=-date,title'), order(meetings, [[dateDesc, -1], [(e) => fold(e.title), 1]], 1), '-date, then title')
  t.same(await allIds(app, '/v1/meetings?sort=-date,title&limit=2'), order(meetings, [[dateDesc, -1], [(e) => fold(e.title), 1]], 1), 'the same, two at a time through the cursor')

  await isProblem(t, app, '/v1/statements?sort=date,kind', 'sort', /"kind" is not a sort key; each key is one of date, id, source, updated_at/)
  await isProblem(t, app, '/v1/statements?sort=date,-date', 'sort', /"date" is given more than once/)
  await isProblem(t, app, '/v1/statements?sort=id,date', 'sort', /id is unique, so no key can follow it/)
  await isProblem(t, app, '/v1/statements?sort=date,source,updated_at,id', 'sort', /at most 3 keys/)
  await isProblem(t, app, '/v1/statements?sort=date,', 'sort', /"" is not a sort key/)
  // A cursor is bound to its sort: one from another order of the same keys is refused.
  const first = (await app.inject({ url: '/v1/statements?sort=date,source&limit=1' })).json()
  const cursor = new URLSearchParams(first.links.next.split('?')[1]).get('cursor') as string
  await isProblem(t, app, `/v1/statements?sort=source,date&limit=1&cursor=${cursor}`, 'cursor', /does not belong to this list and query/)
})
