// Bulk exports, each read from one consistent snapshot of the database: a dedicated read-only
// connection holding a read transaction for as long as the export streams.
import { openSqlite, toDrizzle, type Sqlite } from '../db/connection.js'
import { csvRow } from '../domain/csv.js'
import { ENTITY_TYPES } from '../domain/vocabulary.js'
import { latestSeq } from '../repositories/changes.js'
import type { Collection } from './collections.js'
import { csvColumns, csvValues, type CsvCollection } from './csv-columns.js'
import { HttpProblem } from '../domain/errors.js'
import { currentMeta, STORES, wireRecord, type AnyRecord } from './dataset-writer.js'
import { allMatching, pageDocuments, pickFields } from './list-service.js'
import type { View } from './views.js'

const BATCH = 500
// Streamed chunks stay under V8's large-object size (~128 KiB): larger strings are allocated in the
// old generation and only freed by a full collection, which lets the RSS of a long export climb.
const CHUNK_CHARS = 64 * 1024

/** Joins lines into chunks of about CHUNK_CHARS. */
function* chunked(lines: Iterable<string>): Generator<string> {
  let chunk = ''
  for (const line of lines) {
    chunk += line
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk) yield chunk
}

/** A read-only connection pinned to the database as it is now, until released. */
export function openReadSnapshot(file: string): { db: Sqlite; revision: number; release: () => void } {
  const db = openSqlite(file, { readonly: true })
  db.exec('BEGIN')
  const revision = latestSeq(db) // the first read fixes the snapshot
  let released = false
  return {
    db,
    revision,
    release: () => {
      if (released) return
      released = true
      db.exec('COMMIT')
      db.close()
    },
  }
}

/** An export: its revision, its chunks (about CHUNK_CHARS each), and the release of its snapshot. */
export interface ExportChunks {
  revision: number
  chunks: Iterable<string> | AsyncIterable<string | Uint8Array>
  release: () => void
}

/** Wraps a generator so that the snapshot is released however it ends. */
function releasing(release: () => void, lines: () => Generator<string>): Generator<string> {
  return (function* () {
    try {
      yield* lines()
    } finally {
      release()
    }
  })()
}

/**
 * The whole dataset, one record per line in dependency order. Each line is the entity's latest
 * change-log representation (the log is written in the same transaction as every change, so it is
 * the current record, byte for byte what the feed served), spliced without parsing: one indexed
 * query per type, in chunks, constant memory.
 */
export function ndjsonExport(file: string): ExportChunks {
  const { db, revision, release } = openReadSnapshot(file)
  const drizzleDb = toDrizzle(db)
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${STORES[t].table}`).get() as { n: number }).n]))
  const chunks = releasing(release, function* () {
    yield `${JSON.stringify({ type: 'meta', revision, exported_at: new Date().toISOString(), counts })}\n`
    for (const type of ENTITY_TYPES) {
      const store = STORES[type]
      const prefix = `{"type":${JSON.stringify(type)},`
      const rows = db
        .prepare(
          `SELECT t.id AS id, (SELECT c.data FROM changes c WHERE c.entity_type = ? AND c.entity_id = t.id AND c.op = 'upsert' ORDER BY c.seq DESC LIMIT 1) AS data
           FROM ${store.table} t ORDER BY t.id`,
        )
        .iterate(type) as IterableIterator<{ id: string; data: string | null }>
      const read = store.read as (d: typeof drizzleDb, id: string) => AnyRecord
      yield* chunked(
        (function* () {
          for (const { id, data } of rows) {
            // A row without a logged upsert cannot come from this service; read it the slow way rather than lose it.
            yield data ? `${prefix}${data.slice(1)}\n` : `${JSON.stringify({ type, ...wireRecord(read(drizzleDb, id), currentMeta(db, type, id)!) })}\n`
          }
        })(),
      )
    }
  })
  return { revision, chunks, release }
}

/** The formats a list is exported in: every matching row, not one page. */
export type ListFormat = 'csv' | 'ndjson'

/**
 * All rows of a collection matching the query, as CSV, from the stored documents (a view's rows are
 * built from its tables). The first page is read before this returns, so a bad query is still a 400
 * and not a broken download.
 */
export function csvExport(file: string, collection: Collection | View, query: Record<string, unknown>): ExportChunks {
  return fromSnapshot(file, (db) => csvLines(db, collection, query))
}

/** All rows of a list matching the query, one JSON document per line (only `fields`, with fields). */
export function ndjsonListExport(file: string, collection: Collection | View, query: Record<string, unknown>): ExportChunks {
  const fields = fieldsOf(query)
  const line = fields ? (document: string) => `${JSON.stringify(pickFields(JSON.parse(document) as object, fields))}\n` : (document: string) => `${document}\n`
  return fromSnapshot(file, (db) => listLines(db, collection, query, '', line))
}

/** The CSV of a list over `db`, in chunks: the header row, then a row per matching item (the first page is read now). */
export function csvLines(db: Sqlite, collection: Collection | View, query: Record<string, unknown>): Generator<string> {
  const fields = fieldsOf(query)
  const columns = csvColumns(collection.name as CsvCollection, fields)
  if (columns.length === 0) throw new HttpProblem(400, `The request is invalid. query parameter "fields": none of ${fields!.join(', ')} has a CSV column`, { errors: [{ in: 'query', name: 'fields', message: 'selects no CSV column' }] })
  return listLines(db, collection, query, csvRow(columns.map(([header]) => header)), (document) => csvRow(csvValues(columns, JSON.parse(document) as object)))
}

const fieldsOf = (query: Record<string, unknown>) => (typeof query.fields === 'string' ? query.fields.split(',').map((f) => f.trim()).filter(Boolean) : undefined)

/** An export read from a snapshot of its own, released however the export ends. */
function fromSnapshot(file: string, lines: (db: Sqlite) => Generator<string>): ExportChunks {
  const { db, revision, release } = openReadSnapshot(file)
  try {
    const chunks = lines(db)
    return { revision, chunks: releasing(release, () => chunks), release }
  } catch (error) {
    release()
    throw error
  }
}

function listLines(db: Sqlite, collection: Collection | View, query: Record<string, unknown>, header: string, line: (document: string) => string): Generator<string> {
  const documents = (d: Sqlite, ids: string[]) => pageDocuments(d, collection, ids).map((row) => row.document)
  const pages = allMatching(db, collection.spec, documents, query, BATCH)
  const first = pages.next()
  return (function* () {
    if (header) yield header
    if (first.done) return
    yield* chunked(
      (function* () {
        for (const document of first.value) yield line(document)
        for (const page of pages) for (const document of page) yield line(document)
      })(),
    )
  })()
}
