// Bulk exports, each read from one consistent snapshot of the database: a dedicated read-only
// connection holding a read transaction for as long as the export streams.
import { Readable } from 'node:stream'
import { openSqlite, toDrizzle, type Sqlite } from '../db/connection.js'
import { csvRow } from '../domain/csv.js'
import { ENTITY_TYPES } from '../domain/vocabulary.js'
import { latestSeq } from '../repositories/changes.js'
import type { CollectionSpec } from '../repositories/list.js'
import { csvHeader, csvValues, type CsvCollection } from './csv-columns.js'
import { currentMeta, STORES, wireRecord, type AnyRecord } from './dataset-writer.js'
import { allMatching } from './list-service.js'

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

/** A stream of `lines()`'s chunks that releases the snapshot however it ends. */
function streamFrom(release: () => void, lines: () => Generator<string>): Readable {
  const stream = Readable.from(
    (function* () {
      try {
        yield* lines()
      } finally {
        release()
      }
    })(),
  )
  stream.on('close', release)
  return stream
}

/**
 * The whole dataset, one record per line in dependency order. Each line is the entity's latest
 * change-log representation (the log is written in the same transaction as every change, so it is
 * the current record, byte for byte what the feed served), spliced without parsing: one indexed
 * query per type, streamed in chunks, constant memory.
 */
export function ndjsonExport(file: string): { revision: number; stream: Readable } {
  const { db, revision, release } = openReadSnapshot(file)
  const drizzleDb = toDrizzle(db)
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${STORES[t].table}`).get() as { n: number }).n]))
  const stream = streamFrom(release, function* () {
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
  return { revision, stream }
}

/**
 * All rows of a collection matching the query, as CSV. The first page is read before streaming
 * starts, so a bad query is still a 400 and not a broken download.
 */
export function csvExport<T extends object>(
  file: string,
  collection: CsvCollection,
  spec: CollectionSpec,
  hydrate: (db: Sqlite, ids: string[]) => T[],
  query: Record<string, unknown>,
): { revision: number; stream: Readable } {
  const { db, revision, release } = openReadSnapshot(file)
  try {
    const pages = allMatching(db, spec, hydrate, query, BATCH)
    const first = pages.next()
    const stream = streamFrom(release, function* () {
      yield csvRow(csvHeader(collection))
      if (first.done) return
      yield* chunked(
        (function* () {
          for (const item of first.value) yield csvRow(csvValues(collection, item))
          for (const page of pages) for (const item of page) yield csvRow(csvValues(collection, item))
        })(),
      )
    })
    return { revision, stream }
  } catch (error) {
    release()
    throw error
  }
}
