import type { Sqlite } from '../db/connection.js'
import type { AgreementOut } from '../schemas/entities.js'
import { actorLinkFacet, citedIn, columnFacet, columnIn, dateSortKey, linkedTo, type CollectionSpec } from './list.js'
import { actorRefs, disputeRefs, citationsFor, dateOf, DATE_COLUMNS, META_COLUMNS, meetingRefs, must, metaOf, type MetaRow, type DateRow, inOrder } from './refs.js'
import { ftsMatch } from './search.js'
import { all, groupBy, inList } from './sql.js'

export const agreementCollection: CollectionSpec = {
  table: 'agreements',
  sorts: { date: dateSortKey('date'), title: () => 't.title_key', status: () => 't.status', id: () => 't.id', updated_at: () => 't.updated_at' },
  defaultSort: 'date',
  dateColumn: 'date',
  filters: {
    party: linkedTo('agreement_parties', 'agreement_id'),
    status: columnIn('status'),
    kind: columnIn('kind'),
    meeting: columnIn('meeting_id'),
    source: citedIn('agreement_id'),
  },
  search: (q) => ftsMatch('agreement', q),
  facets: {
    party: actorLinkFacet('agreements', 'agreement_parties', 'agreement_id'),
    status: columnFacet('agreements', 'status'),
    kind: columnFacet('agreements', 'kind'),
    meeting: columnFacet('agreements', 'meeting_id'),
  },
  operators: { title: { kind: 'text', key: 't.title_key' }, date: { kind: 'date', column: 'date' }, version: { kind: 'integer', column: 'version' } },
}

type AgreementRow = {
  id: string
  title: string
  kind: AgreementOut['kind']
  status: AgreementOut['status']
  summary: string | null
  meeting_id: string | null
} & MetaRow & DateRow

export function hydrateAgreements(db: Sqlite, ids: string[]): AgreementOut[] {
  if (ids.length === 0) return []
  const idList = JSON.stringify(ids)
  const rows = all<AgreementRow>(db, {
    sql: `SELECT id, title, kind, status, summary, meeting_id, ${META_COLUMNS}, ${DATE_COLUMNS} FROM agreements WHERE ${inList('id', ids).sql}`,
    params: [idList],
  })
  const parties = all<{ id: number; agreement_id: string; actor_id: string }>(db, {
    sql: `SELECT id, agreement_id, actor_id FROM agreement_parties WHERE agreement_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    params: [idList],
  })
  const refs = actorRefs(db, parties.map((p) => p.actor_id))
  const meetings = meetingRefs(db, rows.map((r) => r.meeting_id))
  const partyCitations = citationsFor(db, 'party_id', parties.map((p) => p.id))
  const byAgreement = groupBy(parties, (p) => p.agreement_id)
  const citations = citationsFor(db, 'agreement_id', ids)

  const disputes = disputeRefs(db, 'agreement', ids)

  return inOrder(ids, rows, (r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    date: dateOf(r),
    summary: r.summary,
    meeting: r.meeting_id ? must(meetings, r.meeting_id) : null,
    parties: (byAgreement.get(r.id) ?? []).map((p) => ({ actor: must(refs, p.actor_id), citations: partyCitations.get(p.id) ?? [] })),
    disputes: disputes.get(r.id) ?? [],
    citations: citations.get(r.id) ?? [],
    links: { self: `/v1/agreements/${r.id}`, statements: `/v1/statements?agreement=${r.id}` },
    ...metaOf(r),
  }))
}
