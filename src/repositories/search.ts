import type { Sqlite } from '../db/connection.js'
import { ENTITY_TYPES } from '../domain/vocabulary.js'
import { QuerySyntaxError, toFtsQuery } from '../domain/fts-query.js'
import { all, type SqlFragment } from './sql.js'

export type SearchType = 'source' | 'actor' | 'meeting' | 'agreement' | 'statement' | 'dispute'

/** `t.id` is among the entities of this type whose text matches the query. */
export const ftsMatch = (type: SearchType, q: string): SqlFragment => ({
  sql: `t.id IN (SELECT entity_id FROM search_index WHERE search_index MATCH ? AND entity_type = ?)`,
  params: [toFtsQuery(q), type],
})

/** Runs a statement that uses MATCH, turning FTS5's own syntax errors into QuerySyntaxError. */
export function withFtsErrors<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    const message = (error as Error).message
    if (/fts5: syntax error|unterminated string/.test(message)) {
      throw new QuerySyntaxError(`could not be read: ${message.replace(/^.*fts5: /, '')}; check the use of OR, AND, NOT and quotation marks`)
    }
    throw error
  }
}

// Snippet delimiters from the Private Use Area: no source text contains them, so after HTML-escaping
// the snippet they can be turned into <mark> safely.
const OPEN = '\uE000'
const CLOSE = '\uE001'

export interface SearchHit {
  type: SearchType
  id: string
  rank: number
  snippet: string
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function searchIndex(db: Sqlite, q: string, types: SearchType[], limit: number, offset: number): { hits: SearchHit[]; total: number } {
  // entity_type is UNINDEXED: filtering on it reads every hit's row, so leave it out when every type is wanted.
  const filter: SqlFragment = new Set(types).size >= ENTITY_TYPES.length ? { sql: '', params: [] } : { sql: 'AND entity_type IN (SELECT value FROM json_each(?))', params: [JSON.stringify(types)] }
  const where: SqlFragment = { sql: `search_index MATCH ? ${filter.sql}`, params: [toFtsQuery(q), ...filter.params] }
  return withFtsErrors(() => {
    const rows = all<{ type: SearchType; id: string; rank: number; snippet: string | null }>(db, {
      sql: `SELECT entity_type AS type, entity_id AS id, bm25(search_index, 0, 0, 5.0, 1.0) AS rank,
                   snippet(search_index, -1, '${OPEN}', '${CLOSE}', '…', 16) AS snippet
            FROM search_index WHERE ${where.sql}
            ORDER BY rank, entity_type, entity_id LIMIT ? OFFSET ?`,
      params: [...where.params, limit, offset],
    })
    const total = (db.prepare(`SELECT count(*) AS n FROM search_index WHERE ${where.sql}`).get(...where.params) as { n: number }).n
    return {
      total,
      hits: rows.map((r) => ({
        type: r.type,
        id: r.id,
        rank: r.rank,
        snippet: escapeHtml(r.snippet ?? '').replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>'),
      })),
    }
  })
}
