import type { Sqlite } from '../db/connection.js'
import type { Topic } from '../domain/vocabulary.js'
import type { DisputeOut } from '../schemas/entities.js'
import { actorLinkFacet, columnFacet, columnIn, idIn, linkedTo, type CollectionSpec } from './list.js'
import { actorRefs, agreementRefs, citationsFor, dateOf, DATE_COLUMNS, META_COLUMNS, meetingRefs, metaOf, must, sourceRefs, inOrder, type DateRow, type MetaRow } from './refs.js'
import { ftsMatch } from './search.js'
import { all, groupBy, inList, type SqlFragment } from './sql.js'

const json = (values: unknown[]) => JSON.stringify(values)

export const disputeCollection: CollectionSpec = {
  table: 'disputes',
  sorts: { id: () => 't.id', kind: () => 't.kind', status: () => 't.status', updated_at: () => 't.updated_at' },
  defaultSort: 'id',
  operators: { version: { kind: 'integer', column: 'version' } },
  filters: {
    topic: linkedTo('dispute_topics', 'dispute_id', 'topic'),
    actor: linkedTo('dispute_actors', 'dispute_id'),
    status: columnIn('status'),
    kind: columnIn('kind'),
    meeting: columnIn('meeting_id'),
    agreement: columnIn('agreement_id'),
    // A claim of the dispute cites the source (read from the partial index of claim citations).
    source: (values) =>
      idIn({
        sql: `SELECT c.dispute_id FROM citations x JOIN dispute_claims c ON c.id = x.claim_id WHERE x.source_id IN (SELECT value FROM json_each(?)) AND x.claim_id IS NOT NULL`,
        params: [json(values)],
      }),
  },
  search: (q) => ftsMatch('dispute', q),
  facets: {
    topic: (where: SqlFragment) => ({
      sql: `SELECT l.topic AS value, NULL AS label, count(*) AS count FROM dispute_topics l
            WHERE l.dispute_id IN (SELECT t.id FROM disputes t WHERE ${where.sql}) GROUP BY l.topic ORDER BY count DESC, value`,
      params: where.params,
    }),
    actor: actorLinkFacet('disputes', 'dispute_actors', 'dispute_id'),
    status: columnFacet('disputes', 'status'),
    kind: columnFacet('disputes', 'kind'),
    meeting: columnFacet('disputes', 'meeting_id'),
    agreement: columnFacet('disputes', 'agreement_id'),
  },
}

type DisputeRow = {
  id: string
  question: string
  kind: DisputeOut['kind']
  status: DisputeOut['status']
  superseded_by: string | null
  note: string | null
  meeting_id: string | null
  agreement_id: string | null
} & MetaRow

type ClaimStatementOut = DisputeOut['claims'][number]['statements'][number]

/** Statements as disputes embed them: text, speakers, date and source. */
export function claimStatementRefs(db: Sqlite, ids: string[]): Map<string, ClaimStatementOut> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = all<{ id: string; kind: ClaimStatementOut['kind']; text: string; source_id: string } & DateRow>(db, {
    sql: `SELECT id, kind, text, source_id, ${DATE_COLUMNS} FROM statements WHERE ${inList('id', unique).sql}`,
    params: [json(unique)],
  })
  const speakers = groupBy(
    all<{ statement_id: string; actor_id: string }>(db, { sql: `SELECT statement_id, actor_id FROM statement_speakers WHERE ${inList('statement_id', unique).sql} ORDER BY statement_id, position`, params: [json(unique)] }),
    (r) => r.statement_id,
  )
  const actors = actorRefs(db, [...speakers.values()].flat().map((s) => s.actor_id))
  const sources = sourceRefs(db, rows.map((r) => r.source_id))
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, kind: r.kind, text: r.text, speakers: (speakers.get(r.id) ?? []).map((s) => must(actors, s.actor_id)), date: dateOf(r), source: must(sources, r.source_id) },
    ]),
  )
}

/** Full representations of the disputes with these ids, in the order given. */
export function hydrateDisputes(db: Sqlite, ids: string[]): DisputeOut[] {
  if (ids.length === 0) return []
  const where = inList('id', ids)
  const rows = all<DisputeRow>(db, {
    sql: `SELECT id, question, kind, status, superseded_by, note, meeting_id, agreement_id, ${META_COLUMNS} FROM disputes WHERE ${where.sql}`,
    params: where.params,
  })
  const claims = all<{ id: number; dispute_id: string; answer: string; note: string | null }>(db, {
    sql: `SELECT id, dispute_id, answer, note FROM dispute_claims WHERE ${inList('dispute_id', ids).sql} ORDER BY dispute_id, position`,
    params: [json(ids)],
  })
  const claimIds = claims.map((c) => c.id)
  const links = groupBy(
    all<{ claim_id: number; statement_id: string }>(db, { sql: `SELECT claim_id, statement_id FROM claim_statements WHERE ${inList('claim_id', claimIds).sql} ORDER BY claim_id, position`, params: [json(claimIds)] }),
    (l) => l.claim_id,
  )
  const linked = (table: string, column: string) =>
    groupBy(all<{ dispute_id: string; value: string }>(db, { sql: `SELECT dispute_id, ${column} AS value FROM ${table} WHERE ${inList('dispute_id', ids).sql} ORDER BY dispute_id, position`, params: [json(ids)] }), (r) => r.dispute_id)
  const actorLinks = linked('dispute_actors', 'actor_id')
  const topics = linked('dispute_topics', 'topic')
  const actors = actorRefs(db, [...actorLinks.values()].flat().map((l) => l.value))
  const statements = claimStatementRefs(db, [...[...links.values()].flat().map((l) => l.statement_id), ...rows.flatMap((r) => (r.superseded_by ? [r.superseded_by] : []))])
  const meetings = meetingRefs(db, rows.map((r) => r.meeting_id))
  const agreements = agreementRefs(db, rows.map((r) => r.agreement_id))
  const citations = citationsFor(db, 'claim_id', claimIds)
  const claimsOf = groupBy(claims, (c) => c.dispute_id)

  return inOrder(ids, rows, (r) => ({
    id: r.id,
    question: r.question,
    kind: r.kind,
    status: r.status,
    superseded_by: r.superseded_by ? must(statements, r.superseded_by) : null,
    note: r.note,
    actors: (actorLinks.get(r.id) ?? []).map((l) => must(actors, l.value)),
    meeting: r.meeting_id ? must(meetings, r.meeting_id) : null,
    agreement: r.agreement_id ? must(agreements, r.agreement_id) : null,
    topics: (topics.get(r.id) ?? []).map((l) => l.value as Topic),
    claims: (claimsOf.get(r.id) ?? []).map((c) => ({
      answer: c.answer,
      note: c.note,
      statements: (links.get(c.id) ?? []).map((l) => must(statements, l.statement_id)),
      citations: citations.get(c.id) ?? [],
    })),
    links: { self: `/v1/disputes/${r.id}`, statements: `/v1/statements?dispute=${r.id}` },
    ...metaOf(r),
  }))
}
