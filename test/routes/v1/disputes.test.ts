// The disputes collection: where the sources disagree, served and written like the other collections.
import t, { type Test } from 'tap'
import { createKey } from '../../../src/repositories/api-keys.js'
import { buildApp, dumpData } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
type Res = Awaited<ReturnType<App['inject']>>
const now = () => new Date().toISOString()

const isProblem = (t: Test, res: Res, status: number) => {
  t.equal(res.statusCode, status, `status ${status}: ${res.body.slice(0, 300)}`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  return res.json() as { detail: string; errors?: { pointer?: string; name?: string; message: string }[] }
}

const AA = 'anadolu-us-iraq-continuing-discussions'
const IRNA = 'pentagon-negotiations-with-iraq-continue'
const newDispute = {
  id: 'who-reported-the-deal',
  question: 'Who reported a preliminary withdrawal deal?',
  kind: 'attribution',
  status: 'open',
  note: 'A test dispute.',
  actors: ['united-states'],
  agreement_id: 'withdrawal-by-2026',
  topics: ['withdrawal'],
  claims: [
    { answer: 'Unnamed reports', statements: ['aa-reports-preliminary-deal-2026'], citations: [{ source_id: AA, quote: 'some reports claimed' }] },
    { answer: 'The Wall Street Journal', statements: ['wsj-us-iraq-agreed-withdraw-end-of-year'], citations: [{ source_id: IRNA, quote: 'the Wall Street Journal reported last July' }] },
  ],
}

t.test('the seeded disputes: every README contradiction, each with two or more claims cited verbatim', async (t) => {
  const app = await buildApp(t)
  const res = await app.inject({ url: '/v1/disputes?limit=100' })
  t.equal(res.statusCode, 200)
  const list = res.json().data as { id: string; claims: { statements: { id: string }[]; citations: { source_id: string; start: number; end: number; quote: string }[] }[] }[]
  const ids = list.map((d) => d.id)
  for (const id of ['us-troop-count-iraq', 'withdrawal-by-2026-deal-reached', 'talks-end-presence-or-transition', 'higher-military-commission-origin', 'parliament-resolution-january-1998']) t.ok(ids.includes(id), id)
  t.same(ids, [...ids].sort(), 'ordered by id by default')
  const texts = new Map<string, string[]>()
  for (const d of list) {
    t.ok(d.claims.length >= 2, `${d.id} has two or more claims`)
    for (const c of d.claims) {
      t.ok(c.statements.length >= 1 && c.citations.length >= 1, `${d.id}: a claim has statements and citations`)
      for (const q of c.citations) {
        if (!texts.has(q.source_id)) texts.set(q.source_id, Array.from((await app.inject({ url: `/v1/sources/${q.source_id}/text` })).body))
        t.equal(texts.get(q.source_id)!.slice(q.start, q.end).join(''), q.quote, `${d.id}: the quote is the source text at its offsets`)
      }
    }
  }
  const troops = (await app.inject({ url: '/v1/disputes/us-troop-count-iraq' })).json()
  t.same(troops.claims.map((c: { answer: string }) => c.answer.split(' ')[0]), ['About', '3,000', 'More'])
  t.match(troops.claims[1].statements[0], { id: 'coalition-puts-us-troops-at-3000', source: { id: IRNA }, speakers: [{ id: String }] })
})

t.test('filters, facets, search, CSV and the records that take part in a dispute', async (t) => {
  const app = await buildApp(t)
  const ids = async (query: string) => ((await app.inject({ url: `/v1/disputes?${query}` })).json().data as { id: string }[]).map((d) => d.id)
  const all = (await app.inject({ url: '/v1/disputes?limit=100' })).json().data as { id: string; claims: { citations: { source_id: string }[] }[] }[]
  t.same(await ids('topic=troop-levels'), ['jscd-2024-07-agenda-military-presence', 'us-troop-count-iraq', 'us-withdrawal-timetable-003'])
  t.same(await ids('agreement=withdrawal-by-2026'), ['withdrawal-by-2026-deal-reached'])
  t.same(await ids('kind=origin'), ['higher-military-commission-origin'])
  t.same(await ids('actor=pat-ryder'), ['higher-military-commission-origin'])
  const MENAFN = 'menafn-iraqi-representatives-visit-pentagon'
  t.same(await ids(`source=${MENAFN}`), all.filter((d) => d.claims.some((c) => c.citations.some((x) => x.source_id === MENAFN))).map((d) => d.id), 'the disputes with a claim cited in the source')
  t.ok((await ids(`source=${MENAFN}`)).includes('us-troop-count-iraq'))
  t.same(await ids('status=superseded'), [])
  t.same(await ids('meeting=jscd-2024-07-washington'), ['jscd-2024-07-agenda-military-presence'])
  t.same(await ids('q=troops&kind=figure'), ['us-troop-count-iraq'], 'q searches the question and answers')
  t.same(await ids('sort=-id&limit=2'), ['withdrawal-by-2026-deal-reached', 'us-withdrawal-timetable-003'])

  const walked: string[] = []
  for (let url: string | null = '/v1/disputes?limit=4', pages = 0; url && pages < 10; pages++) {
    const page = (await app.inject({ url })).json() as { data: { id: string }[]; links: { next: string | null } }
    walked.push(...page.data.map((d) => d.id))
    url = page.links.next
  }
  t.same(walked, all.map((d) => d.id), 'the cursor pages through every dispute, in order')

  const faceted = (await app.inject({ url: '/v1/disputes?facet=kind,topic&include_total=true' })).json()
  t.equal(faceted.meta.total, all.length)
  t.match(faceted.meta.facets.kind, [{ value: String, count: Number }])
  t.ok(faceted.meta.facets.topic.some((f: { value: string; count: number }) => f.value === 'withdrawal' && f.count >= 3))

  const csv = await app.inject({ url: '/v1/disputes?format=csv&kind=figure' })
  t.equal(csv.statusCode, 200)
  const [header, row] = csv.body.split('\r\n')
  t.match(header, /^id,question,kind,status,superseded_by,note,actors,meeting_id,agreement_id,topics,claim_answers,claim_statements,citation_sources,citation_quotes,/)
  t.match(row, /^us-troop-count-iraq,How many US troops are in Iraq\?,figure,open,/)

  const statement = (await app.inject({ url: '/v1/statements/coalition-puts-us-troops-at-3000' })).json()
  t.same(statement.disputes, [{ id: 'us-troop-count-iraq', question: 'How many US troops are in Iraq?', kind: 'figure', status: 'open' }])
  const agreement = (await app.inject({ url: '/v1/agreements/withdrawal-by-2026' })).json()
  t.same(agreement.disputes.map((d: { id: string }) => d.id), ['withdrawal-by-2026-deal-reached'])
  const ofDispute = (await app.inject({ url: '/v1/statements?dispute=us-troop-count-iraq&sort=id' })).json().data.map((s: { id: string }) => s.id)
  t.same(ofDispute, ['coalition-puts-us-troops-at-3000', 'iraqi-sources-real-number-higher', 'menafn-2500-troops-advisory-training', 'pentagon-2500-personnel-cjtf-oir', 'rudaw-2500-soldiers', 'rudaw-2500-soldiers-004'])

  const search = (await app.inject({ url: '/v1/search?q=troops&type=dispute' })).json()
  t.ok(search.data.some((h: { type: string; id: string; links: { self: string } }) => h.type === 'dispute' && h.id === 'us-troop-count-iraq' && h.links.self === '/v1/disputes/us-troop-count-iraq'))
  const timeline = (await app.inject({ url: '/v1/timeline?type=dispute&limit=100' })).json()
  t.ok(timeline.data.length >= 1, 'disputes with a dated claim statement are on the timeline')
  for (const item of timeline.data) t.match(item, { type: 'dispute', title: String, date: { edtf: String }, links: { self: /^\/v1\/disputes\// } })
  t.equal(timeline.data.length + (timeline.meta.undated.dispute as number), all.length, 'the others are counted as undated')
  const index = (await app.inject({ url: '/v1' })).json()
  t.equal(index.counts.disputes, all.length)
  t.same(index.vocabularies.dispute_kinds, ['figure', 'existence', 'framing', 'chronology', 'origin', 'date_plausibility', 'attribution'])
})

t.test('reads that fail: 400 for a bad filter, 404 for an unknown id', async (t) => {
  const app = await buildApp(t)
  const bad = isProblem(t, await app.inject({ url: '/v1/disputes?kind=opinion' }), 400)
  t.match(bad.errors, [{ name: 'kind' }])
  const unknownActor = isProblem(t, await app.inject({ url: '/v1/disputes?actor=untied-states' }), 400)
  t.match(unknownActor.detail, /united-states/, 'an unknown id suggests the closest')
  isProblem(t, await app.inject({ url: '/v1/disputes?sort=date' }), 400)
  isProblem(t, await app.inject({ url: '/v1/disputes/no-such-dispute' }), 404)
})

t.test('writes: create with verified citations, 409, 422, 412, patch, and no trace of a refused write', async (t) => {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'curator', 'write', now())
  const auth = { authorization: `Bearer ${key}` }

  const created = await app.inject({ method: 'POST', url: '/v1/disputes', headers: auth, payload: newDispute })
  t.equal(created.statusCode, 201, created.body)
  const body = created.json()
  t.equal(created.headers.location, '/v1/disputes/who-reported-the-deal')
  t.match(body.claims[1].citations[0], { source_id: IRNA, quote: 'the Wall Street Journal reported last July', start: Number, end: Number })
  const read = await app.inject({ url: '/v1/disputes/who-reported-the-deal' })
  t.same(read.json(), body)
  t.equal(read.headers.etag, created.headers.etag)
  const statement = (await app.inject({ url: '/v1/statements/wsj-us-iraq-agreed-withdraw-end-of-year' })).json()
  t.ok(statement.disputes.some((d: { id: string }) => d.id === 'who-reported-the-deal'), 'the statement now lists the new dispute')

  isProblem(t, await app.inject({ method: 'POST', url: '/v1/disputes', headers: auth, payload: newDispute }), 409)

  const before = dumpData(app.db.writer)
  const badQuote = isProblem(t, await app.inject({ method: 'POST', url: '/v1/disputes', headers: auth, payload: { ...newDispute, id: 'x', claims: [newDispute.claims[0], { ...newDispute.claims[1], citations: [{ source_id: IRNA, quote: 'words that are not there' }] }] } }), 422)
  t.match(badQuote.errors, [{ pointer: '/claims/1/citations/0/quote' }])
  const badStatement = isProblem(t, await app.inject({ method: 'POST', url: '/v1/disputes', headers: auth, payload: { ...newDispute, id: 'y', claims: [newDispute.claims[0], { ...newDispute.claims[1], statements: ['no-such-statement'] }] } }), 422)
  t.match(badStatement.errors, [{ pointer: '/claims/1/statements/0' }])
  const sameStatement = isProblem(t, await app.inject({ method: 'POST', url: '/v1/disputes', headers: auth, payload: { ...newDispute, id: 'z', claims: [newDispute.claims[0], { ...newDispute.claims[1], statements: ['aa-reports-preliminary-deal-2026'] }] } }), 422)
  t.match(sameStatement.detail, /already gives the answer of claim 0/)
  const oneClaim = isProblem(t, await app.inject({ method: 'POST', url: '/v1/disputes', headers: auth, payload: { ...newDispute, id: 'w', claims: [newDispute.claims[0]] } }), 400)
  t.match(oneClaim.detail, /at least two claims/)
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/disputes', headers: auth, payload: { ...newDispute, id: 'v', status: 'superseded' } }), 400)
  t.same(dumpData(app.db.writer), before, 'a refused write leaves no trace')

  isProblem(t, await app.inject({ method: 'PATCH', url: '/v1/disputes/who-reported-the-deal', headers: { ...auth, 'if-match': '"stale"' }, payload: { note: 'x' } }), 412)
  const patched = await app.inject({
    method: 'PATCH',
    url: '/v1/disputes/who-reported-the-deal',
    headers: { ...auth, 'if-match': read.headers.etag as string },
    payload: { status: 'superseded', superseded_by: 'rudaw-washington-agreed-withdraw-by-2026', note: 'Settled, for the test.' },
  })
  t.equal(patched.statusCode, 200, patched.body)
  t.match(patched.json(), { status: 'superseded', superseded_by: { id: 'rudaw-washington-agreed-withdraw-by-2026' }, version: 2 })
  const settling = (await app.inject({ url: '/v1/statements/rudaw-washington-agreed-withdraw-by-2026' })).json()
  t.ok(settling.disputes.some((d: { id: string; status: string }) => d.id === 'who-reported-the-deal' && d.status === 'superseded'), 'the settling statement lists it, with its new status')

  const conflict = isProblem(t, await app.inject({ method: 'DELETE', url: '/v1/statements/coalition-puts-us-troops-at-3000', headers: { ...auth, 'if-match': '*' } }), 409)
  t.match(conflict, { referrers: [{ type: 'dispute', id: 'us-troop-count-iraq' }] })
  const deleted = await app.inject({ method: 'DELETE', url: '/v1/disputes/who-reported-the-deal', headers: { ...auth, 'if-match': patched.headers.etag as string } })
  t.equal(deleted.statusCode, 204)
  t.notOk((await app.inject({ url: '/v1/statements/wsj-us-iraq-agreed-withdraw-end-of-year' })).json().disputes.some((d: { id: string }) => d.id === 'who-reported-the-deal'), 'a deleted dispute leaves the statements it named')
  t.same((await app.inject({ url: '/v1/search?q=%22Who%20reported%22&type=dispute' })).json().data, [], 'and the search index')
})

t.test('a statement edit re-stores the documents of the disputes that embed it', async (t) => {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'curator', 'write', now())
  const before = await app.inject({ url: '/v1/disputes/us-troop-count-iraq' })
  const etag = (await app.inject({ url: '/v1/statements/coalition-puts-us-troops-at-3000' })).headers.etag as string
  const patched = await app.inject({
    method: 'PATCH',
    url: '/v1/statements/coalition-puts-us-troops-at-3000',
    headers: { authorization: `Bearer ${key}`, 'if-match': etag },
    payload: { date: { edtf: '2021-10', basis: 'inferred', note: 'for the test' } },
  })
  t.equal(patched.statusCode, 200, patched.body)
  const after = await app.inject({ url: '/v1/disputes/us-troop-count-iraq' })
  t.not(after.headers.etag, before.headers.etag, 'the dispute’s ETag changed')
  t.equal(after.json().claims[1].statements[0].date.edtf, '2021-10')
})
