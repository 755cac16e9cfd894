// Citations and relations as collections of their own (read-only views of the rows their subjects write).
import { z } from 'zod'
import { PARTICIPANT_ROLES } from '../domain/vocabulary.js'
import { CITATION_SUBJECTS, parseSpan, SPAN_PATTERN, SUBJECT_TYPES } from '../domain/citation-subjects.js'
import { ActorRef, AgreementRef, Citation, DateValue, EntityId, MeetingRef, RowMeta } from './common.js'

const RELATION_END_COLUMNS = [...new Set(CITATION_SUBJECTS.flatMap((s) => Object.keys(s.ends ?? {})))]

const RelationId = z.string().describe("The relation's ends joined with ':' (an affiliation adds its rank among the person's affiliations to that organization, from 1).")

export const CitationSubject = z
  .object({
    type: z.enum(SUBJECT_TYPES).describe('What the citation supports: an entity, or a relation between two of them.'),
    id: z.string().describe("The subject's id: an entity's slug, or a relation's id (its ends joined with ':')."),
    ...Object.fromEntries(RELATION_END_COLUMNS.map((c) => [c, EntityId.optional().describe(`For a relation with this end: the ${c.replace(/_id$/, '')}.`)])),
  })
  .meta({ id: 'CitationSubject', description: 'The entity or relation a citation supports; a relation also names its two ends.', example: { type: 'participant', id: 'state-department-briefing-2024-07-24:matthew-miller', meeting_id: 'state-department-briefing-2024-07-24', actor_id: 'matthew-miller' } })

export const CitationRow = z
  .object({
    id: z.string().describe("`<subject type>:<subject id>:<position>`: stable while the subject's citations keep their order."),
    subject: CitationSubject,
    source_id: EntityId.describe('The source whose words support the subject.'),
    start: z.number().int().nonnegative().describe('Offset of the first cited character, in Unicode code points.'),
    end: z.number().int().positive().describe('Offset just past the last cited character, in Unicode code points.'),
    quote: z.string().describe('Exactly the source text between start and end.'),
    position: z.number().int().nonnegative().describe("Its place in the subject's citations (from 0)."),
    links: z.object({ self: z.string(), subject: z.string().describe('The subject.'), source_text: z.string().describe('The source text, to read the quote in context.') }),
    ...RowMeta,
  })
  .meta({
    id: 'CitationRow',
    description: 'A citation as a record of its own: the words of a source that support one entity or relation. Read-only: a citation is written with its subject.',
  })

const relationLinks = (ends: Record<string, string>) =>
  z.object({ self: z.string(), citations: z.string().describe('Its citations as a list.'), ...Object.fromEntries(Object.entries(ends).map(([k, d]) => [k, z.string().describe(d)])) })

export const ParticipantRow = z
  .object({
    id: RelationId,
    meeting: MeetingRef,
    actor: ActorRef,
    role: z.enum(PARTICIPANT_ROLES),
    citations: z.array(Citation),
    links: relationLinks({ meeting: 'The meeting.', actor: 'The actor.' }),
    ...RowMeta,
  })
  .meta({ id: 'ParticipantRow', description: 'An actor taking part in a meeting, in what role, and the words that say so.' })

export const PartyRow = z
  .object({
    id: RelationId,
    agreement: AgreementRef,
    actor: ActorRef,
    citations: z.array(Citation),
    links: relationLinks({ agreement: 'The agreement.', actor: 'The actor.' }),
    ...RowMeta,
  })
  .meta({ id: 'PartyRow', description: 'A party to an agreement, and the words that say so.' })

export const AffiliationRow = z
  .object({
    id: RelationId,
    person: ActorRef,
    organization: ActorRef,
    role: z.string().describe('The title as the source gives it.'),
    date: DateValue,
    citations: z.array(Citation),
    links: relationLinks({ person: 'The person.', organization: 'The organization or state.' }),
    ...RowMeta,
  })
  .meta({ id: 'AffiliationRow', description: 'A person’s position in an organization or state, and the words that say so.' })

/** The span filter: START-END code points of one source (START < END); several spans mean OR. */
export const overlapsParam = z
  .string()
  .max(2000)
  .superRefine((s, ctx) => {
    for (const value of s.split(',').map((v) => v.trim())) {
      const m = SPAN_PATTERN.exec(value)
      if (!m) ctx.addIssue({ code: 'custom', message: `"${value}" is not a span: write START-END, two code-point offsets, e.g. 1000-1400` })
      else if (!parseSpan(value)) ctx.addIssue({ code: 'custom', message: `the span ${value} is reversed or empty: START must be less than END (e.g. ${m[2]}-${m[1]})` })
    }
  })
  .optional()
  .describe('Only rows whose span shares at least one code point with START-END (offsets in code points into the one source named by `source`, which it requires): "what does this paragraph support?". Comma-separated spans mean OR.')
  .meta({ example: '1000-1400' })

/** Refuses `overlaps` unless the query names exactly one source (offsets are into one text). */
export const spanNeedsOneSource = (query: { overlaps?: string; source?: string }, ctx: z.RefinementCtx) => {
  if (query.overlaps === undefined) return
  const sources = (query.source ?? '').split(',').map((v) => v.trim()).filter(Boolean)
  if (sources.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['overlaps'], message: `needs exactly one source, since offsets count into one text: add source=<id>${sources.length > 1 ? ` (${sources.length} are given)` : ''}` })
  }
}
