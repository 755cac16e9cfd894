// Annotation suggestions for one source: its direct quotes as statement drafts in the curated input
// form (src/schemas/entity-inputs.ts, ready to POST once a curator has checked them), the likely
// speaker and date of each, and the known actors and meetings the text mentions. Pure: it reads and
// writes nothing. Heuristics, not truth: every suggestion says how it was reached, in its `note`.
//
// All positions are UTF-16 indices internally; everything returned counts code points, like every
// offset of the dataset (src/domain/code-points.ts).
//
// This module is the public face; the parts are in suggestions/: quotations.ts (quote finding),
// attribution.ts, speakers.ts (speaker matching), relative-dates.ts and quote-dates.ts (dates),
// actor-mentions.ts, meeting-mentions.ts, text.ts, and suggest.ts, which puts them together.
export { findActorMentions } from './suggestions/actor-mentions.js'
export { findDateMentions, resolveDateMention, resolveDatePhrase, type DateMention, type DateMentionType, type ResolvedMention } from './suggestions/relative-dates.js'
export { suggestAnnotations } from './suggestions/suggest.js'
export { slugify } from './suggestions/text.js'
export type {
  ActorSuggestion,
  DraftDate,
  KnownActor,
  KnownMeeting,
  MeetingSuggestion,
  OffsetCitation,
  QuoteCitation,
  StatementDraft,
  StatementSuggestion,
  SuggestInput,
  Suggestions,
} from './suggestions/types.js'
