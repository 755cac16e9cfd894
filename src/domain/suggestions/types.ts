// The shapes suggestAnnotations takes and returns.
import type { ActorKind, AgreementKind, AgreementStatus, DateBasis, MeetingKind, ParticipantRole, StatementKind, Topic } from '../vocabulary.js'

export interface KnownActor {
  id: string
  name: string
  aliases: string[]
  kind?: ActorKind
}

export interface KnownMeeting {
  id: string
  title: string
  /** Its date (EDTF), for matching drafts to it. */
  date?: string | null
  participants?: string[]
}

export interface KnownAgreement {
  id: string
  title: string
  parties?: string[]
}

/** An existing statement, for possible disputes (a differing figure). */
export interface KnownStatement {
  id: string
  source_id: string
  text: string
}

export interface SuggestInput {
  sourceId: string
  text: string
  /** The source's published date (EDTF or null); relative dates are resolved against it when it is a day. */
  published: { edtf: string | null }
  actors: KnownActor[]
  meetings: KnownMeeting[]
  agreements?: KnownAgreement[]
  statements?: KnownStatement[]
  /** The source's publisher as written ("Rudaw"): a known actor by that name reports the outlet's own account. */
  publisher?: string | null
  /** Who speaks in a joint statement of "both sides"; default: `united-states` and `iraq`, those of them that are known actors. */
  jointParties?: string[]
}

/** `{source_id, start, end}` with code-point offsets. */
export interface OffsetCitation {
  source_id: string
  start: number
  end: number
}

/** `{source_id, quote, occurrence?}`: the exact words, and which occurrence when they occur more than once. */
export interface QuoteCitation {
  source_id: string
  quote: string
  occurrence?: number
}

export interface DraftDate {
  edtf: string | null
  basis: DateBasis
  note?: string
}

/** A statement in the curated input form (AnnotatedStatement); `speakers` is empty when none was found. */
export interface StatementDraft {
  id: string
  kind: StatementKind
  source_id: string
  text: string
  occurrence?: number
  speakers: string[]
  date: DraftDate
  about: string[]
  topics: Topic[]
  citations: QuoteCitation[]
}

export interface StatementSuggestion {
  draft: StatementDraft
  /** How the speaker and date were reached, and anything a curator should check. */
  note?: string
  /** The words that attribute the quote ("Ryder said"), when found. */
  attribution?: string
}

export interface ActorSuggestion {
  actor_id: string
  citations: OffsetCitation[]
}

export interface MeetingSuggestion {
  meeting_id: string
  citations: OffsetCitation[]
}

export interface ActorDraft {
  id: string
  kind: ActorKind
  name: string
  aliases: string[]
  citations: QuoteCitation[]
  affiliations: { organization_id: string; role: string; date: DraftDate; citations: QuoteCitation[] }[]
}

export interface MeetingDraft {
  id: string
  title: string
  kind: MeetingKind
  date: DraftDate
  location?: string
  citations: QuoteCitation[]
  participants: { actor_id: string; role: ParticipantRole; citations: QuoteCitation[] }[]
}

export interface AgreementDraft {
  id: string
  title: string
  kind: AgreementKind
  status: AgreementStatus
  date: DraftDate
  summary?: string
  citations: QuoteCitation[]
  parties: { actor_id: string; citations: QuoteCitation[] }[]
}

export interface DraftSuggestion<T> {
  draft: T
  /** How it was reached, and what a curator should check. */
  note: string
}
export type ActorDraftSuggestion = DraftSuggestion<ActorDraft>
export type MeetingDraftSuggestion = DraftSuggestion<MeetingDraft>
export type AgreementDraftSuggestion = DraftSuggestion<AgreementDraft>

/** A draft that may be an existing record (merge rather than create), or may contradict an existing statement. */
export interface SuggestionHint {
  kind: 'possible_match' | 'possible_dispute'
  draft_type: 'statement' | 'meeting' | 'agreement'
  draft_id: string
  record_type: 'statement' | 'meeting' | 'agreement'
  record_id: string
  note: string
}

export interface Suggestions {
  statements: StatementSuggestion[]
  actors: ActorSuggestion[]
  meetings: MeetingSuggestion[]
  new_actors: ActorDraftSuggestion[]
  new_meetings: MeetingDraftSuggestion[]
  new_agreements: AgreementDraftSuggestion[]
  hints: SuggestionHint[]
}
