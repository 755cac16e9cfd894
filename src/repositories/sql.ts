// Small helpers for the read queries, which are hand-written SQL with bound parameters only.
import type { Sqlite } from '../db/connection.js'

export interface SqlFragment {
  sql: string
  params: unknown[]
  /** When the condition is `t.id IN (<select>)`: the select, so that several can be intersected. */
  idSet?: { sql: string; params: unknown[] }
}

/**
 * Conditions `t.id IN (a)`, `t.id IN (b)` … become one `t.id IN (a INTERSECT b …)`: SQLite then
 * intersects the id sets from the link tables' indexes and reads only the rows in all of them,
 * instead of reading the rows of the first set and probing the others for each.
 */
export function intersectIdSets(parts: SqlFragment[]): SqlFragment[] {
  const sets = parts.filter((p) => p.idSet)
  if (sets.length < 2) return parts
  const merged = { sql: `t.id IN (${sets.map((p) => p.idSet!.sql).join(' INTERSECT ')})`, params: sets.flatMap((p) => p.idSet!.params) }
  return [merged, ...parts.filter((p) => !p.idSet)]
}

/** `column IN (ids…)` with a single JSON parameter, whatever the number of ids. */
export const inList = (column: string, values: readonly (string | number)[]): SqlFragment => ({
  sql: `${column} IN (SELECT value FROM json_each(?))`,
  params: [JSON.stringify(values)],
})

export const and = (parts: SqlFragment[]): SqlFragment =>
  parts.length === 0
    ? { sql: '1 = 1', params: [] }
    : { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) }

/** Escapes LIKE wildcards so user text matches literally (used with ESCAPE '\'). */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export function all<T>(db: Sqlite, fragment: SqlFragment): T[] {
  return db.prepare(fragment.sql).all(...fragment.params) as T[]
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const row of rows) {
    const k = key(row)
    const list = map.get(k)
    if (list) list.push(row)
    else map.set(k, [row])
  }
  return map
}
