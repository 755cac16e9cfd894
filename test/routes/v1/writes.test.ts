// The write API: every status it promises, round trips, and that a refused write leaves no trace.
import t, { type Test } from 'tap'
import { createKey, revokeKey } from '../../../src/repositories/api-keys.js'
import { buildApp, dumpData } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
const now = () => new Date().toISOString()

async function setup(t: Test) {
  const app = await buildApp(t)
  const write = createKey(app.db.writer, 'curator', 'write', now())
  const read = createKey(app.db.writer, 'reader', 'read', now())
  const auth = (key = write) => ({ authorization: `Bearer ${key}` })
  return { app, write, read, auth }
}

const isProblem = (t: Test, res: Awaited<ReturnType<App['inject']>>, status: number) => {
  t.equal(res.statusCode, status, `status ${status}`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(res.json(), { type: 'about:blank', status, title: String, detail: String, instance: String, request_id: String })
  return res.json()
}

const RUDAW = 'rudaw-us-iraq-reach-understanding'
const newActor = {
  kind: 'person',
  name: 'Thabet Muhammad al-Abbasi',
  aliases: ['al-Abbasi'],
  country: 'IQ',
  citations: [{ source_id: RUDAW, quote: 'Iraqi Minister of Defense Thabet Muhammad al-Abbasi' }],
  affiliations: [
    { organization_id: 'iraq', role: 'Minister of Defense', date: { edtf: '2024-07-23', basis: 'inferred', note: 'the Tuesday of the dialogue' }, citations: [{ source_id: RUDAW, quote: 'Iraqi Minister of Defense' }] },
  ],
}

t.test('create, read back, patch, delete: the happy path, through the change feed', async (t) => {
  const { app, auth } = await setup(t)
  const before = (await app.inject({ url: '/v1' })).json().revision

  const created = await app.inject({ method: 'POST', url: '/v1/actors', headers: auth(), payload: { ...newActor, id: 'abbasi-copy' } })
  t.equal(created.statusCode, 201, created.body)
  t.equal(created.headers.location, '/v1/actors/abbasi-copy')
  const body = created.json()
  t.match(body, { id: 'abbasi-copy', name: 'Thabet Muhammad al-Abbasi', version: 1 })
  const quote = body.citations[0]
  const text = (await app.inject({ url: `/v1/sources/${RUDAW}/text` })).body
  t.equal(Array.from(text).slice(quote.start, quote.end).join(''), quote.quote, 'the server found the quote and stored verified offsets')
  const read = await app.inject({ url: '/v1/actors/abbasi-copy' })
  t.same(read.json(), body, 'a write then a read round-trips')
  t.equal(read.headers.etag, created.headers.etag, 'the ETag of the answer is the ETag a GET gives')

  const patched = await app.inject({
    method: 'PATCH',
    url: '/v1/actors/abbasi-copy',
    headers: { ...auth(), 'if-match': read.headers.etag as string, 'content-type': 'application/merge-patch+json' },
    payload: JSON.stringify({ description: 'Iraqi Minister of Defense.', country: null }),
  })
  t.equal(patched.statusCode, 200, patched.body)
  t.match(patched.json(), { description: 'Iraqi Minister of Defense.', country: null, version: 2, aliases: ['al-Abbasi'] })

  const deleted = await app.inject({ method: 'DELETE', url: '/v1/actors/abbasi-copy', headers: { ...auth(), 'if-match': patched.headers.etag as string } })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  t.equal((await app.inject({ url: '/v1/actors/abbasi-copy' })).statusCode, 404)

  const feed = (await app.inject({ url: `/v1/changes?since=${before}` })).json()
  t.same(feed.data.map((c: { op: string; version: number; author: string }) => [c.op, c.version, c.author]), [['upsert', 1, 'curator'], ['upsert', 2, 'curator'], ['delete', 3, 'curator']], 'each write is one change, with the key name')
})

t.test('a renamed entity moves in the name and title sorts (their folded keys are written with the row)', async (t) => {
  const { app, auth } = await setup(t)
  const first = async (collection: string, sort: string) => (await app.inject({ url: `/v1/${collection}?sort=${sort}&limit=1&fields=id` })).json().data[0].id as string
  const last = async (collection: string, sort: string) => (await app.inject({ url: `/v1/${collection}?sort=-${sort}&limit=1&fields=id` })).json().data[0].id as string
  for (const [collection, sort, field] of [['actors', 'name', 'name'], ['meetings', 'title', 'title'], ['agreements', 'title', 'title']] as const) {
    const target = await last(collection, sort)
    t.not(await first(collection, sort), target, `${collection}: the last by ${sort} is not first to begin with`)
    const etag = (await app.inject({ url: `/v1/${collection}/${target}` })).headers.etag as string
    const res = await app.inject({
      method: 'PATCH',
      url: `/v1/${collection}/${target}`,
      headers: { ...auth(), 'if-match': etag, 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ [field]: 'Ààà first by accent-folded order' }),
    })
    t.equal(res.statusCode, 200, res.body)
    t.equal(await first(collection, sort), target, `${collection}: after the rename it sorts first (Ààà folds to aaa)`)
    t.not(await last(collection, sort), target, `${collection}: and no longer last`)
  }
})

t.test('ids are made from names when not given, and a statement must be verbatim', async (t) => {
  const { app, auth } = await setup(t)
  const withoutId = { ...newActor, name: 'Minister Thābet al-Abbāsī' }
  const a = await app.inject({ method: 'POST', url: '/v1/actors', headers: auth(), payload: withoutId })
  t.equal(a.json().id, 'minister-thabet-al-abbasi', 'a slug of the name, accents folded')
  const b = await app.inject({ method: 'POST', url: '/v1/actors', headers: auth(), payload: withoutId })
  t.equal(b.json().id, 'minister-thabet-al-abbasi-2', 'a second one gets a suffix')
  const seeded = await app.inject({ method: 'POST', url: '/v1/actors', headers: auth(), payload: newActor })
  t.equal(seeded.json().id, 'thabet-muhammad-al-abbasi-2', 'a name the dataset already has gets a suffix too')

  const statement = {
    kind: 'quote',
    source_id: RUDAW,
    text: 'Our bond is especially important',
    speakers: ['lloyd-austin'],
    date: { edtf: null, basis: 'unknown' },
    topics: ['coalition-future'],
  }
  const ok = await app.inject({ method: 'POST', url: '/v1/statements', headers: auth(), payload: statement })
  t.equal(ok.statusCode, 201, ok.body)
  t.match(ok.json(), { speakers: [{ id: 'lloyd-austin' }], text: 'Our bond is especially important' })
  const paraphrased = await app.inject({ method: 'POST', url: '/v1/statements', headers: auth(), payload: { ...statement, text: 'Our bond is very important' } })
  const problem = isProblem(t, paraphrased, 422)
  t.match(problem.errors, [{ in: 'body', pointer: '/text', message: /does not occur in the source/ }])
})

t.test('every refusal is a problem document, and a refused write leaves no trace', async (t) => {
  const { app, auth, read, write } = await setup(t)
  const untouched = dumpData(app.db.reader)

  const anonymous = await app.inject({ method: 'POST', url: '/v1/actors', payload: newActor })
  isProblem(t, anonymous, 401)
  t.equal(anonymous.headers['www-authenticate'], 'Bearer realm="negotiations-api"')
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors', headers: auth('nk_not-a-key'), payload: newActor }), 401)
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors', payload: { not: 'valid' } }), 401)
  isProblem(t, await app.inject({ method: 'PATCH', url: '/v1/actors/lloyd-austin', payload: {} }), 401)
  isProblem(t, await app.inject({ method: 'DELETE', url: '/v1/actors/lloyd-austin' }), 401)
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors', headers: auth(read), payload: newActor }), 403)

  const bad = (payload: unknown) => app.inject({ method: 'POST', url: '/v1/actors', headers: auth(), payload: payload as object })
  t.match(isProblem(t, await bad({ ...newActor, citations: [{ source_id: RUDAW, quote: 'words nobody wrote' }] }), 422).errors, [{ pointer: '/citations/0/quote', message: /does not occur/ }], 'a quote not in the source')
  t.match(isProblem(t, await bad({ ...newActor, citations: [{ source_id: RUDAW, quote: 'Iraq' }] }), 422).errors, [{ pointer: '/citations/0/quote', message: /occurs \d+ times/ }], 'an ambiguous quote')
  t.match(isProblem(t, await bad({ ...newActor, citations: [{ source_id: 'no-such-source', quote: 'x' }] }), 422).errors, [{ pointer: '/citations/0/source_id', message: /"no-such-source", which does not exist/ }])
  t.match(isProblem(t, await bad({ ...newActor, affiliations: [{ ...newActor.affiliations[0], organization_id: 'ministry-of-nothing' }] }), 422).errors, [{ pointer: '/affiliations/0/organization_id', message: /"ministry-of-nothing"/ }], 'a missing reference is named')
  t.match(isProblem(t, await bad({ ...newActor, citations: [{ source_id: RUDAW, start: 5, end: 999999 }] }), 422).errors, [{ pointer: '/citations/0/end' }], 'offsets outside the text')
  t.match(isProblem(t, await bad({ ...newActor, kind: 'alien' }), 400).errors, [{ in: 'body', pointer: '/kind' }], 'an unknown enum value is a 400 on the body')
  t.match(isProblem(t, await bad({ ...newActor, affiliations: [{ ...newActor.affiliations[0], date: { edtf: '2024-13', basis: 'stated' } }] }), 400).errors, [{ pointer: '/affiliations/0/date/edtf' }], 'a malformed EDTF date')
  t.match(isProblem(t, await bad({ ...newActor, id: 'Not A Slug' }), 400).errors, [{ pointer: '/id' }])
  isProblem(t, await bad({ ...newActor, id: 'lloyd-austin' }), 409)
  const wrongType = await app.inject({ method: 'POST', url: '/v1/actors', headers: { ...auth(), 'content-type': 'application/xml' }, payload: '<actor/>' })
  isProblem(t, wrongType, 415)
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"name": ' }), 400)

  const etag = (await app.inject({ url: '/v1/actors/lloyd-austin' })).headers.etag as string
  const patch = (headers: Record<string, string>, payload: object = { description: 'x' }) => app.inject({ method: 'PATCH', url: '/v1/actors/lloyd-austin', headers: { ...auth(), ...headers }, payload })
  const unconditional = isProblem(t, await patch({}), 428)
  t.match(unconditional, { detail: /Send If-Match with the ETag/, errors: [{ in: 'header', name: 'if-match', message: /is required/ }] })
  const spec = app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean }[] }>> }
  for (const method of ['patch', 'delete']) {
    const ifMatch = spec.paths['/v1/actors/{id}']?.[method]?.parameters?.find((p) => p.in === 'header' && p.name === 'if-match')
    t.equal(ifMatch?.required, true, `the spec says If-Match is required on ${method.toUpperCase()}`)
  }
  isProblem(t, await patch({ 'if-match': '"stale"' }), 412)
  t.match(isProblem(t, await patch({ 'if-match': etag }, { citations: [] }), 422).errors, [{ pointer: '/citations', message: /at least one citation/ }], 'a patch whose result is invalid')
  t.match(isProblem(t, await patch({ 'if-match': etag }, { id: 'someone-else' }), 422).errors, [{ pointer: '/id' }])
  isProblem(t, await app.inject({ method: 'PATCH', url: '/v1/actors/nobody', headers: { ...auth(), 'if-match': etag }, payload: {} }), 404)
  const referenced = isProblem(t, await app.inject({ method: 'DELETE', url: '/v1/actors/lloyd-austin', headers: { ...auth(), 'if-match': etag } }), 409)
  // Every record that refers to the actor, as the read API finds them.
  const referring = async (type: string, url: string) => ((await app.inject({ url: `${url}&limit=500&fields=id` })).json().data as { id: string }[]).map(({ id }) => ({ type, id }))
  const expected = [
    ...(await referring('statement', '/v1/statements?speaker=lloyd-austin')),
    ...(await referring('statement', '/v1/statements?about=lloyd-austin')),
    ...(await referring('meeting', '/v1/meetings?participant=lloyd-austin')),
    ...(await referring('agreement', '/v1/agreements?party=lloyd-austin')),
  ]
  const key = (r: { type: string; id: string }) => `${r.type}/${r.id}`
  const unique = [...new Set(expected.map(key))].sort()
  t.ok(unique.length > 1, 'the actor has several referrers')
  t.same((referenced.referrers as { type: string; id: string }[]).map(key).sort(), unique, 'lists every referrer, each once')
  isProblem(t, await app.inject({ method: 'DELETE', url: '/v1/actors/lloyd-austin', headers: auth() }), 428)

  revokeKey(app.db.writer, 'curator', now())
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors', headers: auth(write), payload: newActor }), 401)

  t.same(dumpData(app.db.reader), untouched, 'row counts, rows and the change log are as they were (the key revoked by the test aside)')
})

t.test('sources: text hashed by the server, duplicates refused, text frozen once cited', async (t) => {
  const { app, auth } = await setup(t)
  const article = 'BAGHDAD - Officials met on Sunday. "We agreed on nothing," a spokesman said.'
  const source = { title: 'A test article', publisher: 'Test Wire', language: 'en', published: { edtf: '2024-08', basis: 'stated' }, text: article }
  const created = await app.inject({ method: 'POST', url: '/v1/sources', headers: auth(), payload: source })
  t.equal(created.statusCode, 201, created.body)
  t.match(created.json(), { id: 'a-test-article', text: article, length: Array.from(article).length })
  t.equal((await app.inject({ url: '/v1/sources/a-test-article/text' })).body, article, 'stored exactly')
  const twin = isProblem(t, await app.inject({ method: 'POST', url: '/v1/sources', headers: auth(), payload: { ...source, title: 'Same text again' } }), 409)
  t.equal(twin.existing, '/v1/sources/a-test-article', 'points at the existing source')

  const cite = await app.inject({
    method: 'POST',
    url: '/v1/statements',
    headers: auth(),
    payload: { kind: 'quote', source_id: 'a-test-article', text: 'We agreed on nothing,', speakers: ['iraq'], date: { edtf: null, basis: 'unknown' } },
  })
  t.equal(cite.statusCode, 201, cite.body)
  const etag = (await app.inject({ url: '/v1/sources/a-test-article' })).headers.etag as string
  const frozen = isProblem(t, await app.inject({ method: 'PATCH', url: '/v1/sources/a-test-article', headers: { ...auth(), 'if-match': etag }, payload: { text: `${article} More.` } }), 409)
  t.match(frozen.referrers, [{ type: 'statement' }])
  const retitled = await app.inject({ method: 'PATCH', url: '/v1/sources/a-test-article', headers: { ...auth(), 'if-match': etag }, payload: { title: 'A better title' } })
  t.equal(retitled.statusCode, 200, 'metadata may change')
  t.equal(retitled.json().title, 'A better title')
  isProblem(t, await app.inject({ method: 'DELETE', url: '/v1/sources/a-test-article', headers: { ...auth(), 'if-match': retitled.headers.etag as string } }), 409)
})

t.test('concurrent PATCHes with the same ETag: exactly one wins', async (t) => {
  const { app, auth } = await setup(t)
  const etag = (await app.inject({ url: '/v1/actors/pat-ryder' })).headers.etag as string
  // Over real connections, all in flight at once.
  const origin = await app.listen({ host: '127.0.0.1', port: 0 })
  const results = await Promise.all(
    ['one', 'two', 'three', 'four'].map((n) =>
      fetch(`${origin}/v1/actors/pat-ryder`, { method: 'PATCH', headers: { ...auth(), 'if-match': etag, 'content-type': 'application/json' }, body: JSON.stringify({ description: `Edit ${n}` }) }),
    ),
  )
  t.same(results.map((r) => r.status).sort(), [200, 412, 412, 412])
  const winner = (await Promise.all(results.map(async (r) => ({ status: r.status, body: (await r.json()) as { description?: string } })))).find((r) => r.status === 200)!
  t.equal((await app.inject({ url: '/v1/actors/pat-ryder' })).json().description, winner.body.description, 'the stored description is the winner’s')
  t.equal((await app.inject({ url: '/v1/actors/pat-ryder' })).json().version, 2)
})

t.test('Idempotency-Key: a retry returns the original answer; another body is a 422', async (t) => {
  const { app, auth } = await setup(t)
  const send = (payload: object) => app.inject({ method: 'POST', url: '/v1/actors', headers: { ...auth(), 'idempotency-key': 'add-abbasi-1' }, payload })
  const first = await send(newActor)
  t.equal(first.statusCode, 201)
  const revision = (await app.inject({ url: '/v1' })).json().revision
  const retry = await send(newActor)
  t.equal(retry.statusCode, 201)
  t.same(retry.json(), first.json(), 'the same body')
  t.equal(retry.headers.location, first.headers.location)
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.equal((await app.inject({ url: '/v1' })).json().revision, revision, 'nothing written twice')
  t.match(isProblem(t, await send({ ...newActor, name: 'Someone Else' }), 422).errors, [{ in: 'header', name: 'idempotency-key' }])
})

t.test('merging a duplicate moves everything, redirects the old id, and is in the feed', async (t) => {
  const { app, auth } = await setup(t)
  const created = await app.inject({
    method: 'POST',
    url: '/v1/actors',
    headers: auth(),
    payload: { id: 'l-austin', kind: 'person', name: 'L. Austin', citations: [{ source_id: RUDAW, quote: 'Lloyd Austin' }] },
  })
  t.equal(created.statusCode, 201, created.body)
  const speech = await app.inject({
    method: 'POST',
    url: '/v1/statements',
    headers: auth(),
    payload: { kind: 'quote', source_id: RUDAW, text: "I'm proud to have been a part of that fight", speakers: ['l-austin'], date: { edtf: null, basis: 'unknown' } },
  })
  t.equal(speech.statusCode, 201, speech.body)
  const revision = (await app.inject({ url: '/v1' })).json().revision

  const merged = await app.inject({ method: 'POST', url: '/v1/actors/l-austin/merge', headers: auth(), payload: { into: 'lloyd-austin' } })
  t.equal(merged.statusCode, 200, merged.body)
  t.ok(merged.json().aliases.includes('L. Austin'), 'the old name becomes an alias')
  t.ok(merged.json().citations.some((c: { quote: string }) => c.quote === 'Lloyd Austin'), 'citations move')
  const moved = (await app.inject({ url: `/v1/statements/${speech.json().id}` })).json()
  t.same(moved.speakers.map((s: { id: string }) => s.id), ['lloyd-austin'], 'relations move')

  const old = await app.inject({ url: '/v1/actors/l-austin?pretty=true' })
  t.equal(old.statusCode, 308)
  t.equal(old.headers.location, '/v1/actors/lloyd-austin?pretty=true')
  const feed = (await app.inject({ url: `/v1/changes?since=${revision}` })).json().data
  t.same(feed.map((c: { entity_type: string; id: string; op: string }) => `${c.op} ${c.entity_type} ${c.id}`), [`upsert statement ${speech.json().id}`, 'upsert actor lloyd-austin', 'delete actor l-austin'])
  t.same(feed.at(-1).data, { merged_into: 'lloyd-austin' }, 'the tombstone says where the id went')

  isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors/l-austin/merge', headers: auth(), payload: { into: 'lloyd-austin' } }), 404)
  t.match(isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors/pat-ryder/merge', headers: auth(), payload: { into: 'nobody' } }), 422).errors, [{ pointer: '/into' }])
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors/pat-ryder/merge', headers: auth(), payload: { into: 'pat-ryder' } }), 422)
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/actors', headers: auth(), payload: { id: 'l-austin', kind: 'person', name: 'X', citations: [{ source_id: RUDAW, quote: 'Lloyd Austin' }] } }), 409)
})

t.test('citations copied from a GET can be sent back; a wrong quote at given offsets is refused', async (t) => {
  const { app, auth } = await setup(t)
  const current = await app.inject({ url: '/v1/actors/fouad-hussein' })
  const citations = [...current.json().citations, { source_id: RUDAW, quote: 'US Department of Defense Secretary Lloyd Austin' }]
  const patched = await app.inject({
    method: 'PATCH',
    url: '/v1/actors/fouad-hussein',
    headers: { ...auth(), 'if-match': current.headers.etag as string, 'content-type': 'application/merge-patch+json' },
    payload: JSON.stringify({ citations }),
  })
  t.equal(patched.statusCode, 200, patched.body)
  t.equal(patched.json().citations.length, current.json().citations.length + 1)
  const [first] = current.json().citations
  const wrong = await app.inject({
    method: 'PATCH',
    url: '/v1/actors/fouad-hussein',
    headers: { ...auth(), 'if-match': '*' },
    payload: { citations: [{ ...first, quote: `${first.quote} (edited)` }] },
  })
  t.equal(wrong.statusCode, 422)
  t.match(wrong.json().errors, [{ pointer: '/citations/0/quote', message: /not "/ }])
})

t.test('merging meetings and agreements moves what refers to them', async (t) => {
  const { app, auth } = await setup(t)
  const meetingStatements = (id: string) => app.inject({ url: `/v1/statements?meeting=${id}&fields=id` }).then((r) => r.json().data.map((s: { id: string }) => s.id).sort())
  const moving = await meetingStatements('pentagon-briefing-ryder-monday')
  const staying = await meetingStatements('hmc-ongoing-discussions')
  t.ok(moving.length > 0)
  const merged = await app.inject({ method: 'POST', url: '/v1/meetings/pentagon-briefing-ryder-monday/merge', headers: auth(), payload: { into: 'hmc-ongoing-discussions' } })
  t.equal(merged.statusCode, 200, merged.body)
  t.same(await meetingStatements('hmc-ongoing-discussions'), [...staying, ...moving].sort(), 'statements follow the meeting')
  t.equal((await app.inject({ url: '/v1/meetings/pentagon-briefing-ryder-monday' })).statusCode, 308)

  const agreementStatements = (id: string) => app.inject({ url: `/v1/statements?agreement=${id}&fields=id` }).then((r) => r.json().data.length as number)
  const before = (await agreementStatements('us-combat-troops-leave-by-end-of-this-year')) + (await agreementStatements('planned-statement-us-troops-leave-end-of-year'))
  const agreement = await app.inject({ method: 'POST', url: '/v1/agreements/planned-statement-us-troops-leave-end-of-year/merge', headers: auth(), payload: { into: 'us-combat-troops-leave-by-end-of-this-year' } })
  t.equal(agreement.statusCode, 200, agreement.body)
  t.equal(await agreementStatements('us-combat-troops-leave-by-end-of-this-year'), before)
  const check = (await import('../../../src/services/dataset-check.js')).checkDataset(app.db.reader)
  t.same(check, [], 'the dataset still checks out')
})

t.test('citations are capped per list and per write; the refusal names the limit and stores nothing', async (t) => {
  const { app, auth } = await setup(t)
  const before = dumpData(app.db.writer)
  const quote = { source_id: RUDAW, quote: 'Iraqi Minister of Defense' }
  const post = (payload: object) => app.inject({ method: 'POST', url: '/v1/actors', headers: auth(), payload })
  const many = (n: number) => Array.from({ length: n }, () => quote)

  const longList = isProblem(t, await post({ ...newActor, citations: many(51) }), 422)
  t.match(longList.detail, /at most 50 in one list/)
  t.match(longList.errors, [{ in: 'body', pointer: '/citations', message: /has 51 citations; at most 50/ }])
  const inRelation = isProblem(t, await post({ ...newActor, affiliations: [{ ...newActor.affiliations[0], citations: many(75) }] }), 422)
  t.match(inRelation.errors, [{ pointer: '/affiliations/0/citations', message: /has 75 citations/ }])

  const affiliations = Array.from({ length: 3 }, (_, j) => ({ ...newActor.affiliations[0], role: `Role ${j}`, citations: many(50) }))
  const tooMany = isProblem(t, await post({ ...newActor, affiliations }), 413)
  t.match(tooMany.detail, /this write has 151; at most 100 are verified in one request/)
  // The 3,000 citations of the report: refused at once rather than matched for seconds.
  const report = isProblem(t, await post({ ...newActor, citations: many(3000) }), 422)
  t.match(report.errors, [{ pointer: '/citations', message: /has 3000 citations/ }])

  const etag = (await app.inject({ url: '/v1/actors/lloyd-austin' })).headers.etag as string
  const patched = await app.inject({ method: 'PATCH', url: '/v1/actors/lloyd-austin', headers: { ...auth(), 'if-match': etag }, payload: { affiliations } })
  isProblem(t, patched, 413)
  t.same(dumpData(app.db.writer), before, 'no refused write left a trace')

  const atTheLimit = await post({ ...newActor, id: 'at-the-limit', citations: [newActor.citations[0], ...many(49)], affiliations: affiliations.slice(0, 1) })
  t.equal(atTheLimit.statusCode, 201, 'exactly 50 in a list and 100 in all are accepted')
  t.equal(atTheLimit.json().citations.length, 50)
})
