// How each collection is flattened into CSV columns. Multi-valued fields are joined with "; ".
import type { DateValue } from '../domain/date-value.js'
import type { ActorOut, AgreementOut, DisputeOut, MeetingOut, SourceOut, StatementOut } from '../schemas/entities.js'
import type { CitationRowOut } from '../repositories/citation-reads.js'
import { SUBJECT_END_COLUMNS } from '../domain/citation-subjects.js'
import type { AffiliationRowOut, ParticipantRowOut, PartyRowOut } from '../repositories/relation-reads.js'

export type Column<T> = [name: string, value: (item: T) => unknown]
interface Cited {
  citations: { source_id: string; start: number; end: number; quote: string }[]
}

/** A citation's place as one cell value: `source_id:start-end`, in code points. */
export const citationSpan = (c: { source_id: string; start: number; end: number }) => `${c.source_id}:${c.start}-${c.end}`

export const dateColumns = <T>(prefix: string, get: (item: T) => DateValue): Column<T>[] => [
  [prefix, (i) => get(i).edtf],
  [`${prefix}_start`, (i) => get(i).start],
  [`${prefix}_end`, (i) => get(i).end],
  [`${prefix}_precision`, (i) => get(i).precision],
  [`${prefix}_uncertain`, (i) => get(i).uncertain],
  [`${prefix}_approximate`, (i) => get(i).approximate],
  [`${prefix}_basis`, (i) => get(i).basis],
  [`${prefix}_note`, (i) => get(i).note],
]

const citationColumns = <T extends Cited>(): Column<T>[] => [
  ['citation_sources', (i) => i.citations.map((c) => c.source_id)],
  ['citation_quotes', (i) => i.citations.map((c) => c.quote)],
  ['citation_spans', (i) => i.citations.map(citationSpan)],
]

const metaColumns = <T extends { created_at: string; updated_at: string; version: number }>(): Column<T>[] => [
  ['created_at', (i) => i.created_at],
  ['updated_at', (i) => i.updated_at],
  ['version', (i) => i.version],
]

export const CSV_COLUMNS = {
  sources: [
    ['id', (s) => s.id],
    ['title', (s) => s.title],
    ['publisher', (s) => s.publisher],
    ['author', (s) => s.author],
    ['url', (s) => s.url],
    ['language', (s) => s.language],
    ...dateColumns<SourceOut>('published', (s) => s.published),
    ['notes', (s) => s.notes],
    ['sha256', (s) => s.sha256],
    ['length', (s) => s.length],
    ['seed_file', (s) => s.seed_file],
    ['statements', (s) => s.counts.statements],
    ['citations', (s) => s.counts.citations],
    ...metaColumns<SourceOut>(),
  ] as Column<SourceOut>[],
  actors: [
    ['id', (a) => a.id],
    ['kind', (a) => a.kind],
    ['name', (a) => a.name],
    ['aliases', (a) => a.aliases],
    ['country', (a) => a.country],
    ['description', (a) => a.description],
    ['affiliations', (a) => a.affiliations.map((f) => `${f.organization.id} (${f.role})`)],
    ['members', (a) => a.members.map((m) => `${m.person.id} (${m.role})`)],
    ...citationColumns<ActorOut>(),
    ...metaColumns<ActorOut>(),
  ] as Column<ActorOut>[],
  meetings: [
    ['id', (m) => m.id],
    ['title', (m) => m.title],
    ['kind', (m) => m.kind],
    ...dateColumns<MeetingOut>('date', (m) => m.date),
    ['location', (m) => m.location],
    ['description', (m) => m.description],
    ['participants', (m) => m.participants.map((p) => `${p.actor.id} (${p.role})`)],
    ['agreements', (m) => m.agreements.map((g) => g.id)],
    ...citationColumns<MeetingOut>(),
    ...metaColumns<MeetingOut>(),
  ] as Column<MeetingOut>[],
  agreements: [
    ['id', (g) => g.id],
    ['title', (g) => g.title],
    ['kind', (g) => g.kind],
    ['status', (g) => g.status],
    ...dateColumns<AgreementOut>('date', (g) => g.date),
    ['summary', (g) => g.summary],
    ['meeting_id', (g) => g.meeting?.id],
    ['parties', (g) => g.parties.map((p) => p.actor.id)],
    ...citationColumns<AgreementOut>(),
    ...metaColumns<AgreementOut>(),
  ] as Column<AgreementOut>[],
  statements: [
    ['id', (s) => s.id],
    ['kind', (s) => s.kind],
    ['text', (s) => s.text],
    ['speakers', (s) => s.speakers.map((a) => a.id)],
    ['speaker_names', (s) => s.speakers.map((a) => a.name)],
    ...dateColumns<StatementOut>('date', (s) => s.date),
    ['source_id', (s) => s.source.id],
    ['source_publisher', (s) => s.source.publisher],
    ['meeting_id', (s) => s.meeting?.id],
    ['agreement_id', (s) => s.agreement?.id],
    ['about', (s) => s.about.map((a) => a.id)],
    ['topics', (s) => s.topics],
    ['text_start', (s) => s.citations[0]?.start],
    ['text_end', (s) => s.citations[0]?.end],
    ...citationColumns<StatementOut>(),
    ...metaColumns<StatementOut>(),
  ] as Column<StatementOut>[],
  // One row per dispute; its claims' fields are joined in claim order (claim_statements: the ids of
  // one claim joined with "+", claims with "; ").
  disputes: [
    ['id', (d) => d.id],
    ['question', (d) => d.question],
    ['kind', (d) => d.kind],
    ['status', (d) => d.status],
    ['superseded_by', (d) => d.superseded_by?.id],
    ['note', (d) => d.note],
    ['actors', (d) => d.actors.map((a) => a.id)],
    ['meeting_id', (d) => d.meeting?.id],
    ['agreement_id', (d) => d.agreement?.id],
    ['topics', (d) => d.topics],
    ['claim_answers', (d) => d.claims.map((c) => c.answer)],
    ['claim_statements', (d) => d.claims.map((c) => c.statements.map((s) => s.id).join('+'))],
    ['citation_sources', (d) => d.claims.flatMap((c) => c.citations.map((x) => x.source_id))],
    ['citation_quotes', (d) => d.claims.flatMap((c) => c.citations.map((x) => x.quote))],
    ...metaColumns<DisputeOut>(),
  ] as Column<DisputeOut>[],
  // The derived views. A citation names its subject's ends in columns of their own (an entity
  // subject its own id), so that each is a plain foreign key.
  citations: [
    ['id', (c) => c.id],
    ['subject_type', (c) => c.subject.type],
    ['subject_id', (c) => c.subject.id],
    ['source_id', (c) => c.source_id],
    ['start', (c) => c.start],
    ['end', (c) => c.end],
    ['quote', (c) => c.quote],
    ['position', (c) => c.position],
    ...SUBJECT_END_COLUMNS.map((column): Column<CitationRowOut> => [column, (c) => c.subject[column] ?? (`${c.subject.type}_id` === column ? c.subject.id : null)]),
    ...metaColumns<CitationRowOut>(),
  ] as Column<CitationRowOut>[],
  participants: [
    ['id', (p) => p.id],
    ['meeting_id', (p) => p.meeting.id],
    ['actor_id', (p) => p.actor.id],
    ['actor_name', (p) => p.actor.name],
    ['role', (p) => p.role],
    ...citationColumns<ParticipantRowOut>(),
    ...metaColumns<ParticipantRowOut>(),
  ] as Column<ParticipantRowOut>[],
  parties: [
    ['id', (p) => p.id],
    ['agreement_id', (p) => p.agreement.id],
    ['actor_id', (p) => p.actor.id],
    ['actor_name', (p) => p.actor.name],
    ...citationColumns<PartyRowOut>(),
    ...metaColumns<PartyRowOut>(),
  ] as Column<PartyRowOut>[],
  affiliations: [
    ['id', (a) => a.id],
    ['person_id', (a) => a.person.id],
    ['organization_id', (a) => a.organization.id],
    ['role', (a) => a.role],
    ...dateColumns<AffiliationRowOut>('date', (a) => a.date),
    ...citationColumns<AffiliationRowOut>(),
    ...metaColumns<AffiliationRowOut>(),
  ] as Column<AffiliationRowOut>[],
} as const

export type CsvCollection = keyof typeof CSV_COLUMNS

/**
 * The columns that flatten these fields of the item (all of them without `fields`): a field's own
 * column and those named after it (`date` → `date`, `date_start`…; `speakers` → `speakers`,
 * `speaker_names`; `citations` → `citation_sources`, `citation_quotes`; a source's `counts` →
 * `statements`, `citations`). Fields with no column (links) select none.
 */
export function csvColumns(collection: CsvCollection, fields?: readonly string[]): Column<object>[] {
  const all = CSV_COLUMNS[collection] as Column<object>[]
  if (!fields) return all
  const selects = (column: string, field: string) =>
    column === field || column.startsWith(`${field}_`) || column.startsWith(`${field.replace(/s$/, '')}_`) || (field === 'counts' && collection === 'sources' && (column === 'statements' || column === 'citations'))
  return all.filter(([name]) => fields.some((field) => selects(name, field)))
}

/** The column names of a collection's CSV (for the docs, and the header row). */
export const csvHeader = (collection: CsvCollection, fields?: readonly string[]) => csvColumns(collection, fields).map(([name]) => name)

export const csvValues = (columns: Column<object>[], item: object) => columns.map(([, get]) => get(item))
