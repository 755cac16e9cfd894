import { operatorFields } from '../../repositories/list-operators.js'
import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { parseSubjectReference, SUBJECT_TYPES } from '../../domain/citation-subjects.js'
import { citationCollection } from '../../repositories/citation-reads.js'
import { CitationRow, overlapsParam, spanNeedsOneSource } from '../../schemas/citations.js'
import { listOf } from '../../schemas/common.js'
import { csv, csvOf, listQuery } from '../../schemas/query.js'
import { registerCollection } from './collection-routes.js'

export const CitationList = listOf(CitationRow, 'CitationList')

const subjectParam = z
  .string()
  .max(2000)
  .refine((s) => s.split(',').every((v) => parseSubjectReference(v.trim()) !== undefined), {
    error: `each value must be <type>:<id>, the type one of ${SUBJECT_TYPES.join(', ')}; a relation's id is its ends joined with ':' (participant:<meeting>:<actor>, party:<agreement>:<actor>, affiliation:<person>:<organization>:<rank>)`,
  })
  .optional()
  .describe('Citations of these subjects, each `<type>:<id>` (actor:lloyd-austin, participant:<meeting>:<actor>). Comma-separated; several values mean OR.')
  .meta({ example: 'actor:lloyd-austin' })

export const CitationQuery = listQuery({
  sorts: Object.keys(citationCollection.sorts),
  defaultSort: citationCollection.defaultSort,
  facets: Object.keys(citationCollection.facets),
  operators: operatorFields(citationCollection),
  fields: Object.keys(CitationRow.shape),
  filters: {
    source: csv('Citations into these sources (ids).', 'rudaw-us-iraq-reach-understanding'),
    subject_type: csvOf(SUBJECT_TYPES, 'Citations supporting subjects of these types.', 'participant'),
    subject: subjectParam,
    overlaps: overlapsParam,
  },
})

export const CitationParams = z.object({
  id: z.string().max(300).describe("The citation's id, `<subject type>:<subject id>:<position>`.").meta({ example: 'actor:lloyd-austin:0' }),
})

const citationRoutes: FastifyPluginAsync = async (app) => {
  registerCollection(app, {
    name: 'citations',
    singular: 'citation',
    tag: 'citations',
    item: CitationRow,
    list: CitationList,
    query: CitationQuery,
    refine: spanNeedsOneSource,
    idParams: CitationParams,
    itemDescription: 'One citation: its subject, source, span and quote. An unknown id is a 404.',
    listDescription:
      'Every citation as a row of its own: the subject it supports (an entity, or a relation with its two ends), the source, the code-point span and the quote. Read-only: a citation is written with its subject. `source=X&overlaps=START-END` lists what a passage of a source supports (a statement’s own words are the statement: see /v1/statements?source=X&overlaps=START-END). Default order: by start offset.',
  })
}

export default citationRoutes
