// Keeps a local SQLite copy of a remote dataset: a snapshot first, then the change feed. Each batch
// is applied in one transaction together with its change-log rows, whose seq is the mirror's
// revision, so an interrupted run loses nothing and a re-run applies nothing twice.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { ApiClient } from '../client/api-client.js'
import { openSqlite, type Sqlite } from '../db/connection.js'
import { ensureDatasetMeta } from '../db/dataset-meta.js'
import { applyMigrations } from '../db/migrate.js'
import { latestSeq } from '../repositories/changes.js'
import { applyChange, type FeedChange } from './dataset-writer.js'

export interface MirrorOptions {
  from: string
  to: string
  /** Keep following the feed (long-poll) until the signal aborts. */
  follow?: boolean
  batch?: number
  signal?: AbortSignal
  log?: (line: string) => void
}

export function applyBatch(db: Sqlite, changes: FeedChange[]): void {
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON')
    for (const change of changes) applyChange(db, change)
  }).immediate()
}

export async function mirror(options: MirrorOptions): Promise<number> {
  const { from, to, follow = false, batch = 500, signal, log = () => {} } = options
  const client = new ApiClient(from)
  if (!existsSync(to)) {
    // Downloaded beside the target and renamed into place: a broken download leaves no mirror behind.
    const partial = `${to}.download`
    try {
      const revision = await client.downloadSnapshot(partial, signal)
      renameSync(partial, to)
      log(`snapshot: revision ${revision} saved to ${to}`)
    } finally {
      rmSync(partial, { force: true })
    }
  }
  const db = openSqlite(to)
  try {
    applyMigrations(db)
    ensureDatasetMeta(db)
    for (;;) {
      if (signal?.aborted) break
      const since = latestSeq(db)
      let page
      try {
        page = await client.changes({ since, limit: batch, wait: follow ? 25 : 0 }, signal)
      } catch (error) {
        if (signal?.aborted) break
        throw error
      }
      if (page.data.length > 0) {
        applyBatch(db, page.data as FeedChange[])
        log(`applied ${page.data.length} change(s), seq ${page.data[0]!.seq}-${page.data.at(-1)!.seq}; mirror at revision ${latestSeq(db)}`)
      } else if (!follow) {
        break
      }
    }
    const revision = latestSeq(db)
    log(`up to date at revision ${revision}`)
    return revision
  } finally {
    db.close()
  }
}
