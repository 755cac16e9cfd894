// Lookups of record ids for the values of list filters: which exist, which a merge retired, and a few
// existing ids near one that does not exist. Every query reads an index and is bounded by a LIMIT,
// so its cost does not grow with the data.
import type { Sqlite } from '../db/connection.js'
import type { EntityType } from '../domain/vocabulary.js'
import { all } from './sql.js'

const TABLE: Record<EntityType, string> = { source: 'sources', actor: 'actors', meeting: 'meetings', agreement: 'agreements', statement: 'statements', dispute: 'disputes' }

/** Those of `ids` that are records of `type`. */
export function existingIds(db: Sqlite, type: EntityType, ids: string[]): Set<string> {
  const rows = all<{ id: string }>(db, { sql: `SELECT id FROM ${TABLE[type]} WHERE id IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] })
  return new Set(rows.map((r) => r.id))
}

/** The survivor of each of `ids` that a merge retired (redirects always point at a live record). */
export function survivorsOf(db: Sqlite, type: EntityType, ids: string[]): Map<string, string> {
  const rows = all<{ from_id: string; to_id: string }>(db, {
    sql: `SELECT from_id, to_id FROM redirects WHERE entity_type = ? AND from_id IN (SELECT value FROM json_each(?))`,
    params: [type, JSON.stringify(ids)],
  })
  return new Map(rows.map((r) => [r.from_id, r.to_id]))
}

/**
 * Existing ids that may be the one meant by `value`: its neighbours in id order (a typo near the
 * end), and records whose name or title has a word starting like one of the words of `value` (a
 * typo near the start). The caller ranks them.
 */
export function idCandidates(db: Sqlite, type: EntityType, value: string, perQuery = 8): string[] {
  const table = TABLE[type]
  const before = all<{ id: string }>(db, { sql: `SELECT id FROM ${table} WHERE id < ? ORDER BY id DESC LIMIT ?`, params: [value, perQuery] })
  const after = all<{ id: string }>(db, { sql: `SELECT id FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`, params: [value, perQuery] })
  const prefixes = [...new Set(value.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3).map((w) => `${w.slice(0, 4)}*`))]
  const named = prefixes.length
    ? all<{ id: string }>(db, {
        sql: `SELECT entity_id AS id FROM search_index WHERE search_index MATCH ? AND entity_type = ? LIMIT ?`,
        params: [`title : (${prefixes.join(' OR ')})`, type, perQuery * 4],
      })
    : []
  return [...new Set([...before, ...after, ...named].map((r) => r.id))]
}
