import path from 'node:path'
import t from 'tap'
import { openSqlite } from '../../src/db/connection.js'
import { copySeed, editSeedFile, runScript, scratchDir } from '../helper.js'

t.test('db:migrate, db:seed and db:check on a new database file', async (t) => {
  const DATABASE_PATH = path.join(scratchDir(t), 'cli.db')
  const migrate = await runScript('src/cli/migrate.ts', [], { DATABASE_PATH })
  t.equal(migrate.code, 0)
  t.match(migrate.stdout, /applied \d+ migration\(s\)/)

  const seed = await runScript('src/cli/seed.ts', [], { DATABASE_PATH })
  t.equal(seed.code, 0, seed.stderr)
  t.match(seed.stdout, /sources\s+5 inserted, 0 updated, 0 unchanged/)

  const again = await runScript('src/cli/seed.ts', [], { DATABASE_PATH })
  t.equal(again.code, 0)
  t.match(again.stdout, /already matches the seed files; nothing changed/)

  const check = await runScript('src/cli/check.ts', [], { DATABASE_PATH })
  t.equal(check.code, 0, check.stderr)
  t.match(check.stdout, /is consistent: 5 sources, \d+ actors/)
})

t.test('db:check exits 1 and lists every failure', async (t) => {
  const DATABASE_PATH = path.join(scratchDir(t), 'broken.db')
  t.equal((await runScript('src/cli/seed.ts', [], { DATABASE_PATH })).code, 0)
  const sqlite = openSqlite(DATABASE_PATH)
  // Damage the dataset the way a careless hand edit would.
  sqlite.prepare(`UPDATE citations SET start = start + 1 WHERE id = 1`).run()
  sqlite.prepare(`UPDATE sources SET text = text || ' ' WHERE rowid = 1`).run()
  sqlite.prepare(`UPDATE meetings SET date_start = '1900-01-01' WHERE date IS NOT NULL AND rowid = (SELECT min(rowid) FROM meetings WHERE date IS NOT NULL)`).run()
  sqlite.close()

  const check = await runScript('src/cli/check.ts', [], { DATABASE_PATH })
  t.equal(check.code, 1)
  t.match(check.stderr, /db:check: \d+ problem\(s\)/)
  t.match(check.stderr, /citation 1 \(\w+ [\w-]+\): the source text at/)
  t.match(check.stderr, /source [\w-]+: sha256 does not match the stored text/)
  t.match(check.stderr, /source [\w-]+: stored text differs from seed\/documents\//)
  t.match(check.stderr, /meeting [\w-]+: date: stored bounds 1900-01-01/)
})

t.test('db:check on a missing file says so', async (t) => {
  const check = await runScript('src/cli/check.ts', [], { DATABASE_PATH: path.join(scratchDir(t), 'missing.db') })
  t.equal(check.code, 1)
  t.match(check.stderr, /does not exist; run `npm start` or `npm run db:seed` first/)
})

t.test('db:seed with a broken seed prints each failure, exits 1 and writes nothing', async (t) => {
  const dir = copySeed(t)
  editSeedFile(dir, 'statements.yaml', (e) => {
    e[0]!.text = 'never said by anyone'
    e[1]!.topics = ['not-a-topic']
  })
  const DATABASE_PATH = path.join(scratchDir(t), 'refused.db')
  const seed = await runScript('src/cli/seed.ts', ['--seed-dir', dir], { DATABASE_PATH })
  t.equal(seed.code, 1)
  t.match(seed.stderr, /db:seed: the seed has 2 problem\(s\):/)
  t.match(seed.stderr, /seed\/statements\.yaml: statements\[0\] \([\w-]+\) text: the quote does not occur in the source/)
  t.match(seed.stderr, /seed\/statements\.yaml: statements\[1\] \([\w-]+\) topics\[0\]: Invalid option/)
  t.notMatch(seed.stderr, /at \w+ \(/, 'no stack trace')
  const sqlite = openSqlite(DATABASE_PATH)
  t.equal((sqlite.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n, 0)
  sqlite.close()
})
