// Annotation suggestions for a stored source, from its text and the actors and meetings already in
// the dataset (src/domain/suggestions.ts). Reads only.
import type { Sqlite } from '../db/connection.js'
import { suggestAnnotations, type KnownActor, type KnownMeeting, type Suggestions } from '../domain/suggestions.js'
import { all } from '../repositories/sql.js'

/** Every actor (id, name, aliases) and meeting (id, title), in id order. */
export function knownEntities(db: Sqlite): { actors: KnownActor[]; meetings: KnownMeeting[] } {
  const actors = all<{ id: string; name: string; aliases: string | null }>(db, { sql: 'SELECT id, name, aliases FROM actors ORDER BY id', params: [] }).map((a) => ({
    id: a.id,
    name: a.name,
    aliases: parseAliases(a.aliases),
  }))
  const meetings = all<KnownMeeting>(db, { sql: 'SELECT id, title FROM meetings ORDER BY id', params: [] })
  return { actors, meetings }
}

function parseAliases(json: string | null): string[] {
  if (json === null) return []
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Suggestions for the source `sourceId`, or undefined when there is no such source. */
export function suggestForSource(db: Sqlite, sourceId: string): Suggestions | undefined {
  const source = db.prepare('SELECT id, text, published FROM sources WHERE id = ?').get(sourceId) as { id: string; text: string; published: string | null } | undefined
  if (source === undefined) return undefined
  return suggestAnnotations({ sourceId: source.id, text: source.text, published: { edtf: source.published }, ...knownEntities(db) })
}
