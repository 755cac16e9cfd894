// Stored documents are byte-identical to the documents built from the tables, for every record,
// after every kind of write: create, patch (a rename that many records embed, a source edit),
// delete, merge, a seed update and a mirror's replay, disputes and the statements they embed; and on a
// generated database.
import path from 'node:path'
import t, { type Test } from 'tap'
import { z } from 'zod'
import { openSqlite, type Sqlite } from '../../src/db/connection.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { ensureDatasetMeta } from '../../src/db/dataset-meta.js'
import type { EntityType } from '../../src/domain/vocabulary.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { SourceDetail } from '../../src/schemas/entities.js'
import { COLLECTION_OF } from '../../src/services/collections.js'
import { documentEtag, renderDocuments } from '../../src/services/documents.js'
import { applyBatch } from '../../src/services/mirror.js'
import { seedDatabase } from '../../src/services/seed/load.js'
import type { FeedChange } from '../../src/services/dataset-writer.js'
import { buildApp, copySeed, editSeedFile, runScript, scratchDir } from '../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
const TYPES = Object.keys(COLLECTION_OF) as EntityType[]

/** Every stored document equals the one built from the tables now, and its ETag is the hash of its bytes. */
function checkAllDocuments(t: Test, db: Sqlite, when: string): number {
  let checked = 0
  const wrong: string[] = []
  for (const type of TYPES) {
    const { table } = COLLECTION_OF[type]
    const rows = db.prepare(`SELECT id, document, document_etag AS etag FROM ${table} ORDER BY id`).all() as { id: string; document: string | null; etag: string | null }[]
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500)
      const built = renderDocuments(db, type, batch.map((r) => r.id))
      for (const row of batch) {
        checked++
        if (row.document !== built.get(row.id) || row.etag !== documentEtag(row.document ?? '')) wrong.push(`${type} ${row.id}`)
      }
    }
  }
  t.ok(checked > 0, `${when}: there are documents to check`)
  t.same(wrong, [], `${when}: all ${checked} stored documents are byte-identical to the tables`)
  return checked
}

async function setup(t: Test) {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'curator', 'write', new Date().toISOString())
  const headers = { authorization: `Bearer ${key}` }
  const write = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, status = method === 'POST' ? 201 : method === 'PATCH' ? 200 : 204) => {
    const extra: Record<string, string> = {}
    if (method !== 'POST') extra['if-match'] = (await app.inject(url)).headers.etag as string
    if (method === 'PATCH') extra['content-type'] = 'application/merge-patch+json'
    const res = await app.inject({ method, url, headers: { ...headers, ...extra }, ...(payload ? { payload } : {}) })
    t.equal(res.statusCode, status, `${method} ${url}: ${res.body.slice(0, 200)}`)
    return res
  }
  return { app, write }
}

const topSpeaker = (app: App) =>
  (app.db.reader.prepare('SELECT actor_id FROM statement_speakers GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT 1').get() as { actor_id: string }).actor_id

t.test('the seed: every document, and what items and lists serve', async (t) => {
  const { app } = await setup(t)
  checkAllDocuments(t, app.db.reader, 'after seeding')
  // A source item is its document with the text appended: the same bytes as encoding the detail schema.
  const id = 'rudaw-us-iraq-reach-understanding'
  const [hydrated] = COLLECTION_OF.source.hydrate(app.db.reader, [id])
  const res = await app.inject(`/v1/sources/${id}`)
  t.equal(res.body, JSON.stringify(z.encode(SourceDetail, hydrated as z.input<typeof SourceDetail>)), 'a source item is byte-identical to its detail form')
  const page = await app.inject('/v1/statements?limit=5')
  const stored = page.json().data.map((s: { id: string }) => renderDocuments(app.db.reader, 'statement', [s.id]).get(s.id))
  t.equal(page.body.slice(0, page.body.lastIndexOf('],"links"') + 1), `{"data":[${stored.join(',')}]`, 'a list page splices the documents as stored')
})

t.test('every write path re-stores exactly what it changed', async (t) => {
  const { app, write } = await setup(t)
  const speaker = topSpeaker(app)
  const embedding = (app.db.reader.prepare('SELECT count(*) AS n FROM statement_speakers WHERE actor_id = ?').get(speaker) as { n: number }).n
  t.ok(embedding > 1, `the top speaker (${speaker}) is embedded in ${embedding} statements`)

  await write('PATCH', `/v1/actors/${speaker}`, { name: 'Renamed By A Test' })
  checkAllDocuments(t, app.db.reader, 'after renaming the top speaker')
  const embedded = (await app.inject(`/v1/statements?speaker=${speaker}&limit=500`)).json().data
  t.ok(embedded.length === embedding && embedded.every((s: { speakers: { id: string; name: string }[] }) => s.speakers.some((a) => a.id === speaker && a.name === 'Renamed By A Test')), 'every statement of the speaker shows the new name')

  await write('PATCH', '/v1/sources/rudaw-us-iraq-reach-understanding', { title: 'A title changed by a test' })
  checkAllDocuments(t, app.db.reader, 'after editing a source')

  const created = await write('POST', '/v1/actors', {
    kind: 'person',
    name: 'Thabet Muhammad al-Abbasi',
    citations: [{ source_id: 'rudaw-us-iraq-reach-understanding', quote: 'Iraqi Minister of Defense Thabet Muhammad al-Abbasi' }],
    affiliations: [{ organization_id: 'iraq', role: 'Minister of Defense', date: { edtf: '2024-07-23', basis: 'inferred', note: 'the Tuesday of the dialogue' }, citations: [{ source_id: 'rudaw-us-iraq-reach-understanding', quote: 'Iraqi Minister of Defense' }] }],
  })
  const newId = created.json().id as string
  checkAllDocuments(t, app.db.reader, 'after a create with an affiliation and citations')
  const iraq = (await app.inject('/v1/actors/iraq')).json()
  t.ok(iraq.members.some((m: { person: { id: string } }) => m.person.id === newId), 'the organization now lists the new member')

  // Disputes embed their claims' statements, and those statements list the disputes.
  await write('PATCH', '/v1/statements/coalition-puts-us-troops-at-3000', { date: { edtf: '2021-10', basis: 'inferred', note: 'set by a test' } })
  checkAllDocuments(t, app.db.reader, 'after editing a statement a dispute embeds')
  const claim = (statement: string, source: string, quote: string) => ({ answer: `As ${statement} has it`, statements: [statement], citations: [{ source_id: source, quote }] })
  await write('POST', '/v1/disputes', {
    id: 'test-dispute',
    question: 'A question for a test?',
    kind: 'framing',
    status: 'open',
    actors: [speaker],
    meeting_id: 'jscd-2024-07-washington',
    topics: ['withdrawal'],
    claims: [claim('ryder-conversations-ongoing', 'anadolu-us-iraq-continuing-discussions', 'Those conversations are ongoing'), claim('rudaw-2500-soldiers', 'rudaw-us-iraq-reach-understanding', 'around 2,500 soldiers')],
  })
  checkAllDocuments(t, app.db.reader, 'after creating a dispute')
  await write('PATCH', '/v1/disputes/test-dispute', { claims: [claim('ryder-nothing-to-announce', 'anadolu-us-iraq-continuing-discussions', 'nothing to announce'), claim('rudaw-2500-soldiers', 'rudaw-us-iraq-reach-understanding', 'around 2,500 soldiers')], meeting_id: null })
  checkAllDocuments(t, app.db.reader, 'after changing which statements a dispute names')
  const named = async (url: string) => ((await app.inject(url)).json().disputes as { id: string }[]).some((d) => d.id === 'test-dispute')
  t.notOk(await named('/v1/statements/ryder-conversations-ongoing'), 'the statement no longer named no longer lists the dispute')
  t.notOk(await named('/v1/meetings/jscd-2024-07-washington'), 'nor does the meeting')
  t.ok(await named('/v1/statements/ryder-nothing-to-announce'), 'the statement now named lists it')
  await write('DELETE', '/v1/disputes/test-dispute')
  checkAllDocuments(t, app.db.reader, 'after deleting a dispute')

  const statement = (app.db.reader.prepare('SELECT id FROM statements WHERE id NOT IN (SELECT statement_id FROM claim_statements) ORDER BY id LIMIT 1').get() as { id: string }).id
  await write('DELETE', `/v1/statements/${statement}`)
  checkAllDocuments(t, app.db.reader, 'after a delete')

  const merged = await app.inject({ method: 'POST', url: `/v1/actors/${newId}/merge`, headers: { authorization: `Bearer ${createKey(app.db.writer, 'merger', 'write', new Date().toISOString())}` }, payload: { into: speaker } })
  t.equal(merged.statusCode, 200, merged.body.slice(0, 200))
  checkAllDocuments(t, app.db.reader, 'after a merge')

  const seed = copySeed(t)
  editSeedFile(seed, 'actors.yaml', (entries) => {
    const entry = entries.find((e) => e.id === speaker) ?? entries[0]!
    entry.description = 'Described by a seed update.'
  })
  const counts = seedDatabase(app.db.writer, seed)
  t.ok(Object.values(counts).some((c) => c.updated > 0), 'the seed update changed something')
  checkAllDocuments(t, app.db.reader, 'after a seed update')

  // A mirror replays the feed into an empty database: its documents are the primary's, byte for byte.
  const mirror = openSqlite(path.join(scratchDir(t), 'mirror.db'))
  t.after(() => mirror.close())
  applyMigrations(mirror)
  ensureDatasetMeta(mirror)
  for (let since = 0; ; ) {
    const page = (await app.inject(`/v1/changes?since=${since}&limit=1000`)).json() as { data: FeedChange[]; next_since: number }
    if (page.data.length === 0) break
    applyBatch(mirror, page.data)
    since = page.next_since
  }
  checkAllDocuments(t, mirror, 'in a mirror after replaying the feed')
  for (const type of TYPES) {
    const { table } = COLLECTION_OF[type]
    const dump = (db: Sqlite) => db.prepare(`SELECT id, document, document_etag FROM ${table} ORDER BY id`).all()
    t.same(dump(mirror), dump(app.db.reader), `the mirror's ${table} documents and ETags equal the primary's`)
  }
})

t.test('a generated database: every document is built and byte-identical', async (t) => {
  const out = path.join(scratchDir(t), 'gen.db')
  const run = await runScript('src/cli/gen/main.ts', ['--statements', '3000', '--out', out], {}, 120_000)
  t.equal(run.code, 0, run.stderr)
  const db = openSqlite(out, { readonly: true })
  t.after(() => db.close())
  t.ok(checkAllDocuments(t, db, 'after gen') > 3000, 'statements and the rest')
})
