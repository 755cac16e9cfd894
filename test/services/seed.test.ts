import path from 'node:path'
import { readFileSync } from 'node:fs'
import t, { type Test } from 'tap'
import { parse } from 'yaml'
import { openSqlite } from '../../src/db/connection.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { seedDir } from '../../src/paths.js'
import { checkDataset } from '../../src/services/dataset-check.js'
import { SeedError } from '../../src/services/seed/failures.js'
import { seedDatabase } from '../../src/services/seed/load.js'
import { copySeed, dumpDatabase, editSeedFile, scratchDir } from '../helper.js'

const freshDatabase = (t: Test, name = 'seed.db') => {
  const sqlite = openSqlite(path.join(scratchDir(t), name))
  t.after(() => sqlite.close())
  applyMigrations(sqlite)
  return sqlite
}

const count = (sqlite: ReturnType<typeof openSqlite>, table: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

function catchSeedError(run: () => unknown): SeedError {
  try {
    run()
  } catch (error) {
    if (error instanceof SeedError) return error
    throw error
  }
  throw new Error('expected the seed to be refused')
}

const seedFile = (file: string) => parse(readFileSync(path.join(seedDir, file), 'utf8')) as { id: string }[]

t.test('the curated seed loads whole and passes every check', async (t) => {
  const sqlite = freshDatabase(t)
  const counts = seedDatabase(sqlite, seedDir)
  for (const kind of ['sources', 'actors', 'meetings', 'agreements', 'statements', 'disputes'] as const) {
    const entries = seedFile(`${kind}.yaml`)
    t.equal(counts[kind].inserted, entries.length, `every ${kind} entry is inserted`)
    t.equal(count(sqlite, kind), entries.length)
  }
  t.equal(count(sqlite, 'sources'), 5, 'all five seed documents are sources')
  t.same(checkDataset(sqlite, seedDir), [], 'db:check finds nothing wrong')
})

t.test('every stored citation is exactly the slice of its source between its offsets', async (t) => {
  const sqlite = freshDatabase(t)
  seedDatabase(sqlite, seedDir)
  const texts = new Map(
    (sqlite.prepare('SELECT id, text FROM sources').all() as { id: string; text: string }[]).map((s) => [s.id, Array.from(s.text)]),
  )
  const spans = [
    ...(sqlite.prepare('SELECT source_id AS s, start, "end" AS e, quote FROM citations').all() as { s: string; start: number; e: number; quote: string }[]),
    ...(sqlite.prepare('SELECT source_id AS s, text_start AS start, text_end AS e, text AS quote FROM statements').all() as { s: string; start: number; e: number; quote: string }[]),
  ]
  t.ok(spans.length > 100, `${spans.length} spans checked`)
  const wrong = spans.filter((c) => texts.get(c.s)?.slice(c.start, c.e).join('') !== c.quote)
  t.same(wrong, [], 'no span differs from its source (sliced by code points, as a Python client would)')
})

t.test('source texts are stored byte for byte', async (t) => {
  const sqlite = freshDatabase(t)
  seedDatabase(sqlite, seedDir)
  for (const s of sqlite.prepare('SELECT id, text, seed_file AS file FROM sources').all() as { id: string; text: string; file: string }[]) {
    t.ok(Buffer.from(s.text, 'utf8').equals(readFileSync(path.join(seedDir, 'documents', s.file))), `${s.id} equals ${s.file}`)
  }
})

t.test('seeding twice changes nothing', async (t) => {
  const sqlite = freshDatabase(t)
  seedDatabase(sqlite, seedDir, '2026-01-01T00:00:00.000Z')
  const before = dumpDatabase(sqlite)
  const counts = seedDatabase(sqlite, seedDir, '2026-02-02T00:00:00.000Z')
  for (const c of Object.values(counts)) t.match(c, { inserted: 0, updated: 0 })
  t.same(dumpDatabase(sqlite), before)
})

t.test('an edited entry is updated with a new version, the rest left alone', async (t) => {
  const dir = copySeed(t)
  const sqlite = freshDatabase(t)
  seedDatabase(sqlite, dir, '2026-01-01T00:00:00.000Z')
  let edited = ''
  editSeedFile(dir, 'actors.yaml', (actors) => {
    edited = actors[0]!.id as string
    actors[0]!.description = 'A new description written by a curator.'
  })
  const counts = seedDatabase(sqlite, dir, '2026-03-03T00:00:00.000Z')
  t.match(counts.actors, { inserted: 0, updated: 1 })
  const row = sqlite.prepare('SELECT description, version, created_at, updated_at FROM actors WHERE id = ?').get(edited)
  t.same(row, { description: 'A new description written by a curator.', version: 2, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-03-03T00:00:00.000Z' })
  t.equal(count(sqlite, "actors WHERE version > 1"), 1)
})

interface BadCase {
  name: string
  file: string
  edit: (entries: Record<string, unknown>[]) => string
  reason: RegExp
}

const firstWithCitation = (entries: Record<string, unknown>[]) => entries[0] as { id: string; citations: { quote: string; occurrence?: number }[] }

const BAD: BadCase[] = [
  {
    name: 'a quote that is not in the source',
    file: 'statements.yaml',
    edit: (e) => ((e[0]!.text = 'words no article ever printed'), e[0]!.id as string),
    reason: /the quote does not occur in the source/,
  },
  {
    name: 'an ambiguous quote',
    file: 'actors.yaml',
    edit: (e) => {
      const a = firstWithCitation(e)
      a.citations[0] = { ...a.citations[0]!, quote: 'the' }
      delete a.citations[0]!.occurrence
      return a.id
    },
    reason: /the quote occurs \d+ times in the source; add "occurrence"/,
  },
  {
    name: 'a dangling reference',
    file: 'statements.yaml',
    edit: (e) => ((e[1]!.speakers = ['nobody-at-all']), e[1]!.id as string),
    reason: /speakers\[0\]: refers to actor "nobody-at-all", which does not exist/,
  },
  {
    name: 'a malformed date',
    file: 'meetings.yaml',
    edit: (e) => ((e[0]!.date = { edtf: '2024-13-45', basis: 'stated' }), e[0]!.id as string),
    reason: /date\.edtf: must be an EDTF date/,
  },
  {
    name: 'an unknown enum value',
    file: 'agreements.yaml',
    edit: (e) => ((e[0]!.status = 'signed-in-blood'), e[0]!.id as string),
    reason: /status: Invalid option: expected one of "adopted"\|"reached"/,
  },
  {
    name: 'a dispute claim whose words are not in the source',
    file: 'disputes.yaml',
    edit: (e) => {
      const claims = e[0]!.claims as { citations: { quote: string }[] }[]
      claims[1]!.citations[0]!.quote = 'a figure no article ever printed'
      return e[0]!.id as string
    },
    reason: /claims\[1\]\.citations\[0\]\.quote: the quote does not occur in the source/,
  },
  {
    name: 'a dispute claim naming a statement that does not exist',
    file: 'disputes.yaml',
    edit: (e) => {
      const claims = e[0]!.claims as { statements: string[] }[]
      claims[0]!.statements = ['no-such-statement']
      return e[0]!.id as string
    },
    reason: /claims\[0\]\.statements\[0\]: refers to statement "no-such-statement", which does not exist/,
  },
  {
    name: 'a dispute with one claim',
    file: 'disputes.yaml',
    edit: (e) => ((e[0]!.claims = (e[0]!.claims as unknown[]).slice(0, 1)), e[0]!.id as string),
    reason: /claims: a dispute needs at least two claims/,
  },
]

for (const bad of BAD) {
  t.test(`the seed refuses ${bad.name}, naming the entry, and leaves the database untouched`, async (t) => {
    const dir = copySeed(t)
    let id = ''
    editSeedFile(dir, bad.file, (entries) => (id = bad.edit(entries)))

    for (const state of ['empty', 'seeded'] as const) {
      const sqlite = freshDatabase(t, `${state}.db`)
      if (state === 'seeded') seedDatabase(sqlite, seedDir)
      const before = dumpDatabase(sqlite)
      const error = catchSeedError(() => seedDatabase(sqlite, dir))
      const failure = error.failures.find((f) => f.file === `seed/${bad.file}` && f.entry.includes(`(${id})`))
      t.ok(failure, `the failure names seed/${bad.file} and the entry "${id}"`)
      t.match(`${failure?.path}: ${failure?.reason}`, bad.reason)
      t.same(dumpDatabase(sqlite), before, `${state} database unchanged`)
    }
  })
}

t.test('every problem is reported at once, not only the first', async (t) => {
  const dir = copySeed(t)
  editSeedFile(dir, 'statements.yaml', (e) => {
    e[0]!.text = 'not in any article'
    e[1]!.speakers = ['ghost']
  })
  editSeedFile(dir, 'actors.yaml', (e) => {
    e[0]!.kind = 'alien'
  })
  const sqlite = freshDatabase(t)
  const error = catchSeedError(() => seedDatabase(sqlite, dir))
  const where = error.failures.map((f) => `${f.file} ${f.entry} ${f.path}`)
  t.match(where, [/seed\/actors\.yaml actors\[0\] \([\w-]+\) kind/, /seed\/statements\.yaml statements\[0\] \([\w-]+\) text/, /seed\/statements\.yaml statements\[1\] \([\w-]+\) speakers\[0\]/])
  t.equal(error.failures.length, 3)
  t.equal(count(sqlite, 'sources'), 0)
})

t.test('structural problems in the files themselves', async (t) => {
  const { writeFileSync, rmSync } = await import('node:fs')
  const dir = copySeed(t)
  writeFileSync(path.join(dir, 'agreements.yaml'), 'id: not-a-list\n')
  writeFileSync(path.join(dir, 'meetings.yaml'), '- id: [unclosed\n')
  const [first] = parse(readFileSync(path.join(dir, 'sources.yaml'), 'utf8')) as { file: string }[]
  rmSync(path.join(dir, 'documents', first!.file))
  const sqlite = freshDatabase(t)
  const error = catchSeedError(() => seedDatabase(sqlite, dir))
  const messages = error.failures.map((f) => `${f.file} ${f.path}: ${f.reason}`).join('\n')
  t.match(messages, /seed\/agreements\.yaml : must be a YAML list of entries/)
  t.match(messages, /seed\/meetings\.yaml : is not valid YAML/)
  t.match(messages, /seed\/sources\.yaml file: seed\/documents\/\S+ does not exist/)
})
