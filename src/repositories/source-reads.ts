import type { Sqlite } from '../db/connection.js'
import { toDateValue } from '../domain/date-value.js'
import { codePointLength } from '../domain/code-points.js'
import type { SourceOut } from '../schemas/entities.js'
import { columnFacet, columnIn, dateSortKey, type CollectionSpec } from './list.js'
import { ftsMatch } from './search.js'
import { metaOf, type MetaRow, inOrder } from './refs.js'
import { all, inList } from './sql.js'

export const sourceCollection: CollectionSpec = {
  table: 'sources',
  sorts: {
    published: dateSortKey('published'),
    title: () => `coalesce(t.title, '')`,
    publisher: () => `coalesce(t.publisher, '')`,
    id: () => 't.id',
    updated_at: () => 't.updated_at',
  },
  defaultSort: 'published',
  dateColumn: 'published',
  filters: { publisher: columnIn('publisher'), language: columnIn('language') },
  search: (q) => ftsMatch('source', q),
  facets: { publisher: columnFacet('sources', 'publisher'), language: columnFacet('sources', 'language') },
  // Titles have no folded column: sources stay few (one per 50 statements), so this folds as it reads.
  operators: { title: { kind: 'text', key: `fold(coalesce(t.title, ''))` }, published: { kind: 'date', column: 'published' }, version: { kind: 'integer', column: 'version' } },
}

type SourceRow = {
  id: string
  title: string | null
  publisher: string | null
  author: string | null
  url: string | null
  language: string
  published: string | null
  published_start: string | null
  published_end: string | null
  published_basis: string
  published_note: string | null
  notes: string | null
  text: string
  sha256: string
  seed_file: string | null
  statements: number
  citations: number
} & MetaRow

export function hydrateSources(db: Sqlite, ids: string[]): (SourceOut & { text: string })[] {
  if (ids.length === 0) return []
  const where = inList('s.id', ids)
  const rows = all<SourceRow>(db, {
    sql: `SELECT s.*, (SELECT count(*) FROM statements x WHERE x.source_id = s.id) AS statements,
                 (SELECT count(*) FROM citations c WHERE c.source_id = s.id) AS citations
          FROM sources s WHERE ${where.sql}`,
    params: where.params,
  })
  return inOrder(ids, rows, (r) => ({
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    author: r.author,
    url: r.url,
    language: r.language,
    published: toDateValue(r.published, r.published_start, r.published_end, r.published_basis, r.published_note),
    notes: r.notes,
    sha256: r.sha256,
    length: codePointLength(r.text),
    seed_file: r.seed_file,
    counts: { statements: r.statements, citations: r.citations },
    links: { self: `/v1/sources/${r.id}`, text: `/v1/sources/${r.id}/text`, statements: `/v1/statements?source=${r.id}` },
    ...metaOf(r),
    text: r.text,
  }))
}

export function sourceText(db: Sqlite, id: string): string | undefined {
  return (db.prepare('SELECT text FROM sources WHERE id = ?').get(id) as { text: string } | undefined)?.text
}
