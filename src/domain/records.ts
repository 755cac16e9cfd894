// The dataset as it is stored: every citation resolved to code-point offsets, every date parsed.
// The seed loader produces these records and compares them with what the database holds.
import type {
  ActorKind,
  AgreementKind,
  AgreementStatus,
  DateBasis,
  DisputeKind,
  DisputeStatus,
  MeetingKind,
  ParticipantRole,
  StatementKind,
  Topic,
} from './vocabulary.js'

export interface DateRecord {
  edtf: string | null
  start: string | null
  end: string | null
  basis: DateBasis
  note: string | null
}

export interface CitationRecord {
  sourceId: string
  start: number
  end: number
  quote: string
}

export interface SourceRecord {
  id: string
  title: string | null
  publisher: string | null
  author: string | null
  url: string | null
  language: string
  published: DateRecord
  notes: string | null
  text: string
  sha256: string
  seedFile: string | null
}

export interface AffiliationRecord {
  organizationId: string
  role: string
  date: DateRecord
  citations: CitationRecord[]
}

export interface ActorRecord {
  id: string
  kind: ActorKind
  name: string
  aliases: string[]
  country: string | null
  description: string | null
  citations: CitationRecord[]
  affiliations: AffiliationRecord[]
}

export interface ParticipantRecord {
  actorId: string
  role: ParticipantRole
  citations: CitationRecord[]
}

export interface MeetingRecord {
  id: string
  title: string
  kind: MeetingKind
  date: DateRecord
  location: string | null
  description: string | null
  citations: CitationRecord[]
  participants: ParticipantRecord[]
}

export interface PartyRecord {
  actorId: string
  citations: CitationRecord[]
}

export interface AgreementRecord {
  id: string
  title: string
  kind: AgreementKind
  status: AgreementStatus
  date: DateRecord
  summary: string | null
  meetingId: string | null
  citations: CitationRecord[]
  parties: PartyRecord[]
}

export interface StatementRecord {
  id: string
  kind: StatementKind
  sourceId: string
  text: string
  textStart: number
  textEnd: number
  date: DateRecord
  meetingId: string | null
  agreementId: string | null
  speakers: string[]
  about: string[]
  topics: Topic[]
  citations: CitationRecord[]
}

export interface ClaimRecord {
  answer: string
  note: string | null
  statements: string[]
  citations: CitationRecord[]
}

export interface DisputeRecord {
  id: string
  question: string
  kind: DisputeKind
  status: DisputeStatus
  supersededBy: string | null
  note: string | null
  meetingId: string | null
  agreementId: string | null
  actors: string[]
  topics: Topic[]
  claims: ClaimRecord[]
}

export interface DatasetRecords {
  sources: SourceRecord[]
  actors: ActorRecord[]
  meetings: MeetingRecord[]
  agreements: AgreementRecord[]
  statements: StatementRecord[]
  disputes: DisputeRecord[]
}
