// The answer of POST /v1/sources/{id}/suggestions: annotation drafts for one source, in the curated
// input form (src/schemas/entity-inputs.ts), for a curator to check, complete and post.
import { z } from 'zod'
import { AnnotatedActor, AnnotatedAgreement, AnnotatedMeeting, AnnotatedStatement } from './entity-inputs.js'
import { Slug } from './primitives.js'

const OffsetCitation = z.strictObject({
  source_id: Slug,
  start: z.number().int().nonnegative().describe('Offset of the first character, in code points.'),
  end: z.number().int().positive().describe('Offset just past the last character, in code points.'),
})

/** A statement draft: AnnotatedStatement, except that `speakers` may be empty when none was found. */
export const StatementDraft = AnnotatedStatement.extend({
  speakers: z.array(Slug).describe('The likely speakers (actor ids); empty when the attribution names no known actor: add one before posting.'),
}).describe('A statement in the curated input form (as in seed/statements.yaml and the body of POST /v1/statements), ready to post once checked.')

export const StatementSuggestion = z
  .strictObject({
    draft: StatementDraft,
    note: z.string().optional().describe('How the speaker and date were found, and what a curator should check.'),
    attribution: z.string().optional().describe('The words that attribute the quote, e.g. "Ryder said".'),
  })
  .meta({ id: 'StatementSuggestion' })

const draftOf = <T extends z.ZodType>(draft: T, id: string, what: string) =>
  z.strictObject({ draft, note: z.string().describe('How it was reached, and what a curator should check.') }).meta({ id, description: what })

export const ActorDraftSuggestion = draftOf(AnnotatedActor, 'ActorDraftSuggestion', 'A new actor the text names that the dataset lacks, in the body form of POST /v1/actors, with a proposed affiliation from its title.')
export const MeetingDraftSuggestion = draftOf(AnnotatedMeeting, 'MeetingDraftSuggestion', 'A meeting the text describes, in the body form of POST /v1/meetings.')
export const AgreementDraftSuggestion = draftOf(AnnotatedAgreement, 'AgreementDraftSuggestion', 'An agreement, decision or plan the text describes, in the body form of POST /v1/agreements.')

export const SuggestionHint = z
  .strictObject({
    kind: z.enum(['possible_match', 'possible_dispute']),
    draft_type: z.enum(['statement', 'meeting', 'agreement']),
    draft_id: Slug,
    record_type: z.enum(['statement', 'meeting', 'agreement']),
    record_id: Slug,
    note: z.string(),
  })
  .meta({ id: 'SuggestionHint', description: 'A draft that may be an existing record (add citations to it instead of creating it), or that may dispute an existing statement (a differing figure).' })

export const Suggestions = z
  .strictObject({
    statements: z
      .array(StatementSuggestion)
      .describe('Statements in text order: every direct quote (one draft per paragraph of a quotation), quoted fragments inside reported sentences, and every other sentence of the article body as a paraphrase or report.'),
    actors: z
      .array(z.strictObject({ actor_id: Slug, citations: z.array(OffsetCitation).describe('Each mention of the actor’s name or an alias.') }))
      .describe('Known actors the text mentions, in order of first mention.'),
    meetings: z
      .array(z.strictObject({ meeting_id: Slug, citations: z.array(OffsetCitation).describe('The words matching the meeting’s title.') }))
      .describe('Known meetings whose title words the text nearly all repeats in one sentence.'),
    new_actors: z.array(ActorDraftSuggestion).describe('People and organizations the text names that no known actor is.'),
    new_meetings: z.array(MeetingDraftSuggestion).describe('Meetings (talks, rounds, briefings, visits) the text describes.'),
    new_agreements: z.array(AgreementDraftSuggestion).describe('Agreements, decisions and plans the text describes.'),
    hints: z.array(SuggestionHint).describe('Possible matches to existing meetings and agreements, and possible disputes with existing statements.'),
  })
  .meta({
    id: 'Suggestions',
    description:
      'Annotation suggestions for a source, computed from its text and the known actors and meetings; nothing is written. Heuristic: check every draft before posting it.',
  })

export type SuggestionsOut = z.infer<typeof Suggestions>
