// Filter values that would silently mislead: unknown ids, ids retired by a merge, reversed date ranges.
// Through the HTTP API (app.inject) on the seed dataset, for every list that takes such filters.
import t, { type Test } from 'tap'
import { createKey } from '../../src/repositories/api-keys.js'
import { buildApp } from '../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
type Res = Awaited<ReturnType<App['inject']>>

const problem400 = (t: Test, res: Res) => {
  t.equal(res.statusCode, 400, res.body)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  return res.json() as { detail: string; errors: { in: string; name: string; message: string }[] }
}

t.test('an id that names no record is a 400 naming the value and suggesting the closest ids', async (t) => {
  const app = await buildApp(t)
  const body = problem400(t, await app.inject({ url: '/v1/statements?speaker=lloyd-austen' }))
  t.same(body.errors.map((e) => e.name), ['speaker'])
  t.match(body.errors[0]?.message, /no actor has the id "lloyd-austen"; did you mean "lloyd-austin"/)
  t.match(body.detail, /query parameter "speaker": no actor has the id "lloyd-austen"/)

  // A typo at the start of the id: found through the name, not the id order.
  t.match(problem400(t, await app.inject({ url: '/v1/meetings?participant=loyd-austin' })).errors[0]?.message, /did you mean "lloyd-austin"/)

  // Several values: each unknown one is named, the known ones are not.
  const several = problem400(t, await app.inject({ url: '/v1/statements?speaker=pat-ryder,lloyd-austen,zzqx' }))
  t.same(several.errors.map((e) => e.message.match(/"([^"]+)"/)?.[1]), ['lloyd-austen', 'zzqx'])
  t.match(several.errors[1]?.message, /no id is close to it; the actors are listed at \/v1\/actors/)

  // Suggestions are looked up for the first few unknown values only; every one is still named.
  const many = Array.from({ length: 8 }, (_, i) => `lloyd-austen-${i}`)
  const manyErrors = problem400(t, await app.inject({ url: `/v1/statements?speaker=${many.join(',')}&from=2025&to=2024` })).errors.filter((e) => e.name === 'speaker')
  t.same(manyErrors.map((e) => e.message.match(/"([^"]+)"/)?.[1]), many, 'every unknown value is named')
  t.equal(manyErrors.filter((e) => /did you mean/.test(e.message)).length, 5, 'the first five get suggestions')

  for (const url of [
    '/v1/statements?source=rudaw-us-iraq-reach-understandin',
    '/v1/statements?meeting=jscd-2024-07-washingtn',
    '/v1/statements?agreement=withdrawal-by-2025',
    '/v1/agreements?party=united-state',
    '/v1/actors?source=rudaw-baghdad-technical-consultation',
    '/v1/timeline?actor=lloyd-austen',
    '/v1/statements?speaker=lloyd-austen&format=csv',
  ]) {
    const errors = problem400(t, await app.inject({ url })).errors
    t.equal(errors.length, 1, url)
    t.match(errors[0]?.message, /did you mean "[a-z0-9-]+"/, `${url} suggests an id`)
  }
  t.match(problem400(t, await app.inject({ url: '/v1/statements?agreement=withdrawal-by-2025' })).errors[0]?.message, /"withdrawal-by-2026"/)

  // Existing ids still filter as before.
  const ok = await app.inject({ url: '/v1/statements?speaker=lloyd-austin&fields=id' })
  t.equal(ok.statusCode, 200)
  t.same(ok.json().data, [{ id: 'austin-bond-10th-year-coalition' }])
})

t.test('an id retired by a merge filters as its survivor, in lists, exports and the timeline', async (t) => {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'curator', 'write', new Date().toISOString())
  const headers = { authorization: `Bearer ${key}` }
  const created = await app.inject({
    method: 'POST',
    url: '/v1/actors',
    headers,
    payload: { id: 'l-austin', kind: 'person', name: 'L. Austin', citations: [{ source_id: 'rudaw-us-iraq-reach-understanding', quote: 'Lloyd Austin' }] },
  })
  t.equal(created.statusCode, 201, created.body)
  const merged = await app.inject({ method: 'POST', url: '/v1/actors/l-austin/merge', headers, payload: { into: 'lloyd-austin' } })
  t.equal(merged.statusCode, 200, merged.body)

  for (const [retired, survivor] of [
    ['/v1/statements?speaker=l-austin&fields=id', '/v1/statements?speaker=lloyd-austin&fields=id'],
    ['/v1/meetings?participant=l-austin,pat-ryder&fields=id', '/v1/meetings?participant=lloyd-austin,pat-ryder&fields=id'],
    ['/v1/timeline?actor=l-austin', '/v1/timeline?actor=lloyd-austin'],
  ] as const) {
    const old = await app.inject({ url: retired })
    t.equal(old.statusCode, 200, old.body)
    const expected = (await app.inject({ url: survivor })).json().data
    t.ok(expected.length > 0, `${survivor} is not empty`)
    t.same(old.json().data, expected, `${retired} answers what ${survivor} does`)
  }
  const csv = await app.inject({ url: '/v1/statements?speaker=l-austin&format=csv' })
  t.equal(csv.statusCode, 200)
  t.match(csv.body, /austin-bond-10th-year-coalition/)
})

t.test('a date range that ends before it starts is a 400 naming from and to', async (t) => {
  const app = await buildApp(t)
  // Suggestions are looked up for the first few unknown values only; every one is still named.
  const many = Array.from({ length: 8 }, (_, i) => `lloyd-austen-${i}`)
  const manyErrors = problem400(t, await app.inject({ url: `/v1/statements?speaker=${many.join(',')}&from=2025&to=2024` })).errors.filter((e) => e.name === 'speaker')
  t.same(manyErrors.map((e) => e.message.match(/"([^"]+)"/)?.[1]), many, 'every unknown value is named')
  t.equal(manyErrors.filter((e) => /did you mean/.test(e.message)).length, 5, 'the first five get suggestions')

  for (const url of ['/v1/statements?from=2024-08&to=2024-07', '/v1/agreements?from=2024-07-24&to=2024-07-23', '/v1/timeline?from=2025&to=2024', '/v1/sources?from=2024-08&to=2024-07']) {
    const body = problem400(t, await app.inject({ url }))
    t.same(body.errors.map((e) => e.name), ['from', 'to'], url)
    t.match(body.errors[0]?.message, /the range is reversed/)
  }
  // Overlap, not containment: a day inside the month of `to` is not reversed.
  t.equal((await app.inject({ url: '/v1/statements?from=2024-07-20&to=2024-07' })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/statements?from=2024-07&to=2024-07' })).statusCode, 200)
})
