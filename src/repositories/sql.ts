// Small helpers for the read queries, which are hand-written SQL with bound parameters only.
import type { Sqlite } from '../db/connection.js'

export interface SqlFragment {
  sql: string
  params: unknown[]
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
