import { randomBytes } from 'node:crypto'
import type { Sqlite } from './connection.js'

// Dataset-level values kept in dataset_meta: the secret that signs pagination cursors, made once
// per database so cursors stay valid across restarts and across connections. (The dataset revision
// is the last sequence number of the change log.)

/**
 * Makes the cursor secret: `cursorSecret` when given (CURSOR_SECRET: a primary and its replicas share
 * one, so a cursor, and a page that links to it, is the same whichever of them answers), else a
 * random one the first time.
 */
export function ensureDatasetMeta(writer: Sqlite, cursorSecret?: string): void {
  if (cursorSecret !== undefined) {
    writer.prepare('INSERT INTO dataset_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run('cursor_secret', cursorSecret)
    return
  }
  writer.prepare('INSERT OR IGNORE INTO dataset_meta (key, value) VALUES (?, ?)').run('cursor_secret', randomBytes(32).toString('hex'))
}

export function readMeta(db: Sqlite, key: string): string | undefined {
  return (db.prepare('SELECT value FROM dataset_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value
}
