import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { TOPICS } from '../../domain/vocabulary.js'
import { DatasetIndex, SEARCH_TYPES, SearchResults, Timeline, TIMELINE_TYPES } from '../../schemas/discovery.js'
import { csv, csvOf, cursorParam, dateBound, limitParam, pageFormatParam, pretty, queryObject, searchText } from '../../schemas/query.js'
import { jsonResponse, NOT_MODIFIED, problemResponses } from '../../schemas/responses.js'
import { datasetIndex } from '../../services/discovery-service.js'
import { SEARCH_CSV_COLUMNS, TIMELINE_CSV_COLUMNS } from '../../services/discovery-pages.js'
import { listFormat, MEDIA, sendJson } from './send-json.js'

const rawQuery = (url: string) => Object.fromEntries(new URLSearchParams(url.split('?')[1] ?? ''))

export const SearchQuery = queryObject({
  q: searchText(500)
    .describe('What to search for: words (all must match), "exact phrases", word* prefixes, OR, NOT or -word. Case and accents are ignored.')
    .meta({ example: 'withdrawal' }),
  type: csvOf(SEARCH_TYPES, 'Only these kinds of records.', 'statement,agreement'),
  limit: limitParam,
  cursor: cursorParam,
  format: pageFormatParam,
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
  format: pageFormatParam,
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

  // Search and the timeline, each as JSON, CSV or NDJSON (a page of it), also at the .csv and .ndjson URLs.
  const pages = [
    {
      kind: 'search',
      path: '/v1/search',
      operationId: 'search',
      summary: 'Full-text search',
      description:
        'Searches statements, actors (names, aliases and descriptions), meetings, agreements and source texts with SQLite FTS5, ranked by bm25 (titles and names weigh more than text). A query it cannot read is a 400.',
      querystring: SearchQuery,
      list: SearchResults,
      json: 'Hits, best first.',
      csv: `Columns: ${SEARCH_CSV_COLUMNS.map(([n]) => n).join(', ')}. citation_spans: each citation of the hit as source_id:start-end (code points), joined with "; ".`,
    },
    {
      kind: 'timeline',
      path: '/v1/timeline',
      operationId: 'getTimeline',
      summary: 'Timeline',
      description:
        'Meetings, agreements and statements merged in chronological order of the first day their EDTF date covers (then type, then id), each with its date, precision and basis. Undated items are left out and counted in meta.undated.',
      querystring: TimelineQuery,
      list: Timeline,
      json: 'A page of the timeline.',
      csv: `Columns: ${TIMELINE_CSV_COLUMNS.map(([n]) => n).join(', ')}. citation_spans: each citation of the item as source_id:start-end (code points), joined with "; ".`,
    },
  ] as const
  for (const page of pages) {
    const csvContent = { schema: z.string().describe(`RFC 4180 CSV of one page, with a header row; the next page is in the Link header. ${page.csv}`) }
    const ndjsonContent = { schema: z.string().describe('One item of the page a line, as in data of the JSON answer; the next page is in the Link header.') }
    for (const suffix of ['', 'csv', 'ndjson'] as const) {
      const content = suffix === 'csv' ? { 'text/csv': csvContent } : suffix === 'ndjson' ? { 'application/x-ndjson': ndjsonContent } : { 'application/json': { schema: page.list }, 'text/csv': csvContent, 'application/x-ndjson': ndjsonContent }
      const path = suffix ? `${page.path}.${suffix}` : page.path
      typed.get(
        path,
        {
          schema: {
            operationId: suffix ? `${page.operationId}${suffix === 'csv' ? 'Csv' : 'Ndjson'}` : page.operationId,
            tags: ['dataset'],
            summary: suffix ? `${page.summary} as ${suffix.toUpperCase()}` : page.summary,
            description: suffix
              ? `A page of GET ${page.path} as ${suffix.toUpperCase()}, as with \`Accept: ${MEDIA[suffix]}\` or format=${suffix}; the same parameters, without format.`
              : `${page.description} CSV or NDJSON with \`Accept: text/csv\` or \`application/x-ndjson\`, format=csv|ndjson, or the ${page.path}.csv and ${page.path}.ndjson URLs: a page at a time, like the JSON (limit up to 500, the next page in the Link header).`,
            querystring: suffix ? (page.querystring as z.ZodObject).omit({ format: true }) : page.querystring,
            response: { 200: { description: page.json, content }, 304: NOT_MODIFIED, ...problemResponses(400, 406, 429, 500) },
          },
        },
        async (request, reply) => {
          const query = request.query as Record<string, unknown>
          const format = suffix || listFormat(query.format, request.headers.accept)
          return sendJson(request, reply, await app.readPool.run({ kind: page.kind, format, path, query, rawQuery: rawQuery(request.url) }))
        },
      )
    }
  }
}

export default discoveryRoutes
