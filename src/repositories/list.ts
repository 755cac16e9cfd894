// Keyset pagination, counts and facets over one table, driven by a per-collection spec.
// Sort keys, filters and facets come only from the spec (allow-lists); values are bound parameters.
import type { Sqlite } from '../db/connection.js'
import type { TextOperator } from '../domain/filter-operators.js'
import { all, and, type SqlFragment } from './sql.js'

export type Direction = 'asc' | 'desc'

export interface CollectionSpec {
  /** The table, always aliased `t` in the queries. */
  table: string
  /** Sort name → SQL expression over `t`. It must never be NULL, so keyset comparisons hold. */
  sorts: Record<string, (dir: Direction) => string>
  defaultSort: string
  /** Filter name → the condition for a list of OR-ed values. */
  filters: Record<string, (values: string[]) => SqlFragment>
  /** The `q` parameter: free text, not split on commas. */
  search?: (q: string) => SqlFragment
  /** Facet name → a query of (value, label, count) rows over the rows matching `where`. */
  facets: Record<string, (where: SqlFragment) => SqlFragment>
  /** The EDTF date columns `from`/`to` overlap with (prefix of *_start/*_end), if the entity is dated. */
  dateColumn?: 'date' | 'published'
  /** Fields that take operator filters (`field__op=value`, src/domain/filter-operators.ts), and of which kind. */
  operators: Record<string, OperatorField>
}

/**
 * A field that takes operators. text: `key` is SQL for the folded text (fold(), src/domain/text-fold.ts),
 * ideally a folded column with an index; `operators` may leave out those the table cannot afford.
 * integer: a column with a (column, id) index. date: the EDTF column prefix (its *_start/*_end columns are compared).
 */
export type OperatorField =
  | { kind: 'text'; key: string; operators?: readonly TextOperator[] }
  | { kind: 'integer'; column: string }
  | { kind: 'date'; column: string }

// Undated rows sort last in either direction.
export const dateSortKey = (column: string) => (dir: Direction) =>
  dir === 'asc' ? `coalesce(t.${column}_start, '9999-12-31')` : `coalesce(t.${column}_start, '')`

/** One key of a sort: `-date` is { name: 'date', dir: 'desc' }. */
export interface SortKey {
  name: string
  dir: Direction
}

export type KeyValue = string | number

export interface PageRequest {
  where: SqlFragment
  /** The sort keys, most significant first; the id breaks ties (in the last key's direction) unless it is the last key. */
  sort: SortKey[]
  after?: { keys: KeyValue[]; id: string }
  limit: number
}

export interface Page {
  ids: string[]
  /** The sort keys of the last row, for the next cursor. */
  lastKeys: KeyValue[]
  hasMore: boolean
}

interface OrderTerm {
  expr: string
  dir: Direction
}

/** The ORDER BY terms of a sort: its keys' expressions, then the id unless the sort ends with it. */
function orderTerms(spec: CollectionSpec, sort: SortKey[]): OrderTerm[] {
  const terms = sort.map((s) => ({ expr: (spec.sorts[s.name] as (dir: Direction) => string)(s.dir), dir: s.dir }))
  const last = sort.at(-1) as SortKey
  return last.name === 'id' ? terms : [...terms, { expr: 't.id', dir: last.dir }]
}

/**
 * The keyset condition "after this row" for ORDER BY terms e1, e2, … (each with its own direction):
 * `e1 >= a1 AND (e1 > a1 OR e2 > a2 OR (e2 = a2 AND (e3 > a3 OR …)))`. The leading `e1 >= a1` is
 * what SQLite turns into a range search on the first key's index; the rest is exact lexicographic
 * order (given e1 >= a1, "not e1 > a1" means e1 = a1).
 */
function afterCondition(terms: OrderTerm[], values: KeyValue[]): SqlFragment {
  const op = (t: OrderTerm) => (t.dir === 'asc' ? '>' : '<')
  const rest = (i: number): SqlFragment => {
    const t = terms[i] as OrderTerm
    if (i === terms.length - 1) return { sql: `${t.expr} ${op(t)} ?`, params: [values[i]] }
    const inner = rest(i + 1)
    return { sql: `${t.expr} ${op(t)} ? OR (${t.expr} = ? AND (${inner.sql}))`, params: [values[i], values[i], ...inner.params] }
  }
  const first = terms[0] as OrderTerm
  const tail = terms.length > 1 ? rest(1) : undefined
  return {
    sql: `${first.expr} ${op(first)}= ? AND (${first.expr} ${op(first)} ?${tail ? ` OR ${tail.sql}` : ''})`,
    params: [values[0], values[0], ...(tail?.params ?? [])],
  }
}

/**
 * The page query: rows after the cursor, in sort order, one more than the limit (to know whether
 * there is a next page). The keyset condition is written `k >= ? AND (k > ? OR id > ?)` rather than
 * as a row value `(k, id) > (?, ?)`: SQLite turns the first into a range search on an expression
 * index, the second only into a scan of it (a deep page then costs a read of everything before it).
 */
export function pageQuery(spec: CollectionSpec, req: PageRequest): SqlFragment {
  const terms = orderTerms(spec, req.sort)
  const conditions = [req.where]
  if (req.after) {
    const values = terms.length > req.sort.length ? [...req.after.keys, req.after.id] : req.after.keys
    conditions.push(afterCondition(terms, values))
  }
  const where = and(conditions)
  const keys = req.sort.map((_, i) => `${(terms[i] as OrderTerm).expr} AS k${i}`).join(', ')
  const order = terms.map((t, i) => `${i < req.sort.length ? `k${i}` : t.expr} ${t.dir}`).join(', ')
  return {
    sql: `SELECT t.id AS id, ${keys} FROM ${spec.table} t WHERE ${where.sql} ORDER BY ${order} LIMIT ?`,
    params: [...where.params, req.limit + 1],
  }
}

export function listPage(db: Sqlite, spec: CollectionSpec, req: PageRequest): Page {
  const rows = all<Record<string, KeyValue> & { id: string }>(db, pageQuery(spec, req))
  const page = rows.slice(0, req.limit)
  const last = page.at(-1)
  return { ids: page.map((r) => r.id), lastKeys: last ? req.sort.map((_, i) => last[`k${i}`] as KeyValue) : [], hasMore: rows.length > req.limit }
}

export function countRows(db: Sqlite, spec: CollectionSpec, where: SqlFragment): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${spec.table} t WHERE ${where.sql}`).get(...where.params) as { n: number }).n
}

export interface FacetRow {
  value: string
  label?: string
  count: number
}

export function facetCounts(db: Sqlite, spec: CollectionSpec, names: string[], where: SqlFragment): Record<string, FacetRow[]> {
  return Object.fromEntries(
    names.map((name) => {
      const rows = all<{ value: string; label: string | null; count: number }>(db, (spec.facets[name] as (w: SqlFragment) => SqlFragment)(where))
      return [name, rows.map((r) => (r.label === null || r.label === undefined ? { value: r.value, count: r.count } : { value: r.value, label: r.label, count: r.count }))]
    }),
  )
}

/** A facet over a column of the table itself. */
export const columnFacet = (table: string, column: string) => (where: SqlFragment): SqlFragment => ({
  sql: `SELECT t.${column} AS value, NULL AS label, count(*) AS count FROM ${table} t WHERE ${where.sql} AND t.${column} IS NOT NULL GROUP BY t.${column} ORDER BY count DESC, value`,
  params: where.params,
})

/** A facet over actors linked through a join table (speakers, parties, participants…). */
export const actorLinkFacet = (table: string, linkTable: string, linkColumn: string) => (where: SqlFragment): SqlFragment => ({
  sql: `SELECT l.actor_id AS value, a.name AS label, count(*) AS count FROM ${linkTable} l JOIN actors a ON a.id = l.actor_id
        WHERE l.${linkColumn} IN (SELECT t.id FROM ${table} t WHERE ${where.sql}) GROUP BY l.actor_id ORDER BY count DESC, value`,
  params: where.params,
})

/** `t.column` is one of the values. */
export const columnIn = (column: string) => (values: string[]): SqlFragment => ({
  sql: `t.${column} IN (SELECT value FROM json_each(?))`,
  params: [JSON.stringify(values)],
})

// Link filters are id sets read from the link table's (value, id) index, not a probe per row of
// `t`: the planner can then start from the few linked rows instead of scanning the table.

/** Some row of `linkTable` links `t` to one of the actors. */
export const linkedTo = (linkTable: string, linkColumn: string, valueColumn = 'actor_id') => (values: string[]): SqlFragment =>
  idIn({ sql: `SELECT l.${linkColumn} FROM ${linkTable} l WHERE l.${valueColumn} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values)] })

/** Some citation of `t` points into one of the sources. */
export const citedIn = (citationColumn: string) => (values: string[]): SqlFragment =>
  idIn({ sql: `SELECT c.${citationColumn} FROM citations c WHERE c.source_id IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values)] })

/** `t.id` is in the ids the select returns (an id set, intersected with the other filters' sets). */
export const idIn = (select: { sql: string; params: unknown[] }): SqlFragment => ({ sql: `t.id IN (${select.sql})`, params: select.params, idSet: select })
