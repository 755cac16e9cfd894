import { randomBytes } from 'node:crypto'
import type { Sqlite } from './connection.js'

// Dataset-level values kept in dataset_meta: the secret that signs pagination cursors, made once
// per database so cursors stay valid across restarts and across connections. (The dataset revision
// is the last sequence number of the change log.)

export function ensureDatasetMeta(writer: Sqlite): void {
  writer.prepare('INSERT OR IGNORE INTO dataset_meta (key, value) VALUES (?, ?)').run('cursor_secret', randomBytes(32).toString('hex'))
}

export function readMeta(db: Sqlite, key: string): string | undefined {
  return (db.prepare('SELECT value FROM dataset_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value
}
