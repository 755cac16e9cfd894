// Annotation suggestions for a stored source, from its text and the actors and meetings already in
// the dataset (src/domain/suggestions.ts). Reads only.
import type { Sqlite } from '../db/connection.js'
import { suggestAnnotations, type KnownActor, type KnownMeeting, type Suggestions } from '../domain/suggestions.js'
import type { KnownAgreement, KnownStatement } from '../domain/suggestions/types.js'
import type { ActorKind } from '../domain/vocabulary.js'
import { all } from '../repositories/sql.js'

/** Every actor (id, name, aliases) and meeting (id, title), in id order. */
export function knownEntities(db: Sqlite, exceptSource?: string): { actors: KnownActor[]; meetings: KnownMeeting[]; agreements: KnownAgreement[]; statements: KnownStatement[] } {
  const actors = all<{ id: string; name: string; aliases: string | null; kind: ActorKind }>(db, { sql: 'SELECT id, name, aliases, kind FROM actors ORDER BY id', params: [] }).map((a) => ({
    id: a.id,
    name: a.name,
    aliases: parseAliases(a.aliases),
    kind: a.kind,
  }))
  const meetings = all<KnownMeeting>(db, { sql: 'SELECT id, title, date FROM meetings ORDER BY id', params: [] })
  const agreements = all<KnownAgreement>(db, { sql: 'SELECT id, title FROM agreements ORDER BY id', params: [] })
  // The statements of other sources (a source's own are what is being drafted), for possible disputes; bounded.
  const statements = all<KnownStatement>(db, { sql: 'SELECT id, source_id, text FROM statements WHERE source_id IS NOT ? ORDER BY id LIMIT 5000', params: [exceptSource ?? null] })
  return { actors, meetings, agreements, statements }
}

function parseAliases(json: string | null): string[] {
  if (json === null) return []
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Suggestions for the source `sourceId`, or undefined when there is no such source. */
export function suggestForSource(db: Sqlite, sourceId: string): Suggestions | undefined {
  const source = db.prepare('SELECT id, text, published, publisher FROM sources WHERE id = ?').get(sourceId) as
    | { id: string; text: string; published: string | null; publisher: string | null }
    | undefined
  if (source === undefined) return undefined
  return suggestAnnotations({ sourceId: source.id, text: source.text, published: { edtf: source.published }, publisher: source.publisher, ...knownEntities(db, source.id) })
}
