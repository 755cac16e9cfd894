// The answer of POST /v1/sources/{id}/suggestions: annotation drafts for one source, in the curated
// input form (src/schemas/entity-inputs.ts), for a curator to check, complete and post.
import { z } from 'zod'
import { AnnotatedStatement } from './entity-inputs.js'
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

export const Suggestions = z
  .strictObject({
    statements: z.array(StatementSuggestion).describe('Every direct quote, in text order: one draft per paragraph of a quotation.'),
    actors: z
      .array(z.strictObject({ actor_id: Slug, citations: z.array(OffsetCitation).describe('Each mention of the actor’s name or an alias.') }))
      .describe('Known actors the text mentions, in order of first mention.'),
    meetings: z
      .array(z.strictObject({ meeting_id: Slug, citations: z.array(OffsetCitation).describe('The words matching the meeting’s title.') }))
      .describe('Known meetings whose title words the text nearly all repeats in one sentence.'),
  })
  .meta({
    id: 'Suggestions',
    description:
      'Annotation suggestions for a source, computed from its text and the known actors and meetings; nothing is written. Heuristic: check every draft before posting it.',
  })

export type SuggestionsOut = z.infer<typeof Suggestions>
