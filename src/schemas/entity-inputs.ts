// The curated form of every entity, shared by the seed files (seed/*.yaml) and the bodies of the
// write API: curators write quotes (or exact offsets), the server finds them in the source and
// stores verified offsets. Relations name other records by id.
import { z } from 'zod'
import {
  ACTOR_KINDS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  DISPUTE_KINDS,
  DISPUTE_STATUSES,
  MEETING_KINDS,
  PARTICIPANT_ROLES,
  STATEMENT_KINDS,
  TOPICS,
} from '../domain/vocabulary.js'
import { MAX_CITATIONS_PER_LIST, MAX_CITATIONS_PER_WRITE } from '../domain/citations.js'
import { CountryCode, DateBasis, EdtfString, Slug } from './primitives.js'

const Text = z.string().trim().min(1)

export const AnnotatedDate = z
  .strictObject({
    edtf: EdtfString.nullable(),
    basis: DateBasis,
    note: Text.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.basis === 'unknown' && d.edtf !== null) ctx.addIssue({ code: 'custom', path: ['edtf'], message: 'must be null when basis is "unknown"' })
    if (d.basis !== 'unknown' && d.edtf === null) ctx.addIssue({ code: 'custom', path: ['basis'], message: 'must be "unknown" when edtf is null' })
    if (d.basis === 'inferred' && !d.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'an inferred date needs a note saying how it was inferred' })
  })

export const AnnotatedCitation = z.union([
  z.strictObject({
    source_id: Slug,
    quote: z.string().min(1).max(10_000).describe('The exact words; curly and straight quotation marks match each other.'),
    occurrence: z.number().int().positive().optional().describe('Which occurrence (1-based) when the words occur more than once.'),
  }),
  z.strictObject({
    source_id: Slug,
    start: z.number().int().nonnegative().describe('Offset of the first character, in code points.'),
    end: z.number().int().positive().describe('Offset just past the last character, in code points.'),
    quote: z.string().optional().describe('If given, must equal the text at these offsets (so a citation copied from a GET can be sent back as it is).'),
  }),
], { error: 'must be {source_id, quote, occurrence?} or {source_id, start, end, quote?}' })

const CITATION_LIMITS = `At most ${MAX_CITATIONS_PER_LIST} in a list (more is a 422) and ${MAX_CITATIONS_PER_WRITE} in one write, relations included (more is a 413).`
const Citations = z.array(AnnotatedCitation).min(1, 'at least one citation is required').describe(`The words of the sources that support this. ${CITATION_LIMITS}`)

export const SourceFields = {
  id: Slug,
  title: Text.nullable(),
  publisher: Text.nullable(),
  author: Text.nullable().optional(),
  url: z.url().nullable().optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag, e.g. "en"'),
  published: AnnotatedDate,
  notes: Text.optional(),
}

/** A source in seed/sources.yaml: its text is the file under seed/documents/. */
export const AnnotatedSource = z.strictObject({
  ...SourceFields,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name inside seed/documents/'),
})

export const AnnotatedAffiliation = z.strictObject({
  organization_id: Slug,
  role: Text,
  date: AnnotatedDate,
  citations: Citations,
})

export const AnnotatedActor = z.strictObject({
  id: Slug,
  kind: z.enum(ACTOR_KINDS),
  name: Text,
  aliases: z.array(Text).default([]),
  country: CountryCode.optional(),
  description: Text.optional(),
  citations: Citations,
  affiliations: z.array(AnnotatedAffiliation).default([]),
})

export const AnnotatedParticipant = z.strictObject({
  actor_id: Slug,
  role: z.enum(PARTICIPANT_ROLES),
  citations: Citations,
})

export const AnnotatedMeeting = z.strictObject({
  id: Slug,
  title: Text,
  kind: z.enum(MEETING_KINDS),
  date: AnnotatedDate,
  location: Text.optional(),
  description: Text.optional(),
  citations: Citations,
  participants: z.array(AnnotatedParticipant).default([]),
})

export const AnnotatedParty = z.strictObject({
  actor_id: Slug,
  citations: Citations,
})

export const AnnotatedAgreement = z.strictObject({
  id: Slug,
  title: Text,
  kind: z.enum(AGREEMENT_KINDS),
  status: z.enum(AGREEMENT_STATUSES),
  date: AnnotatedDate,
  summary: Text.optional(),
  meeting_id: Slug.optional(),
  citations: Citations,
  parties: z.array(AnnotatedParty).default([]),
})

export const AnnotatedStatement = z.strictObject({
  id: Slug,
  kind: z.enum(STATEMENT_KINDS),
  source_id: Slug,
  text: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
  speakers: z.array(Slug).min(1, 'a statement needs at least one speaker'),
  date: AnnotatedDate,
  meeting_id: Slug.optional(),
  agreement_id: Slug.optional(),
  about: z.array(Slug).default([]),
  topics: z.array(z.enum(TOPICS)).default([]),
  citations: z.array(AnnotatedCitation).default([]).describe(`Further words of sources that support this. ${CITATION_LIMITS}`),
})

export const AnnotatedClaim = z.strictObject({
  answer: Text.describe('The curator’s one-line statement of this answer.'),
  statements: z.array(Slug).min(1, 'a claim needs at least one statement giving it').describe('The statements (ids) that give this answer.'),
  citations: Citations,
  note: Text.nullable().optional(),
})

export const DisputeFields = z.strictObject({
  id: Slug,
  question: Text.describe('The one question the sources answer differently.'),
  kind: z.enum(DISPUTE_KINDS),
  status: z.enum(DISPUTE_STATUSES),
  superseded_by: Slug.nullable().optional().describe('The statement (id) that settles it: required when status is superseded, absent or null otherwise.'),
  note: Text.nullable().optional().describe('The curator’s note: what is contested and what is not.'),
  actors: z.array(Slug).default([]),
  meeting_id: Slug.nullable().optional(),
  agreement_id: Slug.nullable().optional(),
  topics: z.array(z.enum(TOPICS)).default([]),
  claims: z.array(AnnotatedClaim).min(2, 'a dispute needs at least two claims'),
})

/** A superseded dispute names the statement that settles it; an open one names none. */
export const checkSupersededBy = (d: { status: string; superseded_by?: string | null }, ctx: z.RefinementCtx) => {
  if (d.status === 'superseded' && !d.superseded_by) ctx.addIssue({ code: 'custom', path: ['superseded_by'], message: 'is required when status is "superseded"' })
  if (d.status !== 'superseded' && d.superseded_by) ctx.addIssue({ code: 'custom', path: ['superseded_by'], message: 'must be null unless status is "superseded"' })
}

export const AnnotatedDispute = DisputeFields.superRefine(checkSupersededBy)

export const ANNOTATION_FILES = {
  sources: { file: 'sources.yaml', entry: AnnotatedSource },
  actors: { file: 'actors.yaml', entry: AnnotatedActor },
  meetings: { file: 'meetings.yaml', entry: AnnotatedMeeting },
  agreements: { file: 'agreements.yaml', entry: AnnotatedAgreement },
  statements: { file: 'statements.yaml', entry: AnnotatedStatement },
  disputes: { file: 'disputes.yaml', entry: AnnotatedDispute },
} as const

export type AnnotatedDate = z.infer<typeof AnnotatedDate>
export type AnnotatedCitation = z.infer<typeof AnnotatedCitation>
export type AnnotatedSource = z.infer<typeof AnnotatedSource>
/** The fields every source has, however its text arrives (a seed file or a POST body). */
export type SourceInput = z.infer<z.ZodObject<typeof SourceFields>>
export type AnnotatedActor = z.infer<typeof AnnotatedActor>
export type AnnotatedMeeting = z.infer<typeof AnnotatedMeeting>
export type AnnotatedAgreement = z.infer<typeof AnnotatedAgreement>
export type AnnotatedStatement = z.infer<typeof AnnotatedStatement>
export type AnnotatedDispute = z.infer<typeof AnnotatedDispute>
