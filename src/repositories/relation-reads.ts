// The relations as collections of their own: meeting participants, agreement parties and
// affiliations, each with its citations. Their public ids are made of their ends (citation-subjects.ts).
import type { Sqlite } from '../db/connection.js'
import type { ParticipantRole } from '../domain/vocabulary.js'
import { subjectType, type CitationSubjectType } from '../domain/citation-subjects.js'
import { relationKeySql, subjectRowSql } from './citation-subjects.js'
import { columnFacet, columnIn, type CollectionSpec } from './list.js'
import {
  actorRefs,
  agreementRefs,
  citationsFor,
  dateOf,
  DATE_COLUMNS,
  meetingRefs,
  META_COLUMNS,
  metaOf,
  must,
  type ActorRef,
  type AgreementRef,
  type CitationOut,
  type DateRow,
  type MeetingRef,
  type MetaRow,
} from './refs.js'
import { all, inList, type SqlFragment } from './sql.js'
import type { DateValue } from '../domain/date-value.js'

/** A facet over an actor column of the relation table, labelled with the actor's name. */
const actorFacet = (table: string, column: string) => (where: SqlFragment): SqlFragment => ({
  sql: `SELECT t.${column} AS value, a.name AS label, count(*) AS count FROM ${table} t JOIN actors a ON a.id = t.${column}
        WHERE ${where.sql} GROUP BY t.${column} ORDER BY count DESC, value`,
  params: where.params,
})

export const participantCollection: CollectionSpec = {
  table: 'meeting_participants',
  sorts: { meeting: () => 't.meeting_id', actor: () => 't.actor_id' },
  defaultSort: 'meeting',
  operators: {},
  filters: { meeting: columnIn('meeting_id'), actor: columnIn('actor_id'), role: columnIn('role') },
  facets: { role: columnFacet('meeting_participants', 'role'), actor: actorFacet('meeting_participants', 'actor_id') },
}

export const partyCollection: CollectionSpec = {
  table: 'agreement_parties',
  sorts: { agreement: () => 't.agreement_id', actor: () => 't.actor_id' },
  defaultSort: 'agreement',
  operators: {},
  filters: { agreement: columnIn('agreement_id'), actor: columnIn('actor_id') },
  facets: { actor: actorFacet('agreement_parties', 'actor_id') },
}

export const affiliationCollection: CollectionSpec = {
  table: 'affiliations',
  sorts: { person: () => 't.person_id', organization: () => 't.organization_id' },
  defaultSort: 'person',
  operators: {},
  filters: { person: columnIn('person_id'), organization: columnIn('organization_id') },
  facets: { organization: actorFacet('affiliations', 'organization_id') },
}

type Links = { self: string; citations: string } & Record<string, string>
interface RelationOut {
  id: string
  citations: CitationOut[]
  links: Links
  created_at: string
  updated_at: string
  version: number
}
export type ParticipantRowOut = RelationOut & { meeting: MeetingRef; actor: ActorRef; role: ParticipantRole }
export type PartyRowOut = RelationOut & { agreement: AgreementRef; actor: ActorRef }
export type AffiliationRowOut = RelationOut & { person: ActorRef; organization: ActorRef; role: string; date: DateValue }

type Base = { rowid: number; key: string } & MetaRow

/** The relation rows with these internal ids (with their public id as `key`), and their citations, in the order of `ids`. */
function relationRows<R extends Base>(db: Sqlite, s: CitationSubjectType, columns: string, ids: (string | number)[], build: (row: R, citations: CitationOut[], links: Links) => object): object[] {
  if (ids.length === 0) return []
  const rows = all<R>(db, {
    sql: `SELECT r.id AS rowid, ${relationKeySql(s)} AS key, ${columns}, ${META_COLUMNS} FROM ${s.table} r WHERE ${inList('r.id', ids).sql}`,
    params: [JSON.stringify(ids)],
  })
  const citations = citationsFor(db, s.column, rows.map((r) => r.rowid))
  const byId = new Map(rows.map((r) => [r.rowid, r]))
  return ids.flatMap((id) => {
    const r = byId.get(Number(id))
    if (!r) return []
    const links = { self: `/v1/${s.collection}/${r.key}`, citations: `/v1/citations?subject=${s.type}:${r.key}` }
    return [{ id: r.key, ...build(r, citations.get(r.rowid) ?? [], links), ...metaOf(r) }]
  })
}

const PARTICIPANT = subjectType('participant') as CitationSubjectType
const PARTY = subjectType('party') as CitationSubjectType
const AFFILIATION = subjectType('affiliation') as CitationSubjectType

export function hydrateParticipants(db: Sqlite, ids: (string | number)[]): ParticipantRowOut[] {
  type Row = Base & { meeting_id: string; actor_id: string; role: ParticipantRole }
  const peek = all<Row>(db, { sql: `SELECT meeting_id, actor_id FROM meeting_participants WHERE ${inList('id', ids).sql}`, params: [JSON.stringify(ids)] })
  const meetings = meetingRefs(db, peek.map((r) => r.meeting_id))
  const actors = actorRefs(db, peek.map((r) => r.actor_id))
  return relationRows<Row>(db, PARTICIPANT, 'r.meeting_id, r.actor_id, r.role', ids, (r, citations, links) => ({
    meeting: must(meetings, r.meeting_id),
    actor: must(actors, r.actor_id),
    role: r.role,
    citations,
    links: { ...links, meeting: `/v1/meetings/${r.meeting_id}`, actor: `/v1/actors/${r.actor_id}` },
  })) as ParticipantRowOut[]
}

export function hydrateParties(db: Sqlite, ids: (string | number)[]): PartyRowOut[] {
  type Row = Base & { agreement_id: string; actor_id: string }
  const peek = all<Row>(db, { sql: `SELECT agreement_id, actor_id FROM agreement_parties WHERE ${inList('id', ids).sql}`, params: [JSON.stringify(ids)] })
  const agreements = agreementRefs(db, peek.map((r) => r.agreement_id))
  const actors = actorRefs(db, peek.map((r) => r.actor_id))
  return relationRows<Row>(db, PARTY, 'r.agreement_id, r.actor_id', ids, (r, citations, links) => ({
    agreement: must(agreements, r.agreement_id),
    actor: must(actors, r.actor_id),
    citations,
    links: { ...links, agreement: `/v1/agreements/${r.agreement_id}`, actor: `/v1/actors/${r.actor_id}` },
  })) as PartyRowOut[]
}

export function hydrateAffiliations(db: Sqlite, ids: (string | number)[]): AffiliationRowOut[] {
  type Row = Base & DateRow & { person_id: string; organization_id: string; role: string }
  const peek = all<Row>(db, { sql: `SELECT person_id, organization_id FROM affiliations WHERE ${inList('id', ids).sql}`, params: [JSON.stringify(ids)] })
  const actors = actorRefs(db, peek.flatMap((r) => [r.person_id, r.organization_id]))
  const dateColumns = DATE_COLUMNS.split(', ').map((c) => `r.${c}`).join(', ')
  return relationRows<Row>(db, AFFILIATION, `r.person_id, r.organization_id, r.role, ${dateColumns}`, ids, (r, citations, links) => ({
    person: must(actors, r.person_id),
    organization: must(actors, r.organization_id),
    role: r.role,
    date: dateOf(r),
    citations,
    links: { ...links, person: `/v1/actors/${r.person_id}`, organization: `/v1/actors/${r.organization_id}` },
  })) as AffiliationRowOut[]
}

/** The internal row id of the relation with this public id, if there is one. */
export function findRelation(db: Sqlite, type: 'participant' | 'party' | 'affiliation', id: string): number | undefined {
  const row = subjectRowSql(`${type}:${id}`)
  if (!row) return undefined
  return (db.prepare(`SELECT ${row.sql}`).pluck().get(...row.params) ?? undefined) as number | undefined
}
