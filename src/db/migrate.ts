import { readMigrationFiles } from 'drizzle-orm/migrator'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { migrationsDir } from '../paths.js'
import { toDrizzle, type Sqlite } from './connection.js'

const MIGRATIONS_TABLE = '__drizzle_migrations'

/** Applies every migration under migrations/ that the database has not had yet. Returns how many ran. */
export function applyMigrations(sqlite: Sqlite): number {
  const before = appliedCount(sqlite)
  migrate(toDrizzle(sqlite), { migrationsFolder: migrationsDir, migrationsTable: MIGRATIONS_TABLE })
  return appliedCount(sqlite) - before
}

function appliedCount(sqlite: Sqlite): number {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE)
  if (!table) return 0
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${MIGRATIONS_TABLE}`).get() as { n: number }).n
}

/** Migrations present in migrations/ but not applied to this database (empty when current). */
export function pendingMigrations(sqlite: Sqlite): string[] {
  const files = readMigrationFiles({ migrationsFolder: migrationsDir })
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE)
  const applied = new Set(
    table ? (sqlite.prepare(`SELECT hash FROM ${MIGRATIONS_TABLE}`).all() as { hash: string }[]).map((r) => r.hash) : [],
  )
  return files.filter((f) => !applied.has(f.hash)).map((f) => String(f.folderMillis))
}
