/* eslint-disable @typescript-eslint/no-explicit-any -- seed entries and response bodies are loose JSON here */
// The index, full-text search and the timeline, checked against expectations derived from seed/*.yaml.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t, { type Test } from 'tap'
import { parse } from 'yaml'
import { parseEdtf } from '../../../src/domain/edtf.js'
import { fold } from '../../../src/domain/text-fold.js'
import { seedDir } from '../../../src/paths.js'
import { buildApp } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
type Entry = Record<string, any> & { id: string }
const NAMES = ['sources', 'actors', 'meetings', 'agreements', 'statements', 'disputes'] as const
type Name = (typeof NAMES)[number]
const seed = Object.fromEntries(NAMES.map((n) => [n, parse(readFileSync(path.join(seedDir, `${n}.yaml`), 'utf8')) as Entry[]])) as Record<Name, Entry[]>
const doc = (s: Entry) => readFileSync(path.join(seedDir, 'documents', s.file as string), 'utf8')
const get = (app: App, url: string) => app.inject({ method: 'GET', url })
const enc = (p: Record<string, string>) => Object.entries(p).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')

// ---- Search: what each record contributes to the index, and a word-level match ----------------
// As migrations/0001_search_index.sql builds it: an actor's name (title) and its aliases and description (body).
const tokens = (s: string) => new Set(fold(s).split(/[^\p{L}\p{N}]+/u))
const indexed: { type: string; id: string; text: string }[] = [
  ...seed.sources.map((s) => ({ type: 'source', id: s.id, text: `${s.title ?? ''} ${doc(s)}` })),
  ...seed.actors.map((a) => ({ type: 'actor', id: a.id, text: `${a.name} ${(a.aliases ?? []).join(' ')} ${a.description ?? ''}` })),
  ...seed.meetings.map((m) => ({ type: 'meeting', id: m.id, text: `${m.title} ${m.location ?? ''} ${m.description ?? ''}` })),
  ...seed.agreements.map((g) => ({ type: 'agreement', id: g.id, text: `${g.title} ${g.summary ?? ''}` })),
  ...seed.statements.map((s) => ({ type: 'statement', id: s.id, text: s.text as string })),
  // A dispute's question (title), and its note and every claim's answer (body), as migration 0005 builds it.
  ...seed.disputes.map((d) => ({ type: 'dispute', id: d.id, text: `${d.question} ${d.note ?? ''} ${(d.claims as Entry[]).map((c) => c.answer).join(' ')}` })),
]
const hitsFor = (word: string, types?: string[]) =>
  indexed.filter((r) => tokens(r.text).has(fold(word)) && (!types || types.includes(r.type))).map((r) => `${r.type}:${r.id}`).sort()

async function searchAll(t: Test, app: App, p: Record<string, string>) {
  const res = await get(app, `/v1/search?${enc({ limit: '500', ...p })}`)
  t.equal(res.statusCode, 200, `search ${enc(p)}`)
  return res.json()
}
const keys = (data: any[]) => data.map((h) => `${h.type}:${h.id}`)

function isProblem(t: Test, res: Awaited<ReturnType<App['inject']>>, url: string, name: string) {
  t.equal(res.statusCode, 400, `${url} is 400`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  const body = res.json()
  t.match(body, { type: String, title: 'Bad Request', status: 400, detail: String, instance: url.split('?')[0], request_id: String })
  t.match(body.errors, [{ in: 'query', name, message: String }])
  t.equal(body.errors?.[0]?.name, name, `names ${name}`)
}

// ---- Timeline: dated meetings, agreements and statements, and how the filters reach each ------
type Item = { type: 'meeting' | 'agreement' | 'statement' | 'dispute'; e: Entry; start: string | null; end: string | null }
const PLURAL = { meeting: 'meetings', agreement: 'agreements', statement: 'statements', dispute: 'disputes' } as const
// A dispute takes the date of the earliest dated statement of its claims (by first day, then id).
const statementById = new Map(seed.statements.map((s) => [s.id, s]))
const firstDay = (s: Entry) => { const p = parseEdtf(s.date.edtf as string); return p.start ?? p.end ?? '' }
const disputeDate = (d: Entry) => {
  const dated = (d.claims as Entry[]).flatMap((c) => (c.statements as string[]).map((id) => statementById.get(id) as Entry)).filter((s) => s.date.edtf !== null)
  dated.sort((a, b) => (firstDay(a) < firstDay(b) ? -1 : firstDay(a) > firstDay(b) ? 1 : a.id < b.id ? -1 : 1))
  return dated[0]?.date ?? { edtf: null }
}
const items: Item[] = (['meeting', 'agreement', 'statement', 'dispute'] as const).flatMap((type) =>
  seed[PLURAL[type]].map((entry) => {
    const e = type === 'dispute' ? { ...entry, date: disputeDate(entry) } : entry
    const p = e.date.edtf === null ? null : parseEdtf(e.date.edtf as string)
    return { type, e, start: p ? p.start : null, end: p ? p.end : null }
  }),
)
const dated = (i: Item) => i.e.date.edtf !== null
const sortKey = (i: Item) => i.start ?? i.end ?? ''
const involves = (i: Item, actor: string) =>
  i.type === 'meeting' ? (i.e.participants ?? []).some((p: any) => p.actor_id === actor)
  : i.type === 'agreement' ? (i.e.parties ?? []).some((p: any) => p.actor_id === actor)
  : i.type === 'dispute' ? (i.e.actors ?? []).includes(actor)
  : [...(i.e.speakers ?? []), ...(i.e.about ?? [])].includes(actor)
const onTopic = (i: Item, topic: string) =>
  i.type === 'statement' || i.type === 'dispute' ? (i.e.topics ?? []).includes(topic)
  : seed.statements.some((s) => s[`${i.type}_id`] === i.e.id && (s.topics ?? []).includes(topic))

interface TimelineQuery { from?: string; to?: string; actor?: string; topic?: string; type?: string }
function expectTimeline(q: TimelineQuery) {
  const types = q.type?.split(',') ?? ['meeting', 'agreement', 'statement', 'dispute']
  const selected = items.filter(
    (i) => types.includes(i.type) && (!q.actor || q.actor.split(',').some((a) => involves(i, a))) && (!q.topic || q.topic.split(',').some((x) => onTopic(i, x))),
  )
  const inRange = (i: Item) => dated(i) && (!q.from || (i.end ?? '9999-12-31') >= (parseEdtf(q.from).start as string)) && (!q.to || (i.start ?? '0000-01-01') <= (parseEdtf(q.to).end as string))
  const order = selected
    .filter(inRange)
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : a.e.id < b.e.id ? -1 : 1))
    .map((i) => `${i.type}:${i.e.id}`)
  const undated = Object.fromEntries(types.map((ty) => [ty, selected.filter((i) => i.type === ty && !dated(i)).length]))
  return { order, undated }
}
async function walkTimeline(t: Test, app: App, url: string): Promise<string[]> {
  const out: string[] = []
  for (let next: string | null = url; next !== null && out.length < 1000; ) {
    const res: Awaited<ReturnType<App['inject']>> = await get(app, next)
    if (!t.equal(res.statusCode, 200, next)) break
    const body = res.json()
    t.equal(res.headers.link, body.links.next ? `<${body.links.next}>; rel="next"` : undefined, 'Link header equals links.next')
    out.push(...keys(body.data))
    next = body.links.next
  }
  return out
}

// ---- Tests ----------------------------------------------------------------------------------
t.test('GET /v1 counts the seed and links every collection', async (t) => {
  const app = await buildApp(t)
  const res = await get(app, '/v1')
  t.equal(res.statusCode, 200)
  const body = res.json()
  const everyCitation = NAMES.flatMap((n) => seed[n])
    .flatMap((x) => [x, ...(x.participants ?? []), ...(x.parties ?? []), ...(x.affiliations ?? []), ...(x.claims ?? [])])
    .flatMap((x) => x.citations ?? [])
  t.same(body.counts, { ...Object.fromEntries(NAMES.map((n) => [n, seed[n].length])), citations: everyCitation.length })
  t.type(body.revision, 'number')
  t.ok(Number.isInteger(body.revision) && body.revision >= 1, `revision ${body.revision} >= 1`)
  const used = [...new Set(seed.statements.flatMap((s) => s.topics as string[]))]
  t.ok(used.every((x) => body.vocabularies.topics.includes(x)), 'every topic the seed uses is in the vocabulary')
  for (const k of [...NAMES, 'self', 'search', 'timeline']) t.type(body.links[k], 'string', `links.${k}`)
  for (const n of [...NAMES, 'timeline'] as const) t.equal((await get(app, body.links[n])).statusCode, 200, `${body.links[n]} answers`)
  t.equal((await get(app, String(body.links.search).replace('{query}', 'withdrawal'))).statusCode, 200, 'the search template works')
})

t.test('search finds every record that contains the word, of several types', async (t) => {
  const app = await buildApp(t)
  const body = await searchAll(t, app, { q: 'withdrawal' })
  const expected = hitsFor('withdrawal')
  t.same([...keys(body.data)].sort(), expected, `${expected.length} hits`)
  t.equal(body.meta.total, expected.length)
  t.equal(body.meta.query, 'withdrawal')
  t.ok(new Set(body.data.map((h: any) => h.type)).size >= 4, 'statements, agreements, meetings, actors and sources')
  t.ok(body.data.every((h: any, i: number) => i === 0 || h.rank >= body.data[i - 1].rank), 'best (lowest bm25) first')
  t.ok(body.data.every((h: any) => /<mark>withdrawal<\/mark>/i.test(h.snippet)), 'every snippet marks the match')
  t.ok(body.data.every((h: any) => h.links.self === `/v1/${h.type}s/${h.id}` && h.title.length > 0), 'links and titles')

  for (const types of [['statement', 'agreement'], ['actor'], ['source', 'meeting']]) {
    const only = await searchAll(t, app, { q: 'withdrawal', type: types.join(',') })
    t.same([...keys(only.data)].sort(), hitsFor('withdrawal', types), `type=${types.join(',')}`)
  }
  const accents = await searchAll(t, app, { q: 'SŪDĀNĪ', type: 'actor,statement' })
  t.same([...keys(accents.data)].sort(), hitsFor('sudani', ['actor', 'statement']), 'case and accents are ignored')
})

t.test('an exact statement text, quoted, ranks that statement first; snippets are escaped', async (t) => {
  const app = await buildApp(t)
  for (const id of ['ryder-nothing-to-announce', 'hussein-no-additional-fighters-needed', 'austin-bond-10th-year-coalition', 'rudaw-2500-soldiers-004']) {
    const text = seed.statements.find((s) => s.id === id)?.text as string
    const same = seed.statements.filter((s) => s.text === text).map((s) => `statement:${s.id}`).sort()
    const body = await searchAll(t, app, { q: `"${text.replace(/"/g, '')}"` })
    // A text two statements share (one per source) puts both first.
    t.same(keys(body.data).slice(0, same.length).sort(), same, `"${text.slice(0, 30)}…" finds ${same.join(' and ')} first`)
  }
  // The Austin quote holds an apostrophe: it must reach the client HTML-escaped, around real <mark> tags.
  const body = await searchAll(t, app, { q: '"I\'m proud"', type: 'statement' })
  t.same(keys(body.data), seed.statements.filter((s) => /I['’]m proud/.test(s.text)).map((s) => `statement:${s.id}`))
  const snippet = body.data[0]?.snippet ?? ''
  t.match(snippet, /<mark>/)
  t.match(snippet, /&(#39|#x27|apos);/, 'the apostrophe is escaped')
  t.notMatch(snippet.replace(/<\/?mark>/g, ''), /[<>"']/, 'no raw HTML special character is left')
})

t.test('search pagination walks every hit once', async (t) => {
  const app = await buildApp(t)
  const unpaged = await searchAll(t, app, { q: 'Iraq' })
  const all = keys(unpaged.data)
  t.ok(all.length > 20, `${all.length} hits`)
  t.equal(unpaged.meta.total, all.length)
  for (const limit of [3, 10]) {
    const seen: string[] = []
    for (let next: string | null = `/v1/search?q=Iraq&limit=${limit}`; next !== null && seen.length < 1000; ) {
      const body: any = (await get(app, next)).json()
      t.ok(body.data.length <= limit)
      seen.push(...keys(body.data))
      next = body.links.next
    }
    t.same(seen, all, `limit=${limit}: the same hits in the same order`)
    t.equal(new Set(seen).size, seen.length, 'each once')
  }
})

t.test('search refuses what it cannot read, and never fails on hostile text', async (t) => {
  const app = await buildApp(t)
  for (const q of ['"unclosed', 'withdrawal OR', 'NOT x', '*', '', 'AND', 'with*drawal']) {
    const url = `/v1/search?${enc({ q })}`
    isProblem(t, await get(app, url), url, 'q')
  }
  isProblem(t, await get(app, '/v1/search'), '/v1/search', 'q')
  isProblem(t, await get(app, '/v1/search?q=x&type=alien'), '/v1/search?q=x&type=alien', 'type')
  isProblem(t, await get(app, '/v1/search?q=x&cursor=forged'), '/v1/search?q=x&cursor=forged', 'cursor')
  const before = (await get(app, '/v1')).json().counts
  for (const q of ["' OR 1=1 --", "withdrawal'; DROP TABLE statements; --", 'x") OR 1=1 --', 'title:withdrawal', 'NEAR(iraq troops)', '^iraq', '{title body}: iraq', '%_\\', '\u0000']) {
    const res = await get(app, `/v1/search?${enc({ q })}`)
    t.ok([200, 400].includes(res.statusCode), `q=${JSON.stringify(q)} answers ${res.statusCode}`)
  }
  t.same((await get(app, '/v1')).json().counts, before, 'nothing changed')
})

t.test('the timeline orders dated items by first day, then type, then id', async (t) => {
  const app = await buildApp(t)
  const res = await get(app, '/v1/timeline?limit=500')
  t.equal(res.statusCode, 200)
  const body = res.json()
  const { order, undated } = expectTimeline({})
  t.same(keys(body.data), order, `${order.length} dated items`)
  t.ok(body.data.every((d: any) => d.date.edtf !== null && d.date.start === (parseEdtf(d.date.edtf).start ?? null)), 'only dated items, with their first day')
  t.same(body.meta.undated, undated, 'meta.undated counts the undated meetings, agreements and statements')
  t.equal(Object.values(body.meta.undated as Record<string, number>).reduce((a, b) => a + b, 0) + order.length, seed.meetings.length + seed.agreements.length + seed.statements.length + seed.disputes.length)
  const speakers = Object.fromEntries(seed.statements.map((s) => [s.id, s.speakers]))
  t.ok(body.data.filter((d: any) => d.type === 'statement').every((d: any) => JSON.stringify(d.actors.map((a: any) => a.id)) === JSON.stringify(speakers[d.id])), 'statement actors are the speakers')
  const reversed = (await get(app, '/v1/timeline?limit=500&sort=-date')).json()
  t.same(keys(reversed.data), [...order].reverse(), 'sort=-date reverses it')
})

t.test('timeline filters narrow as documented', async (t) => {
  const app = await buildApp(t)
  const cases: TimelineQuery[] = [
    { from: '2024-07-23' }, { to: '2024-01-31' }, { from: '2024-07', to: '2024-07' }, { from: '2024-07-24' }, { to: '2008' },
    { actor: 'pat-ryder' }, { actor: 'iraqi-parliament,mathew-miller' }, { actor: 'global-coalition' },
    { topic: 'withdrawal' }, { topic: 'training,elections' },
    { type: 'meeting,agreement' }, { type: 'statement' },
    { actor: 'united-states', type: 'statement', from: '2024-07-24' }, { topic: 'bilateral-security', to: '2024-07-23' },
  ]
  for (const q of cases) {
    const { order, undated } = expectTimeline(q)
    // An expectation of nothing would pass against a timeline that returns nothing.
    t.ok(order.length + Object.values(undated as Record<string, number>).reduce((a, b) => a + b, 0) > 0, `${enc(q as Record<string, string>)} selects something in the seed`)
    const body = (await get(app, `/v1/timeline?${enc({ ...(q as Record<string, string>), limit: '500' })}`)).json()
    t.same(keys(body.data), order, `${enc(q as Record<string, string>)}: ${order.length} items`)
    t.same(body.meta.undated, undated, 'and its undated counts')
  }
  for (const [url, name] of [['/v1/timeline?from=2024-13', 'from'], ['/v1/timeline?type=source', 'type'], ['/v1/timeline?sort=up', 'sort'], ['/v1/timeline?limit=0', 'limit'], ['/v1/timeline?topic=alien', 'topic'], ['/v1/timeline?when=now', 'when']] as const) {
    isProblem(t, await get(app, url), url, name)
  }
})

t.test('timeline pagination walks the same items', async (t) => {
  const app = await buildApp(t)
  for (const q of [{}, { sort: '-date' }, { actor: 'united-states,iraq', from: '2024' }] as Record<string, string>[]) {
    const all = keys((await get(app, `/v1/timeline?${enc({ ...q, limit: '500' })}`)).json().data)
    t.ok(all.length > 3)
    for (const limit of [1, 4, 7]) {
      const walked = await walkTimeline(t, app, `/v1/timeline?${enc({ ...q, limit: String(limit) })}`)
      t.same(walked, all, `${enc(q)} limit=${limit}`)
    }
  }
  const first = (await get(app, '/v1/timeline?limit=2&type=statement')).json()
  const cursor = new URL(first.links.next as string, 'http://x').searchParams.get('cursor') as string
  const url = `/v1/timeline?limit=2&type=meeting&cursor=${cursor}`
  isProblem(t, await get(app, url), url, 'cursor')
})
