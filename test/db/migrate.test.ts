import path from 'node:path'
import t from 'tap'
import { openSqlite } from '../../src/db/connection.js'
import { applyMigrations, pendingMigrations } from '../../src/db/migrate.js'
import { scratchDir } from '../helper.js'

t.test('migrations apply to an empty database, once', async (t) => {
  const sqlite = openSqlite(path.join(scratchDir(t), 'empty.db'))
  t.after(() => sqlite.close())
  t.ok(pendingMigrations(sqlite).length > 0, 'an empty database has pending migrations')
  t.ok(applyMigrations(sqlite) > 0)
  t.same(pendingMigrations(sqlite), [])
  t.equal(applyMigrations(sqlite), 0, 'a second run applies nothing')

  const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name)
  for (const table of ['sources', 'actors', 'affiliations', 'meetings', 'meeting_participants', 'agreements', 'agreement_parties', 'statements', 'statement_speakers', 'statement_about', 'statement_topics', 'citations']) {
    t.ok(tables.includes(table), `has table ${table}`)
  }
  t.equal(sqlite.pragma('journal_mode', { simple: true }), 'wal')
  t.equal(sqlite.pragma('foreign_keys', { simple: true }), 1)
})

t.test('the schema refuses what the dataset forbids', async (t) => {
  const sqlite = openSqlite(path.join(scratchDir(t), 'constraints.db'))
  t.after(() => sqlite.close())
  applyMigrations(sqlite)
  const now = new Date().toISOString()
  t.throws(
    () => sqlite.prepare(`INSERT INTO actors (id, kind, name, created_at, updated_at) VALUES ('x', 'alien', 'X', ?, ?)`).run(now, now),
    /CHECK constraint failed: actors_kind_check/,
  )
  sqlite.prepare(`INSERT INTO actors (id, kind, name, created_at, updated_at) VALUES ('x', 'person', 'X', ?, ?)`).run(now, now)
  t.throws(
    () => sqlite.prepare(`INSERT INTO citations (source_id, start, "end", quote, position, actor_id, created_at, updated_at) VALUES ('nowhere', 0, 1, 'a', 0, 'x', ?, ?)`).run(now, now),
    /FOREIGN KEY constraint failed/,
  )
  t.throws(
    () => sqlite.prepare(`INSERT INTO meeting_participants (meeting_id, actor_id, role, created_at, updated_at) VALUES ('m', 'x', 'participant', ?, ?)`).run(now, now),
    /FOREIGN KEY constraint failed/,
  )
})
