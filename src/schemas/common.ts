// Shared building blocks of every response: ids, dates, citations, compact references, the list envelope.
import { z } from 'zod'
import { ACTOR_KINDS, AGREEMENT_STATUSES, DATE_BASES, DISPUTE_KINDS, DISPUTE_STATUSES } from '../domain/vocabulary.js'
import { Slug } from './primitives.js'

export const EntityId = Slug.meta({
  description: 'A stable, URL-safe slug that never changes once published.',
  example: 'lloyd-austin',
})

export const DateValue = z
  .object({
    edtf: z.string().nullable().describe('The date as the sources support it, in EDTF (level 0-1); null when unknown.'),
    start: z.string().nullable().describe('First ISO day the date covers (derived; null when unknown or open).'),
    end: z.string().nullable().describe('Last ISO day the date covers (derived; null when unknown or open).'),
    precision: z.enum(['day', 'month', 'year', 'decade', 'century']).nullable().describe('How precise the date is; for an interval, its coarsest end.'),
    uncertain: z.boolean().describe('EDTF `?`: the source is not sure.'),
    approximate: z.boolean().describe('EDTF `~`: the date is approximate.'),
    basis: z.enum(DATE_BASES).describe('stated: the source gives it; inferred: worked out (see note); unknown: not given.'),
    note: z.string().nullable().describe('How an inferred date was reached, or what the source says of an unknown one.'),
  })
  .meta({
    id: 'DateValue',
    description: 'A date with its precision, certainty and basis.',
    example: {
      edtf: '2024-07-22/2024-07-23',
      start: '2024-07-22',
      end: '2024-07-23',
      precision: 'day',
      uncertain: false,
      approximate: false,
      basis: 'inferred',
      note: "'Monday' resolved against the MENAFN publication date; 'two-day' dialogue concluded 'Tuesday' per Rudaw.",
    },
  })

export const Citation = z
  .object({
    source_id: EntityId.describe('The source whose words support the fact.'),
    start: z.number().int().nonnegative().describe('Offset of the first cited character, in Unicode code points.'),
    end: z.number().int().positive().describe('Offset just past the last cited character, in Unicode code points.'),
    quote: z.string().describe('Exactly the source text between start and end.'),
  })
  .meta({
    id: 'Citation',
    description:
      'The exact words of a source that support a fact. `quote` equals the source text sliced by code points from `start` to `end` (Python: text[start:end]).',
    example: { source_id: 'rudaw-us-iraq-reach-understanding', start: 1008, end: 1055, quote: 'US Department of Defense Secretary Lloyd Austin' },
  })

export const ActorRef = z
  .object({ id: EntityId, name: z.string(), kind: z.enum(ACTOR_KINDS) })
  .meta({ id: 'ActorRef', description: 'A compact reference to an actor.', example: { id: 'lloyd-austin', name: 'Lloyd Austin', kind: 'person' } })

export const SourceRef = z
  .object({ id: EntityId, publisher: z.string().nullable(), title: z.string().nullable(), published: DateValue })
  .meta({ id: 'SourceRef', description: 'A compact reference to a source.' })

export const MeetingRef = z
  .object({ id: EntityId, title: z.string(), date: DateValue })
  .meta({ id: 'MeetingRef', description: 'A compact reference to a meeting.' })

export const AgreementRef = z
  .object({ id: EntityId, title: z.string(), status: z.enum(AGREEMENT_STATUSES), date: DateValue })
  .meta({ id: 'AgreementRef', description: 'A compact reference to an agreement.' })

export const DisputeRef = z
  .object({ id: EntityId, question: z.string(), kind: z.enum(DISPUTE_KINDS), status: z.enum(DISPUTE_STATUSES) })
  .meta({ id: 'DisputeRef', description: 'A compact reference to a dispute: a question the sources answer differently.' })

export const RowMeta = {
  created_at: z.string().describe('When the record was created (RFC 3339, UTC).'),
  updated_at: z.string().describe('When the record last changed (RFC 3339, UTC).'),
  version: z.number().int().positive().describe('Bumped on every change to the record.'),
}

export const ListLinks = z
  .object({
    self: z.string().describe('This page.'),
    next: z.string().nullable().describe('The next page (also sent as a `Link: <…>; rel="next"` header), or null on the last page.'),
  })
  .meta({ id: 'ListLinks' })

export const FacetCount = z.object({ value: z.string(), label: z.string().optional(), count: z.number().int() }).meta({ id: 'FacetCount' })

export const ListMeta = z
  .object({
    total: z.number().int().optional().describe('How many rows match the filters (with include_total=true).'),
    facets: z.record(z.string(), z.array(FacetCount)).optional().describe('Counts per value over the whole filtered set (with facet=…).'),
  })
  .meta({ id: 'ListMeta' })

export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({ data: z.array(item), links: ListLinks, meta: ListMeta.optional() })
    .meta({ id, description: `A page of results. Follow links.next (or the Link header) for the next page.` })
}
