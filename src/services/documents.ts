// Stored documents: each record's full JSON representation is written in the transaction that
// changes the record or anything its representation embeds, so reads splice stored bytes instead of
// rebuilding, validating and hashing every answer.
//
// Writers call markChanged / markDependents as they change rows (dataset-writer does, for every
// write path), and writeTransaction stores the pending documents before it commits. A document is
// rewritten only when its bytes change, so its ETag (a hash of the bytes, computed once here)
// changes exactly when the representation does.
import { z } from 'zod'
import type { Sqlite } from '../db/connection.js'
import { strongEtag } from '../domain/etag.js'
import type { EntityType } from '../domain/vocabulary.js'
import { dependentsOf, idsWithoutDocument, readDocuments, writeDocument } from '../repositories/documents.js'
import { COLLECTION_OF } from './collections.js'

const BATCH = 500

const pendingByConnection = new WeakMap<Sqlite, Map<EntityType, Set<string>>>()

function pendingOf(db: Sqlite): Map<EntityType, Set<string>> {
  let pending = pendingByConnection.get(db)
  if (!pending) {
    pending = new Map()
    pendingByConnection.set(db, pending)
  }
  return pending
}

function add(db: Sqlite, type: EntityType, id: string) {
  const pending = pendingOf(db)
  const ids = pending.get(type) ?? new Set<string>()
  ids.add(id)
  pending.set(type, ids)
}

/** The documents that embed this record must be rebuilt (call before and after changing its links). */
export function markDependents(db: Sqlite, type: EntityType, id: string): void {
  for (const [t, dependent] of dependentsOf(db, type, id)) add(db, t, dependent)
}

/** This record and every document that embeds it must be rebuilt. */
export function markChanged(db: Sqlite, type: EntityType, id: string): void {
  add(db, type, id)
  markDependents(db, type, id)
}

/** The JSON of each record's document as built from the tables now (ids without a row are absent). */
export function renderDocuments(db: Sqlite, type: EntityType, ids: string[]): Map<string, string> {
  const collection = COLLECTION_OF[type]
  const out = new Map<string, string>()
  for (const item of collection.hydrate(db, ids)) out.set((item as { id: string }).id, JSON.stringify(z.encode(collection.document, item)))
  return out
}

export const documentEtag = (json: string) => strongEtag(json)

/** Stores the documents of these records whose bytes differ from what is stored; returns how many changed. */
export function storeDocuments(db: Sqlite, type: EntityType, ids: string[]): number {
  const { table } = COLLECTION_OF[type]
  let changed = 0
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH)
    const stored = readDocuments(db, table, batch)
    for (const [id, json] of renderDocuments(db, type, batch)) {
      if (stored.get(id)?.document === json) continue
      writeDocument(db, table, id, json, documentEtag(json))
      changed++
    }
  }
  return changed
}

/** Stores every pending document of this connection; call inside the write's transaction. */
export function storePendingDocuments(db: Sqlite): number {
  const pending = pendingOf(db)
  let changed = 0
  try {
    for (const [type, ids] of pending) changed += storeDocuments(db, type, [...ids])
  } finally {
    pending.clear()
  }
  return changed
}

const openWriteTransactions = new WeakMap<Sqlite, number>()

/**
 * Runs `fn` in a write transaction that takes the write lock up front (BEGIN IMMEDIATE, so
 * busy_timeout applies instead of failing on the upgrade) and stores the documents it changed
 * before committing. Inside another writeTransaction it joins it (the outermost one stores);
 * inside a transaction opened some other way it stores what it changed before returning.
 */
export function writeTransaction<T>(db: Sqlite, fn: () => T): T {
  const depth = openWriteTransactions.get(db) ?? 0
  if (depth > 0) return fn()
  openWriteTransactions.set(db, 1)
  try {
    const body = () => {
      const result = fn()
      storePendingDocuments(db)
      return result
    }
    return db.inTransaction ? body() : db.transaction(body).immediate()
  } finally {
    openWriteTransactions.delete(db)
    pendingOf(db).clear()
  }
}

/** Builds the documents that are missing (all of them after the migration that added them). */
export function storeMissingDocuments(db: Sqlite): number {
  let stored = 0
  for (const type of Object.keys(COLLECTION_OF) as EntityType[]) {
    const { table } = COLLECTION_OF[type]
    for (let after = ''; ; ) {
      const ids = idsWithoutDocument(db, table, after, BATCH)
      if (ids.length === 0) break
      stored += storeDocuments(db, type, ids)
      after = ids.at(-1) as string
    }
  }
  return stored
}
