// Batch loaders for the compact references and citations embedded in every representation.
import type { Sqlite } from '../db/connection.js'
import { toDateValue, type DateValue } from '../domain/date-value.js'
import type { ActorKind, AgreementStatus, DisputeKind, DisputeStatus } from '../domain/vocabulary.js'
import { all, groupBy, inList } from './sql.js'

export interface ActorRef {
  id: string
  name: string
  kind: ActorKind
}
export interface SourceRef {
  id: string
  publisher: string | null
  title: string | null
  published: DateValue
}
export interface MeetingRef {
  id: string
  title: string
  date: DateValue
}
export interface AgreementRef {
  id: string
  title: string
  status: AgreementStatus
  date: DateValue
}
export interface DisputeRef {
  id: string
  question: string
  kind: DisputeKind
  status: DisputeStatus
}
export interface CitationOut {
  source_id: string
  start: number
  end: number
  quote: string
}

export type DateRow = { date: string | null; date_start: string | null; date_end: string | null; date_basis: string; date_note: string | null }
export type MetaRow = { created_at: string; updated_at: string; version: number }
export const META_COLUMNS = 'created_at, updated_at, version'
/** The created_at/updated_at/version every representation ends with. */
export const metaOf = (r: MetaRow): MetaRow => ({ created_at: r.created_at, updated_at: r.updated_at, version: r.version })
export const dateOf = (r: DateRow) => toDateValue(r.date, r.date_start, r.date_end, r.date_basis, r.date_note)
export const DATE_COLUMNS = 'date, date_start, date_end, date_basis, date_note'

const unique = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))]

export function actorRefs(db: Sqlite, ids: (string | null)[]): Map<string, ActorRef> {
  const { sql, params } = inList('id', unique(ids))
  return new Map(all<ActorRef>(db, { sql: `SELECT id, name, kind FROM actors WHERE ${sql}`, params }).map((a) => [a.id, a]))
}

export function sourceRefs(db: Sqlite, ids: (string | null)[]): Map<string, SourceRef> {
  const { sql, params } = inList('id', unique(ids))
  const rows = all<{ id: string; publisher: string | null; title: string | null; published: string | null; published_start: string | null; published_end: string | null; published_basis: string; published_note: string | null }>(db, {
    sql: `SELECT id, publisher, title, published, published_start, published_end, published_basis, published_note FROM sources WHERE ${sql}`,
    params,
  })
  return new Map(
    rows.map((s) => [
      s.id,
      { id: s.id, publisher: s.publisher, title: s.title, published: toDateValue(s.published, s.published_start, s.published_end, s.published_basis, s.published_note) },
    ]),
  )
}

export function meetingRefs(db: Sqlite, ids: (string | null)[]): Map<string, MeetingRef> {
  const { sql, params } = inList('id', unique(ids))
  const rows = all<{ id: string; title: string } & DateRow>(db, { sql: `SELECT id, title, ${DATE_COLUMNS} FROM meetings WHERE ${sql}`, params })
  return new Map(rows.map((m) => [m.id, { id: m.id, title: m.title, date: dateOf(m) }]))
}

export function agreementRefs(db: Sqlite, ids: (string | null)[]): Map<string, AgreementRef> {
  const { sql, params } = inList('id', unique(ids))
  const rows = all<{ id: string; title: string; status: AgreementStatus } & DateRow>(db, {
    sql: `SELECT id, title, status, ${DATE_COLUMNS} FROM agreements WHERE ${sql}`,
    params,
  })
  return new Map(rows.map((g) => [g.id, { id: g.id, title: g.title, status: g.status, date: dateOf(g) }]))
}

const DISPUTES_OF = {
  // A statement takes part in the disputes whose claims it gives, and in those it settles.
  statement: `SELECT cs.statement_id AS subject, d.id, d.question, d.kind, d.status FROM claim_statements cs JOIN dispute_claims c ON c.id = cs.claim_id JOIN disputes d ON d.id = c.dispute_id
              WHERE cs.statement_id IN (SELECT value FROM json_each(?))
              UNION SELECT d.superseded_by, d.id, d.question, d.kind, d.status FROM disputes d WHERE d.superseded_by IN (SELECT value FROM json_each(?))`,
  meeting: `SELECT d.meeting_id AS subject, d.id, d.question, d.kind, d.status FROM disputes d WHERE d.meeting_id IN (SELECT value FROM json_each(?))`,
  agreement: `SELECT d.agreement_id AS subject, d.id, d.question, d.kind, d.status FROM disputes d WHERE d.agreement_id IN (SELECT value FROM json_each(?))`,
}

/** The disputes each of these records takes part in, by id. */
export function disputeRefs(db: Sqlite, type: keyof typeof DISPUTES_OF, ids: string[]): Map<string, DisputeRef[]> {
  const list = JSON.stringify(ids)
  const sql = DISPUTES_OF[type]
  const rows = all<DisputeRef & { subject: string }>(db, { sql: `SELECT * FROM (${sql}) ORDER BY subject, id`, params: type === 'statement' ? [list, list] : [list] })
  return new Map([...groupBy(rows, (r) => r.subject)].map(([k, refs]) => [k, refs.map(({ id, question, kind, status }) => ({ id, question, kind, status }))]))
}

export type CitationColumn = 'actor_id' | 'meeting_id' | 'agreement_id' | 'statement_id' | 'participant_id' | 'party_id' | 'affiliation_id' | 'claim_id'

/** Citations of many subjects at once, grouped by subject id, in curated order. */
export function citationsFor(db: Sqlite, column: CitationColumn, ids: (string | number)[]): Map<string | number, CitationOut[]> {
  const { sql, params } = inList(column, ids)
  const rows = all<CitationOut & { subject: string | number }>(db, {
    sql: `SELECT ${column} AS subject, source_id, start, "end", quote FROM citations WHERE ${sql} ORDER BY ${column}, position, id`,
    params,
  })
  const grouped = groupBy(rows, (r) => r.subject)
  return new Map([...grouped].map(([k, list]) => [k, list.map(({ source_id, start, end, quote }) => ({ source_id, start, end, quote }))]))
}

/** Looks up a reference that the schema guarantees exists (foreign keys). */
export function must<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key)
  if (value === undefined) throw new Error(`dangling reference ${String(key)}`)
  return value
}

/** Builds one representation per id, in the order of `ids`, skipping ids with no row. */
export function inOrder<R extends { id: string }, T>(ids: string[], rows: R[], build: (row: R) => T): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => {
    const row = byId.get(id)
    return row ? [build(row)] : []
  })
}
