// The shapes suggestAnnotations takes and returns.
import type { DateBasis, StatementKind, Topic } from '../vocabulary.js'

export interface KnownActor {
  id: string
  name: string
  aliases: string[]
}

export interface KnownMeeting {
  id: string
  title: string
}

export interface SuggestInput {
  sourceId: string
  text: string
  /** The source's published date (EDTF or null); relative dates are resolved against it when it is a day. */
  published: { edtf: string | null }
  actors: KnownActor[]
  meetings: KnownMeeting[]
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
  kind: Extract<StatementKind, 'quote' | 'joint_statement'>
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

export interface Suggestions {
  statements: StatementSuggestion[]
  actors: ActorSuggestion[]
  meetings: MeetingSuggestion[]
}
