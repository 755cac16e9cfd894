import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { TOPICS } from '../../domain/vocabulary.js'
import { DatasetIndex, SEARCH_TYPES, SearchResults, Timeline, TIMELINE_TYPES } from '../../schemas/discovery.js'
import { csv, csvOf, cursorParam, dateBound, limitParam, pretty, queryObject, searchText } from '../../schemas/query.js'
import { jsonResponse, NOT_MODIFIED, problemResponses } from '../../schemas/responses.js'
import { datasetIndex } from '../../services/discovery-service.js'
import { sendJson } from './send-json.js'

const rawQuery = (url: string) => Object.fromEntries(new URLSearchParams(url.split('?')[1] ?? ''))

export const SearchQuery = queryObject({
  q: searchText(500)
    .describe('What to search for: words (all must match), "exact phrases", word* prefixes, OR, NOT or -word. Case and accents are ignored.')
    .meta({ example: 'withdrawal' }),
  type: csvOf(SEARCH_TYPES, 'Only these kinds of records.', 'statement,agreement'),
  limit: limitParam,
  cursor: cursorParam,
  pretty,
})

export const TimelineQuery = queryObject({
  from: dateBound('from'),
  to: dateBound('to'),
  actor: csv('Only items involving these actors: meeting participants, agreement parties, statement speakers or subjects, actors a dispute is about (ids).', 'lloyd-austin'),
  topic: csvOf(TOPICS, 'Only statements and disputes on these topics, and meetings and agreements with a statement on them.', 'withdrawal'),
  type: csvOf(TIMELINE_TYPES, 'Only these kinds of items.', 'meeting,agreement'),
  sort: z.enum(['date', '-date'], { error: 'must be date or -date' }).optional().describe('date (default, oldest first) or -date.').meta({ example: '-date' }),
  limit: limitParam,
  cursor: cursorParam,
  pretty,
})

const discoveryRoutes: FastifyPluginAsync = async (app) => {
  const typed = app.withTypeProvider<ZodTypeProvider>()

  typed.get(
    '/v1',
    {
      schema: {
        operationId: 'getIndex',
        tags: ['dataset'],
        summary: 'Dataset index',
        description: 'Links to every collection, the entity counts, the dataset revision, the vocabularies, and the docs and spec URLs.',
        querystring: queryObject({ pretty }),
        response: { 200: jsonResponse('The index.', DatasetIndex), 304: NOT_MODIFIED, ...problemResponses(400, 406, 429, 500) },
      },
    },
    async () => datasetIndex(app.db.reader),
  )

  typed.get(
    '/v1/search',
    {
      schema: {
        operationId: 'search',
        tags: ['dataset'],
        summary: 'Full-text search',
        description:
          'Searches statements, actors (names, aliases and descriptions), meetings, agreements and source texts with SQLite FTS5, ranked by bm25 (titles and names weigh more than text). A query it cannot read is a 400.',
        querystring: SearchQuery,
        response: { 200: jsonResponse('Hits, best first.', SearchResults), 304: NOT_MODIFIED, ...problemResponses(400, 406, 429, 500) },
      },
    },
    async (request, reply) => sendJson(request, reply, await app.readPool.run({ kind: 'search', query: request.query, rawQuery: rawQuery(request.url) })),
  )

  typed.get(
    '/v1/timeline',
    {
      schema: {
        operationId: 'getTimeline',
        tags: ['dataset'],
        summary: 'Timeline',
        description:
          'Meetings, agreements and statements merged in chronological order of the first day their EDTF date covers (then type, then id), each with its date, precision and basis. Undated items are left out and counted in meta.undated.',
        querystring: TimelineQuery,
        response: { 200: jsonResponse('A page of the timeline.', Timeline), 304: NOT_MODIFIED, ...problemResponses(400, 406, 429, 500) },
      },
    },
    async (request, reply) => sendJson(request, reply, await app.readPool.run({ kind: 'timeline', query: request.query, rawQuery: rawQuery(request.url) })),
  )
}

export default discoveryRoutes
