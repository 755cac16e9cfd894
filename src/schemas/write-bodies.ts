// Bodies of the write API: the same curated form as the seed files (src/schemas/entity-inputs.ts),
// with the id optional (it is made from the name or title when left out).
import { z } from 'zod'
import { AnnotatedActor, AnnotatedAgreement, AnnotatedMeeting, AnnotatedStatement, checkSupersededBy, DisputeFields, SourceFields } from './entity-inputs.js'
import { Slug } from './primitives.js'

const optionalId = Slug.optional().describe('A slug; left out, one is made from the name or title. It never changes once created.')

export const SourceCreate = z
  .strictObject({ ...SourceFields, id: optionalId, text: z.string().min(1).max(1_000_000).describe('The full text, exactly as published; stored byte for byte.') })
  .meta({ id: 'SourceCreate', description: 'A new source. Its sha256 is computed by the server; the same text twice is a 409.' })
export const ActorCreate = AnnotatedActor.extend({ id: optionalId }).meta({ id: 'ActorCreate', description: 'A new actor, with its affiliations and citations.' })
export const MeetingCreate = AnnotatedMeeting.extend({ id: optionalId }).meta({ id: 'MeetingCreate', description: 'A new meeting, with its participants and citations.' })
export const AgreementCreate = AnnotatedAgreement.extend({ id: optionalId }).meta({ id: 'AgreementCreate', description: 'A new agreement, with its parties and citations.' })
export const StatementCreate = AnnotatedStatement.extend({ id: optionalId }).meta({
  id: 'StatementCreate',
  description: 'A new statement: `text` must be a verbatim span of its source (add `occurrence` when the words occur more than once).',
})

export const DisputeCreate = DisputeFields.extend({ id: optionalId })
  .superRefine(checkSupersededBy)
  .meta({
    id: 'DisputeCreate',
    description: 'A new dispute: one question, two or more claims, each given by statements (ids) and cited by the source words that give it.',
  })

export const MergePatch = z
  .record(z.string(), z.unknown())
  .meta({
    id: 'MergePatch',
    description:
      'A JSON Merge Patch (RFC 7396) of the record in its create form: members given replace the current ones, null removes an optional member, arrays (relations, citations) are replaced whole. Send as application/merge-patch+json or application/json.',
  })

export const MergeBody = z.strictObject({ into: Slug.describe('The surviving record’s id.') }).meta({ id: 'MergeBody' })

export const IfMatchHeaders = z.object({
  'if-match': z
    .string({ error: 'is required: send the ETag from a GET of the record' })
    .describe('The ETag from GET of the record, or `*`: a stale one is a 412, none a 428 (Precondition Required).')
    .meta({ example: '"4QeAfC0Aylmo9meqmj2e9bHWAjo"' }),
})

export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Makes the POST safe to retry: the same key with the same body returns the original answer; with another body, a 422.')
    .meta({ example: '7f1e2c1a-add-austin' }),
})
