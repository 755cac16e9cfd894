import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sourceCollection, sourceText } from '../../repositories/source-reads.js'
import { HttpProblem } from '../../domain/errors.js'
import { operatorFields } from '../../repositories/list-operators.js'
import { listOf } from '../../schemas/common.js'
import { Source, SourceDetail } from '../../schemas/entities.js'
import { IdParams, csv, csvOf, dateBound, listQuery, queryObject, searchText } from '../../schemas/query.js'
import { NOT_MODIFIED, problemResponses } from '../../schemas/responses.js'
import { registerCollection } from './collection-routes.js'
import { registerWrites } from './write-routes.js'

export const SourceList = listOf(Source, 'SourceList')

export const SourceQuery = listQuery({
  sorts: Object.keys(sourceCollection.sorts),
  defaultSort: 'published',
  facets: Object.keys(sourceCollection.facets),
  operators: operatorFields(sourceCollection),
  fields: Object.keys(Source.shape),
  filters: {
    publisher: csv('Sources from these publishers (exact names).', 'Rudaw'),
    language: csvOf(['en'], 'Sources in these languages (BCP 47).', 'en'),
    from: dateBound('from'),
    to: dateBound('to'),
    q: searchText(500).optional().describe('Full-text search in the title and text.').meta({ example: 'Peshmerga' }),
  },
})

const sourceRoutes: FastifyPluginAsync = async (app) => {
  registerCollection(app, {
    name: 'sources',
    singular: 'source',
    tag: 'sources',
    item: SourceDetail,
    list: SourceList,
    query: SourceQuery,
    listDescription: 'The documents every fact is cited from: publisher, publication date (with its basis), hash and counts. The text is at links.text. Default order: by publication date (undated last).',
  })
  registerWrites(app, { name: 'sources', type: 'source', item: SourceDetail })

  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/sources/:id/text',
    {
      schema: {
        operationId: 'getSourceText',
        tags: ['sources'],
        summary: 'Get the text of a source',
        description: 'The text exactly as stored, as text/plain; charset=utf-8. Citation offsets count Unicode code points into it.',
        params: IdParams,
        querystring: queryObject({}),
        response: { 200: { description: 'The text.', content: { 'text/plain': { schema: z.string() } } }, 304: NOT_MODIFIED, ...problemResponses(400, 404, 406, 414, 429, 500) },
      },
    },
    async (request, reply) => {
      const text = sourceText(app.db.reader, request.params.id)
      if (text === undefined) throw new HttpProblem(404, `There is no source with id "${request.params.id}".`)
      return reply.type('text/plain; charset=utf-8').serializer((s) => s as string).send(text)
    },
  )
}

export default sourceRoutes
