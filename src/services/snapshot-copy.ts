// The copy behind /v1/snapshot.sqlite: the database's public tables, written into a new file with
// ATTACH + INSERT … SELECT inside one read transaction, so the copy is consistent and the private
// tables' rows (PRIVATE_TABLES: the cursor secret, API key hashes, stored responses) are never read,
// let alone written to disk; those tables are created empty. Everything else is copied as it is: the
// schema from sqlite_master (tables, the FTS5 index and its shadow tables, indexes, views, triggers),
// the rows with their rowids, and sqlite_sequence, so the copy is what the server holds, migrations
// included, and `npm run mirror` can take it from there.
import { openSqlite } from '../db/connection.js'
import { PRIVATE_TABLES } from '../db/private-tables.js'

type SchemaRow = { type: 'table' | 'index' | 'view' | 'trigger'; name: string; tbl_name: string; sql: string }

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`
const isPrivate = (table: string) => (PRIVATE_TABLES as readonly string[]).includes(table)

/** Copies the public part of the database `source` into the new file `target`; returns its revision. */
export function buildSnapshot(source: string, target: string): number {
  const db = openSqlite(target)
  try {
    // A single file, not WAL: the file is downloaded as it is. Durability comes from one fsync at the end.
    db.pragma('journal_mode = DELETE')
    db.pragma('synchronous = OFF')
    db.pragma('foreign_keys = OFF')
    db.prepare('ATTACH DATABASE ? AS src').run(source)
    db.exec('BEGIN')
    // The first read of src fixes the snapshot every later read of this transaction sees.
    const revision = (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM src.changes').get() as { seq: number }).seq
    const schema = db
      .prepare(`SELECT type, name, tbl_name, sql FROM src.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid`)
      .all() as SchemaRow[]
    const exists = (name: string) => db.prepare(`SELECT 1 FROM main.sqlite_master WHERE name = ?`).get(name) !== undefined

    // Virtual tables first: creating one creates its shadow tables, which are then not created again.
    const tables = schema.filter((r) => r.type === 'table')
    const virtual = tables.filter((r) => /^CREATE\s+VIRTUAL\s+TABLE/i.test(r.sql))
    for (const row of virtual) db.exec(row.sql)
    const shadow = new Set(tables.filter((r) => exists(r.name) && !virtual.includes(r)).map((r) => r.name))
    for (const row of tables) if (!exists(row.name)) db.exec(row.sql)

    // Rows, before indexes (built once, over the whole table) and triggers (which must not fire on the copy).
    // Shadow tables are written directly (unsafe mode lifts SQLite's defensive guard on them for this):
    // the FTS index is then the server's, byte for byte, rather than rebuilt.
    db.unsafeMode(true)
    try {
      for (const row of tables.filter((r) => !virtual.includes(r) && !isPrivate(r.name))) {
        if (shadow.has(row.name)) db.exec(`DELETE FROM main.${ident(row.name)}`)
        const columns = (db.prepare(`SELECT name, hidden FROM pragma_table_xinfo(?, 'src')`).all(row.name) as { name: string; hidden: number }[])
          .filter((c) => c.hidden === 0) // generated columns compute themselves
          .map((c) => ident(c.name))
        const rowid = /WITHOUT\s+ROWID\s*$/i.test(row.sql) ? [] : ['rowid']
        const list = [...rowid, ...columns].join(', ')
        db.exec(`INSERT INTO main.${ident(row.name)} (${list}) SELECT ${list} FROM src.${ident(row.name)}`)
      }
    } finally {
      db.unsafeMode(false)
    }
    if (exists('sqlite_sequence')) {
      db.exec('DELETE FROM main.sqlite_sequence')
      const copied = JSON.stringify(tables.filter((r) => !isPrivate(r.name)).map((r) => r.name))
      db.prepare('INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM src.sqlite_sequence WHERE name IN (SELECT value FROM json_each(?))').run(copied)
    }
    for (const type of ['index', 'view', 'trigger'] as const) for (const row of schema.filter((r) => r.type === type)) db.exec(row.sql)
    db.pragma(`user_version = ${Number(db.pragma('src.user_version', { simple: true }))}`)
    db.exec('COMMIT')
    db.exec('DETACH DATABASE src')
    return revision
  } finally {
    db.close()
  }
}
