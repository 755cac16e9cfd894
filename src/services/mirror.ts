// Keeps a local SQLite copy of a remote dataset: a snapshot first, then the change feed. Each batch
// is applied in one transaction together with its change-log rows, whose seq is the mirror's
// revision, so an interrupted run loses nothing and a re-run applies nothing twice. The mirror CLI
// and replica mode (src/services/replica-follower.ts) both go through bootstrapFromSnapshot and
// pullChanges.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { ApiClient, type ChangeFeed } from '../client/api-client.js'
import { openSqlite, type Sqlite } from '../db/connection.js'
import { ensureDatasetMeta } from '../db/dataset-meta.js'
import { applyMigrations } from '../db/migrate.js'
import { latestSeq } from '../repositories/changes.js'
import { applyChange, type FeedChange } from './dataset-writer.js'
import { writeTransaction } from './documents.js'

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
  writeTransaction(db, () => {
    db.pragma('defer_foreign_keys = ON')
    for (const change of changes) applyChange(db, change)
  })
}

/**
 * Downloads the snapshot to `to` unless the file exists; returns its revision, or null when there was
 * a file already. Downloaded beside the target and renamed into place: a broken download (even a
 * killed process) leaves no database behind, and the next run downloads again.
 */
export async function bootstrapFromSnapshot(client: ApiClient, to: string, signal?: AbortSignal): Promise<number | null> {
  if (existsSync(to)) return null
  const partial = `${to}.download`
  try {
    const revision = await client.downloadSnapshot(partial, signal)
    renameSync(partial, to)
    return revision
  } finally {
    rmSync(partial, { force: true })
  }
}

/** Opens a mirror's database for applying changes (its schema brought up to this code's). */
export function openMirror(file: string): Sqlite {
  const db = openSqlite(file)
  try {
    applyMigrations(db)
    ensureDatasetMeta(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

export interface PulledPage {
  page: ChangeFeed
  /** The mirror's revision after applying the page. */
  revision: number
}

/** Fetches the changes after the mirror's revision (long-polling up to `wait` s) and applies them in one transaction. */
export async function pullChanges(db: Sqlite, client: ApiClient, options: { batch: number; wait: number; signal?: AbortSignal }): Promise<PulledPage> {
  const page = await client.changes({ since: latestSeq(db), limit: options.batch, wait: options.wait }, options.signal)
  if (page.data.length > 0) applyBatch(db, page.data as FeedChange[])
  return { page, revision: latestSeq(db) }
}

export async function mirror(options: MirrorOptions): Promise<number> {
  const { from, to, follow = false, batch = 500, signal, log = () => {} } = options
  const client = new ApiClient(from)
  const downloaded = await bootstrapFromSnapshot(client, to, signal)
  if (downloaded !== null) log(`snapshot: revision ${downloaded} saved to ${to}`)
  const db = openMirror(to)
  try {
    for (;;) {
      if (signal?.aborted) break
      let pulled
      try {
        pulled = await pullChanges(db, client, { batch, wait: follow ? 25 : 0, signal })
      } catch (error) {
        if (signal?.aborted) break
        throw error
      }
      const { data } = pulled.page
      if (data.length > 0) {
        log(`applied ${data.length} change(s), seq ${data[0]!.seq}-${data.at(-1)!.seq}; mirror at revision ${pulled.revision}`)
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
