import type { Sqlite } from '../db/connection.js'
import type { EntityType } from '../domain/vocabulary.js'

export interface ChangeRow {
  seq?: number
  entityType: EntityType
  entityId: string
  op: 'upsert' | 'delete'
  version: number
  changedAt: string
  /** The full new record for an upsert, null for a delete. */
  data: Record<string, unknown> | null
  author: string
}

export function appendChange(sqlite: Sqlite, change: ChangeRow): number {
  const result = sqlite
    .prepare(
      `INSERT INTO changes (seq, entity_type, entity_id, op, version, changed_at, data, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(change.seq ?? null, change.entityType, change.entityId, change.op, change.version, change.changedAt, change.data === null ? null : JSON.stringify(change.data), change.author)
  return Number(result.lastInsertRowid)
}

type ChangeDbRow = { seq: number; entity_type: EntityType; entity_id: string; op: 'upsert' | 'delete'; version: number; changed_at: string; data: string | null; author: string }

const fromRow = (r: ChangeDbRow): Required<ChangeRow> => ({
  seq: r.seq,
  entityType: r.entity_type,
  entityId: r.entity_id,
  op: r.op,
  version: r.version,
  changedAt: r.changed_at,
  data: r.data === null ? null : (JSON.parse(r.data) as Record<string, unknown>),
  author: r.author,
})

/** Changes after `since`, in order. */
export function changesSince(sqlite: Sqlite, since: number, limit: number): Required<ChangeRow>[] {
  return (sqlite.prepare('SELECT * FROM changes WHERE seq > ? ORDER BY seq LIMIT ?').all(since, limit) as ChangeDbRow[]).map(fromRow)
}

/** The dataset revision: the sequence number of the last change (0 before any). */
export function latestSeq(sqlite: Sqlite): number {
  return (sqlite.prepare('SELECT coalesce(max(seq), 0) AS seq FROM changes').get() as { seq: number }).seq
}

/** When the dataset last changed, or null before any change. */
export function latestChangeAt(sqlite: Sqlite): string | null {
  return (sqlite.prepare('SELECT changed_at FROM changes ORDER BY seq DESC LIMIT 1').get() as { changed_at: string } | undefined)?.changed_at ?? null
}
