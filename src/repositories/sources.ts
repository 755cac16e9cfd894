import { eq } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import { sources } from '../db/schema.js'
import type { DateBasis } from '../domain/vocabulary.js'
import type { SourceRecord } from '../domain/records.js'
import type { RowMeta } from './row-mapping.js'

export function readSourceRecord(db: Db, id: string): SourceRecord | undefined {
  const row = db.select().from(sources).where(eq(sources.id, id)).get()
  if (!row) return undefined
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    url: row.url,
    language: row.language,
    published: {
      edtf: row.published,
      start: row.publishedStart,
      end: row.publishedEnd,
      basis: row.publishedBasis as DateBasis,
      note: row.publishedNote,
    },
    notes: row.notes,
    text: row.text,
    sha256: row.sha256,
    seedFile: row.seedFile,
  }
}

export function writeSourceRecord(db: Db, r: SourceRecord, meta: RowMeta, replace: boolean): void {
  const values = {
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    author: r.author,
    url: r.url,
    language: r.language,
    published: r.published.edtf,
    publishedStart: r.published.start,
    publishedEnd: r.published.end,
    publishedBasis: r.published.basis,
    publishedNote: r.published.note,
    notes: r.notes,
    text: r.text,
    sha256: r.sha256,
    seedFile: r.seedFile,
    ...meta,
  }
  if (replace) db.update(sources).set(values).where(eq(sources.id, r.id)).run()
  else db.insert(sources).values(values).run()
}
