// Column sets and index sets shared by the tables of src/db/schema.ts and src/db/schema-disputes.ts.
import { sql } from 'drizzle-orm'
import { index, integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'

export const inList = (column: AnySQLiteColumn, values: readonly string[]) =>
  sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`

// One index per allowed list sort (src/repositories/*-reads.ts), on exactly the sort's SQL
// expression plus the id tie-breaker, so that every page is read in order from an index
// (test/db/query-plans.test.ts checks this for every sort and filter). Dated entities sort undated
// rows last in both directions, hence two keys; they also carry the date columns, so that the
// from/to overlap is checked in the index without reading each row (500 ms → 60 ms at 1M rows).
// The timeline's key (open-start intervals by their end) gets a partial index over dated rows.
export const dateSortIndexes = (table: string, edtf: AnySQLiteColumn, start: AnySQLiteColumn, end: AnySQLiteColumn, id: AnySQLiteColumn) => [
  index(`${table}_date_asc_idx`).on(sql`coalesce(${start}, '9999-12-31')`, id, start, end, edtf),
  index(`${table}_date_desc_idx`).on(sql`coalesce(${start}, '')`, id, start, end, edtf),
]
export const timelineIndex = (table: string, edtf: AnySQLiteColumn, start: AnySQLiteColumn, end: AnySQLiteColumn, id: AnySQLiteColumn) =>
  index(`${table}_timeline_idx`).on(sql`coalesce(${start}, ${end})`, id, start, end, edtf).where(sql`${edtf} IS NOT NULL`)
// Each entity table: the updated_at sort, version__* (id sets, src/repositories/list-operators.ts), rows without a stored document.
export const entityIndexes = (table: string, t: { updatedAt: AnySQLiteColumn; version: AnySQLiteColumn; id: AnySQLiteColumn; document: AnySQLiteColumn }) => [
  index(`${table}_updated_idx`).on(t.updatedAt, t.id),
  index(`${table}_version_idx`).on(t.version, t.id),
  index(`${table}_missing_document_idx`).on(t.id).where(sql`${t.document} IS NULL`),
]

// Every row carries these: when it was made, when it last changed, and a version bumped on each change.
export const rowMeta = () => ({
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
})

// The record's full JSON representation, exactly as GET /v1/<collection>/<id> serves it, stored in
// the transaction that changes it or anything it embeds (src/services/documents.ts), with the strong
// ETag of those bytes: reads splice it instead of rebuilding and hashing each answer.
export const storedDocument = () => ({
  document: text('document'),
  documentEtag: text('document_etag'),
})

// An EDTF date plus what is derived from it for indexing. `prefix` names the columns (date_*, published_*).
export const edtfColumns = <P extends string>(prefix: P) => ({
  [prefix]: text(prefix),
  [`${prefix}Start`]: text(`${prefix}_start`),
  [`${prefix}End`]: text(`${prefix}_end`),
  [`${prefix}Basis`]: text(`${prefix}_basis`).notNull().default('unknown'),
  [`${prefix}Note`]: text(`${prefix}_note`),
}) as {
  [K in P | `${P}Start` | `${P}End` | `${P}Note`]: ReturnType<typeof text>
} & { [K in `${P}Basis`]: ReturnType<typeof text> }

