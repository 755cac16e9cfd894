import { parse } from 'csv-parse/sync'
import t from 'tap'
import { toDrizzle } from '../../../src/db/connection.js'
import { readActorRecord } from '../../../src/repositories/actors.js'
import { ENTITY_TYPES } from '../../../src/domain/vocabulary.js'
import { currentMeta, deleteEntity, STORES, upsertEntity, wireRecord, type AnyRecord } from '../../../src/services/dataset-writer.js'
import { buildApp } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>

async function jsonAll(app: App, url: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = []
  let next: string | null = url
  while (next) {
    const page = (await app.inject({ url: next })).json() as { data: Record<string, unknown>[]; links: { next: string | null } }
    rows.push(...page.data)
    next = page.links.next
  }
  return rows
}

const parseCsv = (body: string) => parse(body, { columns: true, bom: false, relax_quotes: false }) as Record<string, string>[]

t.test('CSV: every matching row, parsing back to the JSON list', async (t) => {
  const app = await buildApp(t)
  for (const [collection, filter] of [['statements', 'speaker=pat-ryder,rudaw&topic=troop-levels,withdrawal'], ['actors', 'kind=person'], ['meetings', ''], ['agreements', 'status=reported_unconfirmed,reached'], ['sources', '']] as const) {
    const json = await jsonAll(app, `/v1/${collection}?limit=3&${filter}`)
    const res = await app.inject({ url: `/v1/${collection}?format=csv&limit=3&${filter}` })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'text/csv; charset=utf-8; header=present')
    t.match(res.headers['content-disposition'], new RegExp(`attachment; filename="${collection}-r\\d+\\.csv"`))
    t.ok(res.body.endsWith('\r\n'), 'CRLF line ends')
    const rows = parseCsv(res.body)
    t.same(rows.map((r) => r.id), json.map((j) => j.id), `${collection}: the same rows in the same order, all of them (not one page of 3)`)
    for (const [i, row] of rows.entries()) {
      const item = json[i] as Record<string, unknown>
      for (const key of ['title', 'name', 'kind', 'status', 'text', 'publisher'] as const) {
        if (key in item) t.equal(row[key], item[key] ?? '', `${collection} ${row.id}: ${key}`)
      }
      t.equal(Number(row.version), item.version)
      if (collection === 'statements') {
        t.equal(row.speakers, (item.speakers as { id: string }[]).map((s) => s.id).join('; '), 'several values joined with "; "')
        t.equal(row.date, (item.date as { edtf: string | null }).edtf ?? '')
      }
    }
  }
  const negotiated = await app.inject({ url: '/v1/statements?speaker=pat-ryder', headers: { accept: 'text/csv' } })
  t.equal(negotiated.headers['content-type'], 'text/csv; charset=utf-8; header=present', 'Accept: text/csv works like format=csv')
  t.equal(negotiated.body, (await app.inject({ url: '/v1/statements?speaker=pat-ryder&format=csv' })).body)
  const explicit = await app.inject({ url: '/v1/statements?speaker=pat-ryder&format=json', headers: { accept: 'text/csv, application/json;q=0.5' } })
  t.match(explicit.headers['content-type'], /^application\/json/, 'format= wins over Accept')
})

t.test('CSV neutralizes spreadsheet formulas and quotes what needs quoting', async (t) => {
  const app = await buildApp(t)
  const record = readActorRecord(toDrizzle(app.db.writer), 'pat-ryder')!
  const hostile = ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', 'plain, with "quotes"\nand a newline']
  upsertEntity(app.db.writer, 'actor', { ...record, description: hostile[0]!, aliases: hostile.slice(1) }, { now: new Date().toISOString(), author: 'test' })
  const rows = parseCsv((await app.inject({ url: '/v1/actors?format=csv&q=ryder' })).body)
  t.equal(rows.length, 1)
  t.equal(rows[0]!.description, `'=HYPERLINK("http://x","click")`)
  t.equal(rows[0]!.aliases, `'+1+1; -2+3; @SUM(A1); \tTab; plain, with "quotes"\nand a newline`, 'the joined cell starts with + so it is prefixed; the rest survive quoting')
})

t.test('CSV errors are problems, not broken downloads; validators work', async (t) => {
  const app = await buildApp(t)
  const bad = await app.inject({ url: '/v1/statements?format=csv&q=%22unclosed' })
  t.equal(bad.statusCode, 400)
  t.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal((await app.inject({ url: '/v1/statements?format=xml' })).statusCode, 400)
  const first = await app.inject({ url: '/v1/meetings?format=csv' })
  t.ok(first.headers.etag)
  const again = await app.inject({ url: '/v1/meetings?format=csv', headers: { 'if-none-match': first.headers.etag as string } })
  t.equal(again.statusCode, 304)
  t.equal(again.body, '')
  t.not((await app.inject({ url: '/v1/meetings?format=csv&kind=talks' })).headers.etag, first.headers.etag, 'another query, another ETag')
})

t.test('NDJSON: a meta line, then every record once, in dependency order', async (t) => {
  const app = await buildApp(t)
  const index = (await app.inject({ url: '/v1' })).json()
  const res = await app.inject({ url: '/v1/export.ndjson' })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/x-ndjson; charset=utf-8')
  const lines = res.body.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; id?: string; revision?: number; counts?: Record<string, number> })
  const [meta, ...records] = lines
  t.equal(meta!.type, 'meta')
  t.equal(meta!.revision, index.revision)
  t.equal(res.headers['x-dataset-revision'], String(index.revision))
  const counts = { source: index.counts.sources, actor: index.counts.actors, meeting: index.counts.meetings, agreement: index.counts.agreements, statement: index.counts.statements }
  t.same(meta!.counts, counts)
  t.equal(records.length, Object.values(counts).reduce((a: number, b) => a + (b as number), 0), 'one line per entity')
  t.same([...new Set(records.map((r) => r.type))], ['source', 'actor', 'meeting', 'agreement', 'statement'])
  t.equal(new Set(records.map((r) => `${r.type}:${r.id}`)).size, records.length, 'each record once')
  const statement = records.find((r) => r.id === 'ryder-nothing-to-announce')
  t.match(statement, { type: 'statement', speakers: ['pat-ryder'], source_id: 'anadolu-us-iraq-continuing-discussions' })
  const cached = await app.inject({ url: '/v1/export.ndjson', headers: { 'if-none-match': res.headers.etag as string } })
  t.equal(cached.statusCode, 304)
})

t.test('NDJSON: each line is the record as it is now, after updates and deletes', async (t) => {
  const app = await buildApp(t)
  const ctx = { now: new Date().toISOString(), author: 'test' }
  const db = toDrizzle(app.db.writer)
  const actor = readActorRecord(db, 'pat-ryder')!
  upsertEntity(app.db.writer, 'actor', { ...actor, description: 'first edit' }, ctx)
  upsertEntity(app.db.writer, 'actor', { ...actor, description: 'second edit' }, ctx)
  upsertEntity(app.db.writer, 'actor', { ...actor, id: 'ndjson-test-actor', name: 'Test Actor', citations: actor.citations, affiliations: [] }, ctx)
  deleteEntity(app.db.writer, 'actor', 'ndjson-test-actor', ctx)
  const lines = (await app.inject({ url: '/v1/export.ndjson' })).body.trimEnd().split('\n').slice(1).map((l) => JSON.parse(l) as { type: string; id: string })
  const expected = ENTITY_TYPES.flatMap((type) => {
    const ids = app.db.reader.prepare(`SELECT id FROM ${STORES[type].table} ORDER BY id`).pluck().all() as string[]
    const read = STORES[type].read as (d: typeof db, id: string) => AnyRecord
    return ids.map((id) => ({ type, ...wireRecord(read(db, id), currentMeta(app.db.reader, type, id)!) }))
  })
  t.same(lines, expected, 'every line equals the stored record read through its repository')
  t.match(lines.find((l) => l.id === 'pat-ryder'), { description: 'second edit' })
  t.notOk(lines.some((l) => l.id === 'ndjson-test-actor'), 'a deleted entity is not exported')
})
