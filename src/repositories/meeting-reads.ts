import type { Sqlite } from '../db/connection.js'
import type { MeetingOut } from '../schemas/entities.js'
import { actorLinkFacet, citedIn, columnFacet, columnIn, dateSortKey, linkedTo, type CollectionSpec } from './list.js'
import { actorRefs, disputeRefs, citationsFor, dateOf, DATE_COLUMNS, META_COLUMNS, must, metaOf, type MetaRow, type DateRow, inOrder } from './refs.js'
import { ftsMatch } from './search.js'
import { all, groupBy, inList, likeEscape } from './sql.js'

export const meetingCollection: CollectionSpec = {
  table: 'meetings',
  sorts: { date: dateSortKey('date'), title: () => 't.title_key', id: () => 't.id', updated_at: () => 't.updated_at' },
  defaultSort: 'date',
  dateColumn: 'date',
  filters: {
    participant: linkedTo('meeting_participants', 'meeting_id'),
    kind: columnIn('kind'),
    source: citedIn('meeting_id'),
    // Locations are free text ("the Pentagon, Washington"): match each value as a case-insensitive substring.
    location: (values) => ({
      sql: values.map(() => `fold(coalesce(t.location, '')) LIKE '%' || fold(?) || '%' ESCAPE '\\'`).join(' OR '),
      params: values.map(likeEscape),
    }),
  },
  search: (q) => ftsMatch('meeting', q),
  facets: {
    participant: actorLinkFacet('meetings', 'meeting_participants', 'meeting_id'),
    kind: columnFacet('meetings', 'kind'),
    location: columnFacet('meetings', 'location'),
  },
  operators: { title: { kind: 'text', key: 't.title_key' }, date: { kind: 'date', column: 'date' }, version: { kind: 'integer', column: 'version' } },
}

type MeetingRow = {
  id: string
  title: string
  kind: MeetingOut['kind']
  location: string | null
  description: string | null
} & MetaRow & DateRow

export function hydrateMeetings(db: Sqlite, ids: string[]): MeetingOut[] {
  if (ids.length === 0) return []
  const idList = JSON.stringify(ids)
  const rows = all<MeetingRow>(db, {
    sql: `SELECT id, title, kind, location, description, ${META_COLUMNS}, ${DATE_COLUMNS} FROM meetings WHERE ${inList('id', ids).sql}`,
    params: [idList],
  })
  const participants = all<{ id: number; meeting_id: string; actor_id: string; role: MeetingOut['participants'][number]['role'] }>(db, {
    sql: `SELECT id, meeting_id, actor_id, role FROM meeting_participants WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    params: [idList],
  })
  const agreements = all<{ id: string; meeting_id: string; title: string; status: MeetingOut['agreements'][number]['status'] } & Parameters<typeof dateOf>[0]>(db, {
    sql: `SELECT id, meeting_id, title, status, ${DATE_COLUMNS} FROM agreements WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY coalesce(date_start, '9999'), id`,
    params: [idList],
  })
  const refs = actorRefs(db, participants.map((p) => p.actor_id))
  const participantCitations = citationsFor(db, 'participant_id', participants.map((p) => p.id))
  const byMeeting = groupBy(participants, (p) => p.meeting_id)
  const agreementsByMeeting = groupBy(agreements, (g) => g.meeting_id)
  const citations = citationsFor(db, 'meeting_id', ids)

  const disputes = disputeRefs(db, 'meeting', ids)

  return inOrder(ids, rows, (r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    date: dateOf(r),
    location: r.location,
    description: r.description,
    participants: (byMeeting.get(r.id) ?? []).map((p) => ({ actor: must(refs, p.actor_id), role: p.role, citations: participantCitations.get(p.id) ?? [] })),
    agreements: (agreementsByMeeting.get(r.id) ?? []).map((g) => ({ id: g.id, title: g.title, status: g.status, date: dateOf(g) })),
    disputes: disputes.get(r.id) ?? [],
    citations: citations.get(r.id) ?? [],
    links: { self: `/v1/meetings/${r.id}`, statements: `/v1/statements?meeting=${r.id}`, agreements: `/v1/agreements?meeting=${r.id}` },
    ...metaOf(r),
  }))
}
