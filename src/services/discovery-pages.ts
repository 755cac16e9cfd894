// A page of search hits or of the timeline as JSON, CSV or NDJSON. Both are ranked or merged across
// collections and paged by their cursor, so their CSV and NDJSON are a page too (up to limit=500,
// the next one in the Link header), made in the read worker under the request's time budget.
import { z } from 'zod'
import type { Sqlite } from '../db/connection.js'
import { csvRow } from '../domain/csv.js'
import { strongEtag } from '../domain/etag.js'
import { CITATION_SUBJECTS } from '../domain/citation-subjects.js'
import { citationsFor } from '../repositories/refs.js'
import { SearchResults, Timeline } from '../schemas/discovery.js'
import { citationSpan, dateColumns, type Column } from './csv-columns.js'
import { search, timeline } from './discovery-service.js'
import type { ListJson } from './list-service.js'

export type PageFormat = 'json' | 'csv' | 'ndjson'

export const PAGE_TYPES: Record<PageFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
}

type SearchItem = z.output<typeof SearchResults>['data'][number]
type TimelineItem = z.output<typeof Timeline>['data'][number]
type Spans = { spans: string[] }

// Each item's citations as source_id:start-end, by the column of `citations` that names an entity
// of its type (a source is what is cited: it has none; a dispute's citations are its claims').
const CITED_BY = new Map(CITATION_SUBJECTS.filter((s) => !s.ends).map((s) => [s.type, s.column]))

function withSpans<T extends { type: string; id: string }>(db: Sqlite, items: T[]): (T & Spans)[] {
  const spans = new Map<string, string[]>()
  for (const [type, column] of CITED_BY) {
    const ids = items.filter((i) => i.type === type).map((i) => i.id)
    if (ids.length === 0) continue
    for (const [id, citations] of citationsFor(db, column, ids)) spans.set(`${type}:${String(id)}`, citations.map(citationSpan))
  }
  return items.map((i) => ({ ...i, spans: spans.get(`${i.type}:${i.id}`) ?? [] }))
}

export const SEARCH_CSV_COLUMNS: Column<SearchItem & Spans>[] = [
  ['type', (h) => h.type],
  ['id', (h) => h.id],
  ['title', (h) => h.title],
  ['rank', (h) => h.rank],
  ['snippet', (h) => h.snippet],
  ['url', (h) => h.links.self],
  ['citation_spans', (h) => h.spans],
]

export const TIMELINE_CSV_COLUMNS: Column<TimelineItem & Spans>[] = [
  ['type', (i) => i.type],
  ['id', (i) => i.id],
  ['title', (i) => i.title],
  ...dateColumns<TimelineItem & Spans>('date', (i) => i.date),
  ['actors', (i) => i.actors.map((a) => a.id)],
  ['actor_names', (i) => i.actors.map((a) => a.name)],
  ['url', (i) => i.links.self],
  ['citation_spans', (i) => i.spans],
]

function body<T extends { type: string; id: string }>(db: Sqlite, format: PageFormat, encoded: { data: T[] }, columns: Column<T & Spans>[]): string {
  if (format === 'json') return JSON.stringify(encoded)
  if (format === 'ndjson') return encoded.data.map((item) => `${JSON.stringify(item)}\n`).join('')
  const rows = withSpans(db, encoded.data).map((item) => csvRow(columns.map(([, value]) => value(item))))
  return csvRow(columns.map(([name]) => name)) + rows.join('')
}

export interface DiscoveryPageRequest {
  kind: 'search' | 'timeline'
  format: PageFormat
  query: Record<string, unknown>
  rawQuery: Record<string, string>
  /** The route's path, for the links (/v1/search or /v1/search.csv…). */
  path: string
}

export function discoveryPage(db: Sqlite, req: DiscoveryPageRequest): ListJson {
  const [result, text] =
    req.kind === 'search'
      ? (() => {
          const r = search(db, req.query, req.rawQuery, req.path)
          return [r, body(db, req.format, z.encode(SearchResults, r), SEARCH_CSV_COLUMNS)] as const
        })()
      : (() => {
          const r = timeline(db, req.query, req.rawQuery, req.path)
          return [r, body(db, req.format, z.encode(Timeline, r), TIMELINE_CSV_COLUMNS)] as const
        })()
  return { body: text, next: result.links.next, etag: strongEtag(text), type: PAGE_TYPES[req.format] }
}
