// Every change to the dataset goes through here, whoever makes it (the seed loader, the write API,
// a mirror applying a feed): the entity is written with its relations and the change is appended to
// the change log, in the caller's transaction, and the documents it changes are marked for storing
// (src/services/documents.ts; the caller's writeTransaction stores them before it commits).
import { isDeepStrictEqual } from 'node:util'
import { toDrizzle, type Db, type Sqlite } from '../db/connection.js'
import type { ActorRecord, AgreementRecord, DisputeRecord, MeetingRecord, SourceRecord, StatementRecord } from '../domain/records.js'
import type { EntityType } from '../domain/vocabulary.js'
import { camelKeys, snakeKeys } from '../domain/wire-case.js'
import { readActorRecord, writeActorRecord } from '../repositories/actors.js'
import { readAgreementRecord, writeAgreementRecord } from '../repositories/agreements.js'
import { appendChange, type ChangeRow } from '../repositories/changes.js'
import { readDisputeRecord, writeDisputeRecord } from '../repositories/disputes.js'
import { readMeetingRecord, writeMeetingRecord } from '../repositories/meetings.js'
import type { RowMeta } from '../repositories/row-mapping.js'
import { readSourceRecord, writeSourceRecord } from '../repositories/sources.js'
import { readStatementRecord, writeStatementRecord } from '../repositories/statements.js'
import { markChanged, markDependents, writeTransaction } from './documents.js'

export interface EntityRecords {
  source: SourceRecord
  actor: ActorRecord
  meeting: MeetingRecord
  agreement: AgreementRecord
  statement: StatementRecord
  dispute: DisputeRecord
}
export type AnyRecord = EntityRecords[EntityType]

interface Store<R> {
  table: string
  read: (db: Db, id: string) => R | undefined
  write: (db: Db, record: R, meta: RowMeta, replace: boolean) => void
}

export const STORES: { [T in EntityType]: Store<EntityRecords[T]> } = {
  source: { table: 'sources', read: readSourceRecord, write: writeSourceRecord },
  actor: { table: 'actors', read: readActorRecord, write: writeActorRecord },
  meeting: { table: 'meetings', read: readMeetingRecord, write: writeMeetingRecord },
  agreement: { table: 'agreements', read: readAgreementRecord, write: writeAgreementRecord },
  statement: { table: 'statements', read: readStatementRecord, write: writeStatementRecord },
  dispute: { table: 'disputes', read: readDisputeRecord, write: writeDisputeRecord },
}

const storeOf = (type: EntityType) => STORES[type] as unknown as Store<AnyRecord>

export interface WriteContext {
  now: string
  /** Who makes the change: "seed", or an API key's name. */
  author: string
}

export function currentMeta(sqlite: Sqlite, type: EntityType, id: string): RowMeta | undefined {
  return sqlite
    .prepare(`SELECT created_at AS createdAt, updated_at AS updatedAt, version FROM ${STORES[type].table} WHERE id = ?`)
    .get(id) as RowMeta | undefined
}

/** The record as the change feed carries it: snake_case, with its row meta. */
export const wireRecord = (record: AnyRecord, meta: RowMeta) =>
  snakeKeys<Record<string, unknown>>({ ...record, createdAt: meta.createdAt, updatedAt: meta.updatedAt, version: meta.version })

/** Inserts or replaces one entity with its relations; a record equal to the stored one changes nothing. */
export function upsertEntity(sqlite: Sqlite, type: EntityType, record: AnyRecord, ctx: WriteContext): 'inserted' | 'updated' | 'unchanged' {
  return writeTransaction(sqlite, () => upsertInTransaction(sqlite, type, record, ctx))
}

function upsertInTransaction(sqlite: Sqlite, type: EntityType, record: AnyRecord, ctx: WriteContext): 'inserted' | 'updated' | 'unchanged' {
  const db = toDrizzle(sqlite)
  const store = storeOf(type)
  const existing = store.read(db, record.id)
  if (existing !== undefined && isDeepStrictEqual(existing, record)) return 'unchanged'
  const previous = existing === undefined ? undefined : currentMeta(sqlite, type, record.id)
  const meta: RowMeta = { createdAt: previous?.createdAt ?? ctx.now, updatedAt: ctx.now, version: (previous?.version ?? 0) + 1 }
  if (previous) markDependents(sqlite, type, record.id)
  store.write(db, record, meta, previous !== undefined)
  markChanged(sqlite, type, record.id)
  appendChange(sqlite, { entityType: type, entityId: record.id, op: 'upsert', version: meta.version, changedAt: ctx.now, data: wireRecord(record, meta), author: ctx.author })
  return previous ? 'updated' : 'inserted'
}

/**
 * Deletes one entity (its relations and citations go with it) and leaves a tombstone in the log.
 * After a merge the tombstone says where the id went, and the id redirects there from now on.
 */
export function deleteEntity(sqlite: Sqlite, type: EntityType, id: string, ctx: WriteContext, mergedInto?: string): boolean {
  return writeTransaction(sqlite, () => deleteInTransaction(sqlite, type, id, ctx, mergedInto))
}

function deleteInTransaction(sqlite: Sqlite, type: EntityType, id: string, ctx: WriteContext, mergedInto?: string): boolean {
  const previous = currentMeta(sqlite, type, id)
  if (!previous) return false
  markDependents(sqlite, type, id)
  sqlite.prepare(`DELETE FROM ${STORES[type].table} WHERE id = ?`).run(id)
  if (mergedInto) addRedirect(sqlite, type, id, mergedInto, ctx.now)
  appendChange(sqlite, { entityType: type, entityId: id, op: 'delete', version: previous.version + 1, changedAt: ctx.now, data: mergedInto ? { merged_into: mergedInto } : null, author: ctx.author })
  return true
}

/** `from` now answers with a redirect to `to`, and so do the ids that already redirected to `from`. */
function addRedirect(sqlite: Sqlite, type: EntityType, from: string, to: string, now: string) {
  sqlite.prepare('UPDATE redirects SET to_id = ? WHERE entity_type = ? AND to_id = ?').run(to, type, from)
  sqlite.prepare('INSERT OR REPLACE INTO redirects (entity_type, from_id, to_id, created_at) VALUES (?, ?, ?, ?)').run(type, from, to, now)
}

export type { ChangeRow }

/** A change as the feed serves it. */
export interface FeedChange {
  seq: number
  entity_type: EntityType
  id: string
  op: 'upsert' | 'delete'
  version: number
  changed_at: string
  author: string
  data: Record<string, unknown> | null
}

/**
 * Applies one change from another database's feed exactly as it was made there (same record, same
 * created_at/updated_at/version, same sequence number), so a mirror ends up with identical rows.
 * Call it inside a transaction with foreign keys deferred; batches commit with their last seq.
 */
export function applyChange(sqlite: Sqlite, change: FeedChange): void {
  writeTransaction(sqlite, () => applyInTransaction(sqlite, change))
}

function applyInTransaction(sqlite: Sqlite, change: FeedChange): void {
  const store = storeOf(change.entity_type)
  if (currentMeta(sqlite, change.entity_type, change.id)) markDependents(sqlite, change.entity_type, change.id)
  if (change.op === 'delete') {
    sqlite.prepare(`DELETE FROM ${store.table} WHERE id = ?`).run(change.id)
    const mergedInto = change.data?.merged_into
    if (typeof mergedInto === 'string') addRedirect(sqlite, change.entity_type, change.id, mergedInto, change.changed_at)
  } else {
    const { createdAt, updatedAt, version, ...record } = camelKeys<AnyRecord & RowMeta>(change.data)
    const exists = currentMeta(sqlite, change.entity_type, change.id) !== undefined
    store.write(toDrizzle(sqlite), record as AnyRecord, { createdAt, updatedAt, version }, exists)
    markChanged(sqlite, change.entity_type, change.id)
  }
  appendChange(sqlite, {
    seq: change.seq,
    entityType: change.entity_type,
    entityId: change.id,
    op: change.op,
    version: change.version,
    changedAt: change.changed_at,
    data: change.data,
    author: change.author,
  })
}
