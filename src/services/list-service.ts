import type { Sqlite } from '../db/connection.js'
import { readMeta } from '../db/dataset-meta.js'
import { CursorError, decodeCursor, encodeCursor, type CursorPosition } from '../domain/cursor.js'
import { QuerySyntaxError } from '../domain/fts-query.js'
import { withFtsErrors } from '../repositories/search.js'
import { HttpProblem } from '../domain/errors.js'
import { countRows, facetCounts, listPage, type CollectionSpec, type FacetRow, type KeyValue, type SortKey } from '../repositories/list.js'
import { dateOverlap, operatorConditions, operatorParams } from '../repositories/list-operators.js'

export { dateOverlap }
import { and, intersectIdSets, type SqlFragment } from '../repositories/sql.js'
import { latestSeq } from '../repositories/changes.js'
import { documentsInOrder } from '../repositories/documents.js'
import { strongEtag } from '../domain/etag.js'
import type { Collection } from './collections.js'
import type { View } from './views.js'
import { resolveFilterValues } from './filter-values.js'

/** Parameters that shape the page rather than select rows: they do not bind a cursor. */
const PRESENTATION = new Set(['cursor', 'limit', 'pretty', 'include_total', 'facet', 'fields', 'min_revision'])
export const DEFAULT_LIMIT = 50

/** What a list page may add after its data and links. */
export interface ListMeta {
  total?: number
  facets?: Record<string, FacetRow[]>
}

const splitCsv = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean)

export const badParameter = (name: string, message: string, where: 'query' | 'header' = 'query') =>
  new HttpProblem(400, `The request is invalid. ${where} parameter "${name}": ${message}`, { errors: [{ in: where, name, message }] })

/** Runs `run`, turning a search-syntax error into a 400 naming the `q` parameter. */
export function withSearchErrors<T>(name: string, run: () => T): T {
  try {
    return withFtsErrors(run)
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw badParameter(name, `the search ${error.message}`)
    throw error
  }
}

export function buildWhere(spec: CollectionSpec, query: Record<string, unknown>): SqlFragment[] {
  const where: SqlFragment[] = []
  for (const [name, filter] of Object.entries(spec.filters)) {
    const value = query[name]
    if (typeof value === 'string') where.push(filter(splitCsv(value)))
  }
  if (typeof query.q === 'string' && spec.search) {
    const search = spec.search
    const q = query.q
    where.push(withSearchErrors('q', () => search(q)))
  }
  if (spec.dateColumn) where.push(...dateOverlap(`t.${spec.dateColumn}`, query.from, query.to))
  where.push(...operatorConditions(spec, query))
  if (typeof query.updated_since === 'string') where.push({ sql: 't.updated_at >= ?', params: [new Date(query.updated_since).toISOString()] })
  return intersectIdSets(where)
}

const sortedQuery = (query: Record<string, unknown>, skip: Set<string>) =>
  Object.entries(query)
    .filter(([k, v]) => !skip.has(k) && v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&')

export function pageUrl(path: string, rawQuery: Record<string, string>, cursor?: string): string {
  const params = new URLSearchParams(Object.entries(rawQuery).filter(([k]) => k !== 'cursor'))
  if (cursor) params.set('cursor', cursor)
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

export function pickFields<T extends object>(item: T, fields: string[] | undefined): Partial<T> {
  if (!fields) return item
  return Object.fromEntries(fields.map((f) => [f, (item as Record<string, unknown>)[f]])) as Partial<T>
}

export interface ListRequest {
  collection: string
  path: string
  /** The validated query. */
  query: Record<string, unknown>
  /** The query as the client sent it, for links. */
  rawQuery: Record<string, string>
}

/** The sort keys of `sort=-date,title` (or the collection's default). */
export function parseSort(spec: CollectionSpec, query: Record<string, unknown>): { sortParam: string; sort: SortKey[] } {
  const sortParam = typeof query.sort === 'string' ? query.sort : spec.defaultSort
  const sort = sortParam.split(',').map((key): SortKey => (key.startsWith('-') ? { name: key.slice(1), dir: 'desc' } : { name: key, dir: 'asc' }))
  return { sortParam, sort }
}

type After = { keys: KeyValue[]; id: string }

/** Every row matching the query, in pages of `batch`, in the list's order (for exports). */
export function* allMatching<T>(db: Sqlite, spec: CollectionSpec, hydrate: (db: Sqlite, ids: string[]) => T[], rawFilters: Record<string, unknown>, batch = 500): Generator<T[]> {
  const query = resolveFilterValues(db, spec, rawFilters)
  const where = and(buildWhere(spec, query))
  const { sort } = parseSort(spec, query)
  let after: After | undefined
  for (;;) {
    const page = withSearchErrors('q', () => listPage(db, spec, { where, sort, after, limit: batch }))
    yield hydrate(db, page.ids)
    if (!page.hasMore) return
    after = { keys: page.lastKeys, id: page.ids.at(-1) as string }
  }
}

/** True when the page is read straight off a sort index: nothing filters, searches, counts or facets, and one sort key. */
export function isIndexPage(spec: CollectionSpec, query: Record<string, unknown>): boolean {
  const selecting = [...Object.keys(spec.filters), ...operatorParams(spec), 'q', 'from', 'to', 'updated_since', 'facet']
  const oneKey = typeof query.sort !== 'string' || !query.sort.includes(',')
  return oneKey && query.include_total !== true && selecting.every((name) => query[name] === undefined)
}

/** The keys of a decoded cursor; signed, so only a malformed one can have the wrong number of them. */
function cursorPosition(position: CursorPosition, keys: number): After {
  const values = position.key
  if (!Array.isArray(values) || values.length !== keys || values.includes(null)) throw new CursorError('is malformed')
  return { keys: values as KeyValue[], id: position.id }
}

/** One entry of a page, as JSON, with its ETag. */
export interface PageDocument {
  id: string
  document: string
  etag: string
}

/** A page's entries: a derived view builds them, a collection reads its stored documents. */
export const pageDocuments = (db: Sqlite, list: Collection | View, ids: readonly (string | number)[]): PageDocument[] =>
  'documents' in list ? list.documents(db, ids) : documentsInOrder(db, list.table, ids as string[])

/** A list answer, serialized: stored documents spliced into the envelope. */
export interface ListJson {
  body: string
  next: string | null
  etag: string
  /** The media type, when not JSON. */
  type?: string
}

/**
 * One page of a collection as JSON, from the stored documents. Its ETag is a hash of the query and
 * of the page's document ETags (plus the revision when the answer carries totals or facets, which
 * count the whole filtered set), so it changes exactly when the bytes do, without hashing them.
 */
export function listCollectionJson(db: Sqlite, collection: Collection | View, req: ListRequest): ListJson {
  const { spec } = collection
  const query = resolveFilterValues(db, spec, req.query)
  const where = buildWhere(spec, query)
  const { sortParam, sort } = parseSort(spec, query)
  const secret = readMeta(db, 'cursor_secret') as string
  const scope = `${req.collection}?${sortedQuery({ ...query, sort: sortParam }, PRESENTATION)}`

  let after: After | undefined
  if (typeof query.cursor === 'string') {
    try {
      after = cursorPosition(decodeCursor(secret, scope, query.cursor), sort.length)
    } catch (error) {
      if (error instanceof CursorError) throw badParameter('cursor', `${error.message}; start again without a cursor`)
      throw error
    }
  }
  const limit = typeof query.limit === 'number' ? query.limit : DEFAULT_LIMIT
  const whereAll = and(where)
  const page = withSearchErrors('q', () => listPage(db, spec, { where: whereAll, sort, after, limit }))
  const docs = pageDocuments(db, collection, page.ids)
  const fields = typeof query.fields === 'string' ? splitCsv(query.fields) : undefined
  const data = fields ? docs.map((d) => JSON.stringify(pickFields(JSON.parse(d.document) as object, fields))) : docs.map((d) => d.document)
  const nextCursor = page.hasMore ? encodeCursor(secret, scope, { key: page.lastKeys, id: String(page.ids.at(-1)) }) : undefined

  const meta: ListMeta = {}
  if (query.include_total === true) meta.total = countRows(db, spec, whereAll)
  if (typeof query.facet === 'string') meta.facets = facetCounts(db, spec, splitCsv(query.facet), whereAll)
  const hasMeta = Object.keys(meta).length > 0

  const next = nextCursor ? pageUrl(req.path, req.rawQuery, nextCursor) : null
  const links = { self: pageUrl(req.path, req.rawQuery, typeof query.cursor === 'string' ? query.cursor : undefined), next }
  const body = `{"data":[${data.join(',')}],"links":${JSON.stringify(links)}${hasMeta ? `,"meta":${JSON.stringify(meta)}` : ''}}`
  const etag = strongEtag('list', links.self, ...docs.map((d) => d.etag), hasMeta ? latestSeq(db) : '')
  return { body, next, etag }
}

export const notFound = (kind: string, id: string) => new HttpProblem(404, `There is no ${kind} with id "${id}".`)

export function getOne<T>(db: Sqlite, hydrate: (db: Sqlite, ids: string[]) => T[], kind: string, id: string): T {
  const [item] = hydrate(db, [id])
  if (!item) throw notFound(kind, id)
  return item
}
