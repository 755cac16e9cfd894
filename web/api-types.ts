// The API's shapes, hand-written: the subset of openapi/openapi.json the page reads.

export type Precision = 'day' | 'month' | 'year' | 'decade' | 'century'
export interface DateValue {
  edtf: string | null
  start: string | null
  end: string | null
  precision: Precision | null
  uncertain: boolean
  approximate: boolean
  basis: 'stated' | 'inferred' | 'unknown'
  note: string | null
}
export interface Citation {
  source_id: string
  start: number
  end: number
  quote: string
}
export interface ActorRef {
  id: string
  name: string
  kind: string
}
export interface MeetingRef {
  id: string
  title: string
  date: DateValue
}
export interface AgreementRef {
  id: string
  title: string
  status: string
  date: DateValue
}
export interface SourceRef {
  id: string
  publisher: string | null
  title: string | null
  published: DateValue
}
export interface Source extends SourceRef {
  author: string | null
  url: string | null
  language: string
  notes: string | null
  sha256: string
  length: number
  counts: { statements: number; citations: number }
}
export interface SourceDetail extends Source {
  text: string
}
export interface Affiliation {
  organization: ActorRef
  role: string
  date: DateValue
  citations: Citation[]
}
export interface Member {
  person: ActorRef
  role: string
  date: DateValue
  citations: Citation[]
}
export interface Actor extends ActorRef {
  aliases: string[]
  country: string | null
  description: string | null
  affiliations: Affiliation[]
  members: Member[]
  citations: Citation[]
}
export interface Participant {
  actor: ActorRef
  role: string
  citations: Citation[]
}
export interface Meeting extends MeetingRef {
  kind: string
  location: string | null
  description: string | null
  participants: Participant[]
  agreements: AgreementRef[]
  disputes: DisputeRef[]
  citations: Citation[]
}
export interface Party {
  actor: ActorRef
  citations: Citation[]
}
export interface Agreement extends AgreementRef {
  kind: string
  summary: string | null
  meeting: MeetingRef | null
  parties: Party[]
  disputes: DisputeRef[]
  citations: Citation[]
}
export interface Statement {
  id: string
  kind: string
  text: string
  speakers: ActorRef[]
  date: DateValue
  source: SourceRef
  meeting: MeetingRef | null
  agreement: AgreementRef | null
  about: ActorRef[]
  topics: string[]
  disputes: DisputeRef[]
  citations: Citation[]
}
export interface DisputeRef {
  id: string
  question: string
  kind: string
  status: string
}
export interface ClaimStatement {
  id: string
  kind: string
  text: string
  speakers: ActorRef[]
  date: DateValue
  source: SourceRef
}
export interface Claim {
  answer: string
  note: string | null
  statements: ClaimStatement[]
  citations: Citation[]
}
export interface Dispute extends DisputeRef {
  superseded_by: ClaimStatement | null
  note: string | null
  actors: ActorRef[]
  meeting: MeetingRef | null
  agreement: AgreementRef | null
  topics: string[]
  claims: Claim[]
}
export type ItemType = 'meeting' | 'agreement' | 'statement' | 'dispute'
export interface TimelineItem {
  type: ItemType
  id: string
  title: string
  date: DateValue
  actors: ActorRef[]
}
export interface SearchHit {
  type: 'statement' | 'actor' | 'meeting' | 'agreement' | 'source' | 'dispute'
  id: string
  title: string
  snippet: string
}
export interface Page<T> {
  data: T[]
  links: { self: string; next: string | null }
}
export interface TimelinePage extends Page<TimelineItem> {
  meta: { undated: Record<string, number> }
}
export interface SearchPage extends Page<SearchHit> {
  meta: { total: number; query: string }
}
export interface DatasetIndex {
  revision: number
  counts: Record<string, number>
  vocabularies: Record<string, string[]>
}
export interface Problem {
  title?: string
  status?: number
  detail?: string
}
