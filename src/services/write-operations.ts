// One write request, from its validated input to the answer it gets: create, patch, delete or merge,
// each in one transaction with its change-log entry, its re-stored documents and (for POSTs) its
// Idempotency-Key record. It runs wherever the writer connection is: the write worker, or the
// calling thread when the server runs without workers (tests).
import type { Sqlite } from '../db/connection.js'
import type { EntityType } from '../domain/vocabulary.js'
import { COLLECTION_OF } from './collections.js'
import { storePendingDocuments, writeTransaction } from './documents.js'
import { replay, remember, type StoredResponse } from './idempotency.js'
import { readItem } from './item-service.js'
import { getOne, notFound } from './list-service.js'
import { mergeRecords, type MergeableType } from './merge-service.js'
import type { WriteContext } from './dataset-writer.js'
import { createRecord, deleteRecord, patchRecord } from './write-service.js'

/** An Idempotency-Key given with a POST: the key, whose key it is, and the request's hash. */
export interface Idempotency {
  key: string
  keyName: string
  hash: string
}

export type WriteOperation =
  | { op: 'create'; type: EntityType; body: Record<string, unknown>; idempotency?: Idempotency; ctx: WriteContext }
  | { op: 'patch'; type: EntityType; id: string; body: Record<string, unknown>; ifMatch?: string; ctx: WriteContext }
  | { op: 'delete'; type: EntityType; id: string; ifMatch?: string; ctx: WriteContext }
  | { op: 'merge'; type: MergeableType; id: string; into: string; idempotency?: Idempotency; ctx: WriteContext }

/** The answer: status, headers and body (the record as it now is), and whether it was replayed. */
export type WriteAnswer = StoredResponse & { replayed?: boolean }

/** The ETag a GET of the item carries; inside a write, that of the document it is about to commit. */
function etagOf(db: Sqlite, type: EntityType, id: string): string {
  if (db.inTransaction) storePendingDocuments(db)
  const item = readItem(db, COLLECTION_OF[type], id)
  if (!item) throw notFound(type, id)
  return item.etag
}

function itemAnswer(db: Sqlite, type: EntityType, status: number, id: string): StoredResponse {
  const collection = COLLECTION_OF[type]
  const body = getOne(db, collection.hydrate, type, id)
  return { status, headers: { location: `/v1/${collection.name}/${id}`, etag: etagOf(db, type, id) }, body }
}

/** A POST inside one transaction with its Idempotency-Key record; a repeated key replays the first answer. */
function idempotent(db: Sqlite, idempotency: Idempotency | undefined, run: () => StoredResponse): WriteAnswer {
  const previous = idempotency ? replay(db, idempotency.keyName, idempotency.key, idempotency.hash) : undefined
  if (previous) return { ...previous, replayed: true }
  return writeTransaction(db, () => {
    const result = run()
    if (idempotency) remember(db, idempotency.keyName, idempotency.key, idempotency.hash, result, new Date().toISOString())
    return result
  })
}

export function runWrite(db: Sqlite, w: WriteOperation): WriteAnswer {
  const precondition = (id: string, ifMatch: string | undefined) => ({ ifMatch, currentEtag: () => etagOf(db, w.type, id) })
  switch (w.op) {
    case 'create':
      return idempotent(db, w.idempotency, () => itemAnswer(db, w.type, 201, createRecord(db, w.type, w.body, w.ctx)))
    case 'patch':
      patchRecord(db, w.type, w.id, w.body, precondition(w.id, w.ifMatch), w.ctx)
      return itemAnswer(db, w.type, 200, w.id)
    case 'delete':
      deleteRecord(db, w.type, w.id, precondition(w.id, w.ifMatch), w.ctx)
      return { status: 204, headers: {}, body: null }
    case 'merge':
      return idempotent(db, w.idempotency, () => {
        mergeRecords(db, w.type, w.id, w.into, w.ctx)
        return itemAnswer(db, w.type, 200, w.into)
      })
  }
}
