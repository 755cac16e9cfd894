import type { Sqlite } from '../db/connection.js'
import type { StatementOut } from '../schemas/entities.js'
import type { Topic } from '../domain/vocabulary.js'
import {
  actorLinkFacet,
  columnFacet,
  columnIn,
  dateSortKey,
  idIn,
  linkedTo,
  type CollectionSpec,
} from './list.js'
import { actorRefs, disputeRefs, agreementRefs, citationsFor, dateOf, DATE_COLUMNS, META_COLUMNS, meetingRefs, must, sourceRefs, metaOf, type MetaRow, type DateRow, inOrder } from './refs.js'
import { all, groupBy, inList, type SqlFragment } from './sql.js'
import { ftsMatch } from './search.js'
import { spanOverlap } from './citation-reads.js'

export const statementCollection: CollectionSpec = {
  table: 'statements',
  sorts: { date: dateSortKey('date'), id: () => 't.id', source: () => 't.source_id', updated_at: () => 't.updated_at' },
  defaultSort: 'date',
  dateColumn: 'date',
  filters: {
    speaker: linkedTo('statement_speakers', 'statement_id'),
    about: linkedTo('statement_about', 'statement_id'),
    topic: linkedTo('statement_topics', 'statement_id', 'topic'),
    kind: columnIn('kind'),
    source: columnIn('source_id'),
    meeting: columnIn('meeting_id'),
    agreement: columnIn('agreement_id'),
    // The statements of a dispute: those giving its claims' answers, and the one that settles it.
    dispute: (values) =>
      idIn({
        // Wrapped: a bare UNION would bind to the INTERSECT of the other filters' id sets.
        sql: `SELECT id FROM (SELECT cs.statement_id AS id FROM dispute_claims c JOIN claim_statements cs ON cs.claim_id = c.id WHERE c.dispute_id IN (SELECT value FROM json_each(?))
              UNION SELECT d.superseded_by FROM disputes d WHERE d.id IN (SELECT value FROM json_each(?)) AND d.superseded_by IS NOT NULL)`,
        params: [JSON.stringify(values), JSON.stringify(values)],
      }),
    overlaps: spanOverlap('t.text_start', 't.text_end'),
  },
  search: (q) => ftsMatch('statement', q),
  facets: {
    speaker: actorLinkFacet('statements', 'statement_speakers', 'statement_id'),
    about: actorLinkFacet('statements', 'statement_about', 'statement_id'),
    topic: (where: SqlFragment) => ({
      sql: `SELECT l.topic AS value, NULL AS label, count(*) AS count FROM statement_topics l
            WHERE l.statement_id IN (SELECT t.id FROM statements t WHERE ${where.sql}) GROUP BY l.topic ORDER BY count DESC, value`,
      params: where.params,
    }),
    kind: columnFacet('statements', 'kind'),
    source: columnFacet('statements', 'source_id'),
    meeting: columnFacet('statements', 'meeting_id'),
    agreement: columnFacet('statements', 'agreement_id'),
  },
  // No text operators: statements have no name or title, and their text is searched through q (FTS).
  operators: { date: { kind: 'date', column: 'date' }, version: { kind: 'integer', column: 'version' } },
}

type StatementRow = {
  id: string
  kind: StatementOut['kind']
  text: string
  source_id: string
  text_start: number
  text_end: number
  meeting_id: string | null
  agreement_id: string | null
} & MetaRow & DateRow

/** Full representations of the statements with these ids, in the order given. */
export function hydrateStatements(db: Sqlite, ids: string[]): StatementOut[] {
  if (ids.length === 0) return []
  const where = inList('id', ids)
  const rows = all<StatementRow>(db, {
    sql: `SELECT id, kind, text, source_id, text_start, text_end, meeting_id, agreement_id, ${META_COLUMNS}, ${DATE_COLUMNS}
          FROM statements WHERE ${where.sql}`,
    params: where.params,
  })
  const links = (table: string, column: string) =>
    groupBy(all<{ statement_id: string; value: string }>(db, { sql: `SELECT statement_id, ${column} AS value FROM ${table} WHERE ${inList('statement_id', ids).sql} ORDER BY statement_id, position`, params: [JSON.stringify(ids)] }), (r) => r.statement_id)
  const speakers = links('statement_speakers', 'actor_id')
  const about = links('statement_about', 'actor_id')
  const topics = links('statement_topics', 'topic')
  const actors = actorRefs(db, [...speakers.values(), ...about.values()].flat().map((l) => l.value))
  const sources = sourceRefs(db, rows.map((r) => r.source_id))
  const meetings = meetingRefs(db, rows.map((r) => r.meeting_id))
  const agreements = agreementRefs(db, rows.map((r) => r.agreement_id))
  const citations = citationsFor(db, 'statement_id', ids)

  const disputes = disputeRefs(db, 'statement', ids)

  return inOrder(ids, rows, (r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    speakers: (speakers.get(r.id) ?? []).map((l) => must(actors, l.value)),
    date: dateOf(r),
    source: must(sources, r.source_id),
    meeting: r.meeting_id ? must(meetings, r.meeting_id) : null,
    agreement: r.agreement_id ? must(agreements, r.agreement_id) : null,
    about: (about.get(r.id) ?? []).map((l) => must(actors, l.value)),
    topics: (topics.get(r.id) ?? []).map((l) => l.value as Topic),
    disputes: disputes.get(r.id) ?? [],
    citations: [{ source_id: r.source_id, start: r.text_start, end: r.text_end, quote: r.text }, ...(citations.get(r.id) ?? [])],
    links: {
      self: `/v1/statements/${r.id}`,
      source: `/v1/sources/${r.source_id}`,
      source_text: `/v1/sources/${r.source_id}/text`,
    },
    ...metaOf(r),
  }))
}
