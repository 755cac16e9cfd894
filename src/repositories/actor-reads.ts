import type { Sqlite } from '../db/connection.js'
import type { ActorOut } from '../schemas/entities.js'
import { citedIn, columnFacet, columnIn, type CollectionSpec } from './list.js'
import { actorRefs, citationsFor, dateOf, DATE_COLUMNS, META_COLUMNS, must, metaOf, type MetaRow, type DateRow, inOrder } from './refs.js'
import { all, groupBy, inList, likeEscape } from './sql.js'

export const actorCollection: CollectionSpec = {
  table: 'actors',
  sorts: { name: () => 't.name_key', kind: () => 't.kind', id: () => 't.id', updated_at: () => 't.updated_at' },
  defaultSort: 'name',
  filters: { kind: columnIn('kind'), country: columnIn('country'), source: citedIn('actor_id') },
  // Name or alias, ignoring case and accents (fold() is registered on every connection).
  search: (q) => ({
    sql: `(fold(t.name) LIKE '%' || fold(?) || '%' ESCAPE '\\' OR EXISTS (SELECT 1 FROM json_each(t.aliases) WHERE fold(value) LIKE '%' || fold(?) || '%' ESCAPE '\\'))`,
    params: [likeEscape(q), likeEscape(q)],
  }),
  facets: { kind: columnFacet('actors', 'kind'), country: columnFacet('actors', 'country') },
  operators: { name: { kind: 'text', key: 't.name_key' }, version: { kind: 'integer', column: 'version' } },
}

type ActorRow = {
  id: string
  kind: ActorOut['kind']
  name: string
  aliases: string
  country: string | null
  description: string | null
} & MetaRow
type AffiliationRow = {
  id: number
  person_id: string
  organization_id: string
  role: string
} & DateRow

export function hydrateActors(db: Sqlite, ids: string[]): ActorOut[] {
  if (ids.length === 0) return []
  const rows = all<ActorRow>(db, { sql: `SELECT id, kind, name, aliases, country, description, ${META_COLUMNS} FROM actors WHERE ${inList('id', ids).sql}`, params: [JSON.stringify(ids)] })
  const idList = JSON.stringify(ids)
  const affiliations = all<AffiliationRow>(db, {
    sql: `SELECT id, person_id, organization_id, role, ${DATE_COLUMNS} FROM affiliations
          WHERE person_id IN (SELECT value FROM json_each(?)) OR organization_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    params: [idList, idList],
  })
  const refs = actorRefs(db, affiliations.flatMap((a) => [a.person_id, a.organization_id]))
  const affiliationCitations = citationsFor(db, 'affiliation_id', affiliations.map((a) => a.id))
  const byPerson = groupBy(affiliations, (a) => a.person_id)
  const byOrganization = groupBy(affiliations, (a) => a.organization_id)
  const citations = citationsFor(db, 'actor_id', ids)

  return inOrder(ids, rows, (r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    aliases: JSON.parse(r.aliases) as string[],
    country: r.country,
    description: r.description,
    affiliations: (byPerson.get(r.id) ?? []).map((a) => ({
      organization: must(refs, a.organization_id),
      role: a.role,
      date: dateOf(a),
      citations: affiliationCitations.get(a.id) ?? [],
    })),
    members: (byOrganization.get(r.id) ?? []).map((a) => ({
      person: must(refs, a.person_id),
      role: a.role,
      date: dateOf(a),
      citations: affiliationCitations.get(a.id) ?? [],
    })),
    citations: citations.get(r.id) ?? [],
    links: {
      self: `/v1/actors/${r.id}`,
      statements: `/v1/statements?speaker=${r.id}`,
      mentioned_in: `/v1/statements?about=${r.id}`,
      meetings: `/v1/meetings?participant=${r.id}`,
      agreements: `/v1/agreements?party=${r.id}`,
    },
    ...metaOf(r),
  }))
}
