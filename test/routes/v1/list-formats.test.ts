// Every list as CSV and NDJSON, by Accept, by format= and by the .csv/.ndjson URLs; search and the
// timeline a page at a time; the citation_spans column checked against the source texts.
import t, { type Test } from 'tap'
import { parse } from 'csv-parse/sync'
import { buildApp } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
const COLLECTIONS = ['sources', 'actors', 'meetings', 'agreements', 'statements'] as const

const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('')

async function sourceTexts(app: App): Promise<Map<string, string>> {
  const ids = ((await app.inject({ url: '/v1/sources?limit=500' })).json() as { data: { id: string }[] }).data.map((s) => s.id)
  return new Map(await Promise.all(ids.map(async (id) => [id, (await app.inject({ url: `/v1/sources/${id}/text` })).body] as const)))
}

/** Every citation_spans cell's spans, checked against the source text, and the quotes they should give. */
function checkSpans(t: Test, texts: Map<string, string>, rows: Record<string, string>[], label: string): number {
  let checked = 0
  for (const row of rows) {
    const spans = row.citation_spans ? row.citation_spans.split('; ') : []
    const quotes = row.citation_quotes === undefined ? undefined : row.citation_quotes ? row.citation_quotes.split('; ') : []
    spans.forEach((span, i) => {
      const m = /^([a-z0-9-]+):(\d+)-(\d+)$/.exec(span)
      if (!t.ok(m, `${label} ${row.id}: "${span}" is source_id:start-end`)) return
      const text = texts.get(m![1] as string)
      t.ok(text, `${label} ${row.id}: ${m![1]} is a source`)
      // A quote containing "; " would be split differently; those are compared as a prefix.
      if (quotes && quotes.length === spans.length) t.equal(codePointSlice(text ?? '', Number(m![2]), Number(m![3])), quotes[i], `${label} ${row.id}: the span is the quote`)
      checked++
    })
  }
  return checked
}

t.test('each collection: CSV and NDJSON by Accept, format and URL suffix, the same rows as the JSON list', async (t) => {
  const app = await buildApp(t)
  const texts = await sourceTexts(app)
  for (const c of COLLECTIONS) {
    const query = c === 'statements' ? '?speaker=lloyd-austin&sort=date,id' : c === 'meetings' ? '?date__isnull=false&sort=-date,title' : ''
    const json = (await app.inject({ url: `/v1/${c}${query}${query ? '&' : '?'}limit=500` })).json() as { data: { id: string }[] }
    const ids = json.data.map((d) => d.id)
    t.ok(ids.length > 0, `${c}: the list is not empty`)

    const bySuffix = await app.inject({ url: `/v1/${c}.csv${query}` })
    t.equal(bySuffix.statusCode, 200)
    t.match(bySuffix.headers['content-type'], /^text\/csv; charset=utf-8/)
    const byFormat = await app.inject({ url: `/v1/${c}${query}${query ? '&' : '?'}format=csv` })
    const byAccept = await app.inject({ url: `/v1/${c}${query}`, headers: { accept: 'text/csv' } })
    t.equal(byFormat.body, bySuffix.body, `${c}: format=csv is the .csv URL`)
    t.equal(byAccept.body, bySuffix.body, `${c}: Accept: text/csv is the .csv URL`)
    const rows = parse(bySuffix.body, { columns: true }) as Record<string, string>[]
    t.same(rows.map((r) => r.id), ids, `${c}: the CSV has the list's rows, in its order`)
    if (c !== 'sources') t.ok(checkSpans(t, texts, rows, c) > 0, `${c}: citation spans were checked`)

    const nd = await app.inject({ url: `/v1/${c}.ndjson${query}` })
    t.equal(nd.statusCode, 200)
    t.match(nd.headers['content-type'], /^application\/x-ndjson/)
    const lines = nd.body.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string })
    t.same(lines, json.data, `${c}: NDJSON lines are the JSON list's items`)
    t.equal((await app.inject({ url: `/v1/${c}${query}`, headers: { accept: 'application/x-ndjson' } })).body, nd.body, `${c}: Accept: application/x-ndjson is the .ndjson URL`)
    t.equal((await app.inject({ url: `/v1/${c}${query}${query ? '&' : '?'}format=ndjson` })).body, nd.body, `${c}: format=ndjson is the .ndjson URL`)
  }
  const fields = await app.inject({ url: '/v1/actors.ndjson?fields=id,name&name__prefix=lloyd' })
  t.same(fields.body.split('\n').filter(Boolean).map((l) => JSON.parse(l)), [{ id: 'lloyd-austin', name: 'Lloyd Austin' }], 'fields applies to NDJSON')
  // The suffix routes take no format (the URL says it), and answer only their own media type.
  const both = await app.inject({ url: '/v1/actors.csv?format=json' })
  t.equal(both.statusCode, 400)
  t.equal(both.json().errors[0].name, 'format')
  t.equal((await app.inject({ url: '/v1/actors.csv', headers: { accept: 'application/json' } })).statusCode, 406)
  const bad = await app.inject({ url: '/v1/actors.ndjson?name__near=x' })
  t.equal(bad.statusCode, 400, 'operators are validated on the suffix routes too')
  t.equal(bad.json().errors[0].name, 'name__near')
})

t.test('search and the timeline as CSV and NDJSON, a page at a time', async (t) => {
  const app = await buildApp(t)
  const texts = await sourceTexts(app)
  for (const [path, query] of [['/v1/search', 'q=withdrawal&limit=3'], ['/v1/timeline', 'limit=3&type=meeting,statement']] as const) {
    const json = await app.inject({ url: `${path}?${query}` })
    const items = (json.json() as { data: { type: string; id: string }[] }).data
    t.ok(items.length > 0, `${path}: not empty`)
    const csv = await app.inject({ url: `${path}.csv?${query}` })
    t.equal(csv.statusCode, 200)
    t.match(csv.headers['content-type'], /^text\/csv/)
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[]
    t.same(rows.map((r) => `${r.type}:${r.id}`), items.map((i) => `${i.type}:${i.id}`), `${path}: the CSV rows are the page`)
    t.ok('citation_spans' in (rows[0] ?? {}), `${path}: the CSV has citation_spans`)
    const spans = rows.flatMap((r) => (r.citation_spans ? r.citation_spans.split('; ') : []))
    t.ok(spans.length > 0, `${path}: some hit is cited`)
    for (const span of spans) {
      const [, source, start, end] = /^([a-z0-9-]+):(\d+)-(\d+)$/.exec(span) ?? []
      t.ok(texts.get(source as string) && Number(end) > Number(start) && Number(end) <= Array.from(texts.get(source as string)!).length, `${path}: ${span} lies inside its source`)
    }
    t.equal((await app.inject({ url: `${path}?${query}&format=csv` })).body, csv.body, `${path}: format=csv is the .csv URL`)
    t.equal((await app.inject({ url: `${path}?${query}`, headers: { accept: 'text/csv' } })).body, csv.body, `${path}: Accept: text/csv is the .csv URL`)
    // The next page's link stays on the suffix route.
    t.match(csv.headers.link, new RegExp(`^<${path.replace('/', '\\/')}\\.csv\\?.*cursor=`), `${path}: the Link header points to the next CSV page`)
    const nd = await app.inject({ url: `${path}.ndjson?${query}` })
    t.same(nd.body.split('\n').filter(Boolean).map((l) => JSON.parse(l)), json.json().data, `${path}: NDJSON lines are the page's items`)
    const nextUrl = (link: unknown) => String(link).slice(1, String(link).indexOf('>'))
    const next = await app.inject({ url: nextUrl(csv.headers.link) })
    t.equal(next.statusCode, 200)
    const nextJson = await app.inject({ url: nextUrl(json.headers.link) })
    t.same((parse(next.body, { columns: true }) as Record<string, string>[]).map((r) => r.id), nextJson.json().data.map((i: { id: string }) => i.id), `${path}: the second CSV page is the second JSON page`)
  }
  const pretty = await app.inject({ url: '/v1/search.ndjson?q=withdrawal&limit=2&pretty=true' })
  t.equal(pretty.statusCode, 200, 'pretty=true leaves NDJSON as it is (it indents JSON only)')
  t.equal(pretty.body.split('\n').filter(Boolean).length, 2)
  t.equal((await app.inject({ url: '/v1/search.csv?q=%22unclosed' })).statusCode, 400, 'a search syntax error is still a 400')
  t.equal((await app.inject({ url: '/v1/timeline.ndjson?format=csv' })).statusCode, 400)
})
