import type { FastifyBaseLogger } from 'fastify'
import { seedDir } from '../paths.js'
import { storeMissingDocuments, writeTransaction } from '../services/documents.js'
import { seedDatabase, type SeedCounts } from '../services/seed/load.js'
import { openSqlite, type Sqlite } from './connection.js'
import { applyMigrations } from './migrate.js'
import { ensureDatasetMeta } from './dataset-meta.js'

export interface DatasetConnections {
  /** The one connection that writes. */
  writer: Sqlite
  /** A read-only connection for serving reads. */
  reader: Sqlite
}

const isEmpty = (sqlite: Sqlite) =>
  (sqlite.prepare('SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM actors) AS n').get() as { n: number }).n === 0

/** Opens the database file, creating it if needed, applies pending migrations and seeds an empty dataset. */
export function openDataset(file: string, log?: Pick<FastifyBaseLogger, 'info'>, options: { cursorSecret?: string } = {}): DatasetConnections & { seeded: SeedCounts | null } {
  const writer = openSqlite(file)
  try {
    const migrated = applyMigrations(writer)
    if (migrated > 0) log?.info({ migrations: migrated, file }, 'applied database migrations')
    ensureDatasetMeta(writer, options.cursorSecret)
    let seeded: SeedCounts | null = null
    if (isEmpty(writer)) {
      seeded = seedDatabase(writer, seedDir)
      log?.info({ file, counts: seeded }, 'seeded the empty database')
    }
    // Rows without a stored document: every row, the first time after the migration that added them.
    const stored = writeTransaction(writer, () => storeMissingDocuments(writer))
    if (stored > 0) log?.info({ file, documents: stored }, 'stored the missing documents')
    const reader = openSqlite(file, { readonly: true })
    return { writer, reader, seeded }
  } catch (error) {
    writer.close()
    throw error
  }
}
