// `fields` means the same on items, JSON lists and CSV: the named fields only.
import { parse } from 'csv-parse/sync'
import t from 'tap'
import { buildApp } from '../../helper.js'

t.test('fields on an item: only those keys, its own ETag, and a 400 for an unknown one', async (t) => {
  const app = await buildApp(t)
  const full = (await app.inject('/v1/statements?limit=1')).json().data[0]
  const url = `/v1/statements/${full.id}`
  const res = await app.inject(`${url}?fields=id,date,speakers`)
  t.equal(res.statusCode, 200)
  t.same(res.json(), { id: full.id, date: full.date, speakers: full.speakers }, 'exactly the named fields, as in the full item')
  const whole = await app.inject(url)
  t.not(res.headers.etag, whole.headers.etag, 'a different representation has a different ETag')
  t.equal((await app.inject({ url: `${url}?fields=id,date,speakers`, headers: { 'if-none-match': res.headers.etag as string } })).statusCode, 304)
  const bad = await app.inject(`${url}?fields=id,nonsense`)
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().errors[0].name, 'fields')
})

t.test('fields on CSV: the columns of those fields, in the usual order', async (t) => {
  const app = await buildApp(t)
  const res = await app.inject('/v1/statements?format=csv&fields=speakers,id,date')
  t.equal(res.statusCode, 200)
  const [header, ...rows] = parse(res.body) as string[][]
  t.same(header, ['id', 'speakers', 'speaker_names', 'date', 'date_start', 'date_end', 'date_precision', 'date_uncertain', 'date_approximate', 'date_basis', 'date_note'])
  const all = parse((await app.inject('/v1/statements?format=csv')).body, { columns: true }) as Record<string, string>[]
  t.equal(rows.length, all.length, 'every row')
  t.ok(rows.length > 0)
  t.same(rows.map((r) => r[0]), all.map((r) => r.id), 'same rows in the same order')
  t.same(rows.map((r) => r[2]), all.map((r) => r.speaker_names), 'the values are those of the full CSV')
  const none = await app.inject('/v1/statements?format=csv&fields=links')
  t.equal(none.statusCode, 400, 'a field with no CSV column selects nothing: 400')
  t.equal(none.json().errors[0].name, 'fields')
})
