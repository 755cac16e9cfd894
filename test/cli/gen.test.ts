// gen's output for a fixed seed is pinned: the same options give the same rows, and those rows equal
// a committed regression pin (test/fixtures/gen-seed-7.json), first written by the single-file
// generator (src/cli/gen.ts at 923bed5) before it was split into src/cli/gen/. The pin is not a
// statement of what the rows should be, only that a refactoring did not change them. When a change
// to gen is meant to change its output, rewrite the pin with
//   GEN_PIN_UPDATE=1 npx tap test/cli/gen.test.ts --disable-coverage
// and say so in the commit.
//
// The digest covers every row of every table and of the search index, in rowid order, except:
// sqlite_schema and __drizzle_migrations (the migrations make those, and gen checks its rebuilt
// schema itself), dataset_meta (the cursor secret is random by design), the full-text index's shadow
// tables (their bytes are SQLite's, the index's rows are hashed), and empty tables (a migration that
// adds a table gen does not fill leaves the pin alone). NULL columns are left out of a row, so a
// migration adding a nullable column does not move the pin; a value that becomes or stops being NULL does.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { generateDataset } from '../../src/cli/gen/generate.js'
import { openSqlite } from '../../src/db/connection.js'
import { projectRoot } from '../../src/paths.js'
import { scratchDir } from '../helper.js'

const OPTIONS = { statements: 2000, seed: 7 }
const PIN = path.join(projectRoot, 'test', 'fixtures', 'gen-seed-7.json')
const NOT_FROM_GEN = new Set(['sqlite_schema', 'sqlite_master', '__drizzle_migrations', 'dataset_meta'])

interface TableDigest {
  rows: number
  sha256: string
}

function digest(file: string): Record<string, TableDigest> {
  const db = openSqlite(file, { readonly: true })
  try {
    const tables = (db.pragma('table_list') as { schema: string; name: string; type: string; wr: number }[])
      .filter((x) => x.schema === 'main' && (x.type === 'table' || x.type === 'virtual') && !NOT_FROM_GEN.has(x.name))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
    const out: Record<string, TableDigest> = {}
    for (const table of tables) {
      const columns = (db.pragma(`table_info("${table.name}")`) as { name: string }[]).map((c) => `"${c.name}"`)
      const sql = table.wr
        ? `SELECT * FROM "${table.name}" ORDER BY ${columns.join(', ')}`
        : `SELECT rowid AS "(rowid)", * FROM "${table.name}" ORDER BY rowid`
      const hash = createHash('sha256')
      let rows = 0
      for (const row of db.prepare(sql).iterate() as Iterable<Record<string, unknown>>) {
        const present = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null))
        hash.update(JSON.stringify(present)).update('\n')
        rows++
      }
      if (rows > 0) out[table.name] = { rows, sha256: hash.digest('hex') }
    }
    return out
  } finally {
    db.close()
  }
}

const dir = scratchDir(t)
const first = digest(generateDataset({ ...OPTIONS, out: path.join(dir, 'first.db') }).file)
const second = digest(generateDataset({ ...OPTIONS, out: path.join(dir, 'second.db') }).file)

t.test('the same seed gives the same rows', async (t) => {
  t.same(second, first)
  // The digest is not vacuous: the tables gen fills are in it, with the counts asked for.
  t.equal(first.statements?.rows, OPTIONS.statements)
  for (const table of ['sources', 'actors', 'meetings', 'agreements', 'citations', 'changes', 'search_index']) t.ok((first[table]?.rows ?? 0) > 0, `${table} has rows`)
})

t.test('the rows equal the regression pin for seed 7', async (t) => {
  if (process.env.GEN_PIN_UPDATE === '1') writeFileSync(PIN, `${JSON.stringify({ options: OPTIONS, tables: first }, null, 2)}\n`)
  const pin = JSON.parse(readFileSync(PIN, 'utf8')) as { options: typeof OPTIONS; tables: Record<string, TableDigest> }
  t.same(pin.options, OPTIONS, 'the pin was made with these options')
  t.same(first, pin.tables)
})
