// Bulk-load mode: no journal, no syncs, the secondary indexes and the full-text triggers dropped
// while rows go in; afterwards the indexes, the search index and the triggers are rebuilt from the
// exact SQL the migrations created, the schema is checked against theirs, and the file goes back to WAL.
import type { Sqlite } from '../../db/connection.js'

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string }

const schemaObjects = (db: Sqlite) =>
  db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as SchemaObject[]

// The full-text rows each trigger of migrations/0001_search_index.sql (and 0005) would have written.
const SEARCH_REBUILD = [
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'source', id, title, text FROM sources`,
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'actor', id, name, trim(coalesce((SELECT group_concat(value, ' ') FROM json_each(aliases)), '') || ' ' || coalesce(description, '')) FROM actors`,
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'meeting', id, title, trim(coalesce(location, '') || ' ' || coalesce(description, '')) FROM meetings`,
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'agreement', id, title, coalesce(summary, '') FROM agreements`,
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'statement', id, NULL, text FROM statements`,
  // migrations/0005_disputes.sql (gen makes no disputes today: curated, not generated).
  `INSERT INTO search_index (entity_type, entity_id, title, body) SELECT 'dispute', d.id, d.question, trim(coalesce(d.note, '') || ' ' || coalesce((SELECT group_concat(c.answer, ' ') FROM dispute_claims c WHERE c.dispute_id = d.id), '')) FROM disputes d`,
]

/** The migrated schema, and what was dropped from it for the load. */
export interface BulkLoad {
  expectedSchema: SchemaObject[]
  indexes: SchemaObject[]
  triggers: SchemaObject[]
}

/** Switches a freshly migrated database to bulk loading. */
export function beginBulkLoad(db: Sqlite): BulkLoad {
  const expectedSchema = schemaObjects(db)
  // No journal, no syncs, no foreign-key checks (the generator keeps them), a big cache.
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.pragma('foreign_keys = OFF')
  db.pragma('cache_size = -1048576')
  db.pragma('temp_store = MEMORY')
  // Index builds sort with a helper thread on the second core.
  db.pragma('threads = 2')
  db.pragma('locking_mode = EXCLUSIVE')
  const indexes = expectedSchema.filter((o) => o.type === 'index')
  const triggers = expectedSchema.filter((o) => o.type === 'trigger')
  for (const o of [...triggers, ...indexes]) db.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`)
  return { expectedSchema, indexes, triggers }
}

export function rebuildIndexes(db: Sqlite, load: BulkLoad): void {
  for (const o of load.indexes) db.exec(o.sql)
}

export function rebuildSearchIndex(db: Sqlite): void {
  for (const sql of SEARCH_REBUILD) db.exec(sql)
}

/** Restores the triggers, checks the schema is the migrations' again, and returns to WAL. */
export function endBulkLoad(db: Sqlite, load: BulkLoad): void {
  for (const o of load.triggers) db.exec(o.sql)
  if (JSON.stringify(schemaObjects(db)) !== JSON.stringify(load.expectedSchema)) throw new Error('the rebuilt schema differs from the migrations')
  db.pragma('locking_mode = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('journal_mode = WAL')
  db.pragma('wal_checkpoint(TRUNCATE)')
}
