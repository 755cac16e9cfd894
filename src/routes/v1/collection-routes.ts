// The list and item routes every collection has, registered from one description per collection.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { jsonResponse, MOVED, NOT_MODIFIED, problemResponses } from '../../schemas/responses.js'
import { csvOf, IdParams, pretty, queryObject } from '../../schemas/query.js'
import { conditionalGet } from '../../plugins/http-cache.js'
import { strongEtag } from '../../domain/etag.js'
import { latestChangeAt, latestSeq } from '../../repositories/changes.js'
import { csvHeader, type CsvCollection } from '../../services/csv-columns.js'
import { isIndexPage, listCollectionJson, notFound, pickFields } from '../../services/list-service.js'
import { isView, LISTS } from '../../services/views.js'
import { readItem } from '../../services/item-service.js'
import { EXPORT_TYPES, listFormat, MEDIA, sendJson } from './send-json.js'
import type { ListFormat } from '../../services/export-service.js'
import { redirectOf } from '../../services/write-service.js'
import type { EntityType } from '../../domain/vocabulary.js'

export interface CollectionRoutes {
  /** Path segment and plural name, e.g. `statements`. */
  name: CsvCollection
  /** Singular, for messages and operation ids, e.g. `statement`. */
  singular: string
  tag: string
  item: z.ZodType
  list: z.ZodType
  query: z.ZodType
  listDescription: string
  /** A check across the list's parameters (zod's superRefine), applied to the list and its .csv/.ndjson routes. */
  refine?: (query: never, ctx: z.RefinementCtx) => void
  /** For a derived view: what its item route says, and its id parameter (default: an entity's slug). */
  itemDescription?: string
  idParams?: z.ZodObject
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1)

export function registerCollection(app: FastifyInstance, c: CollectionRoutes): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const path = `/v1/${c.name}`
  const collection = LISTS[c.name]
  const refined = (query: z.ZodType) => (c.refine ? query.superRefine(c.refine as (q: unknown, ctx: z.RefinementCtx) => void) : query)

  const sendExport = async (request: FastifyRequest, reply: FastifyReply, query: Record<string, unknown>, format: ListFormat) => {
    const normalized = new URLSearchParams(request.url.split('?')[1] ?? '')
    normalized.sort()
    const etag = strongEtag(format, c.name, latestSeq(app.db.reader), normalized.toString())
    if (conditionalGet(request, reply, etag, latestChangeAt(app.db.reader))) return reply.send()
    const { revision, stream } = await app.exportPool.start({ kind: format === 'csv' ? 'csv' : 'list-ndjson', collection: c.name, query })
    return reply
      .header('x-dataset-revision', String(revision))
      .header('content-disposition', `attachment; filename="${c.name}-r${revision}.${format}"`)
      .type(EXPORT_TYPES[format])
      .send(stream)
  }

  const csvContent = {
    schema: z
      .string()
      .describe(
        `RFC 4180, UTF-8, CRLF, with a header row. Columns: ${csvHeader(c.name).join(', ')} ("fields" keeps only the columns of those fields: fields=id,date gives id and the date_* columns). Several values in one cell are joined with "; "; citation_spans holds each citation as source_id:start-end (code points). A cell that starts with =, +, -, @, tab or CR is prefixed with ' so spreadsheets show it as text.`,
      ),
  }
  const ndjsonContent = { schema: z.string().describe(`One ${c.singular} a line, each exactly as in the JSON list (fields applies).`) }
  const listSchema = (suffix: '' | ListFormat) => ({
    operationId: `list${capital(c.name)}${suffix ? capital(suffix) : ''}`,
    tags: [c.tag],
    summary: suffix ? `List ${c.name} as ${suffix.toUpperCase()}` : `List ${c.name}`,
    description: suffix
      ? `Every ${c.singular} matching the query as ${suffix.toUpperCase()}: the same as GET ${path} with \`Accept: ${MEDIA[suffix]}\` or format=${suffix}, for tools that take a URL (Datasette's .${suffix}). Same parameters, without format.`
      : `${c.listDescription} Every matching row as CSV or NDJSON with \`Accept: text/csv\` or \`application/x-ndjson\`, format=csv|ndjson, or the ${path}.csv and ${path}.ndjson URLs.`,
    querystring: refined(suffix ? (c.query as z.ZodObject).omit({ format: true }) : c.query),
    response: {
      200: {
        description: suffix ? `Every matching ${c.singular}.` : `A page of ${c.name} (JSON), or every matching row (CSV, NDJSON).`,
        content: suffix === 'csv' ? { 'text/csv': csvContent } : suffix === 'ndjson' ? { 'application/x-ndjson': ndjsonContent } : { 'application/json': { schema: c.list }, 'text/csv': csvContent, 'application/x-ndjson': ndjsonContent },
      },
      304: NOT_MODIFIED,
      ...problemResponses(400, 406, 429, 500),
    },
  })

  typed.get(path, { schema: listSchema('') }, async (request, reply) => {
    const query = request.query as Record<string, unknown>
    const format = listFormat(query.format, request.headers.accept)
    if (format !== 'json') return sendExport(request, reply, query, format)
    const listRequest = { collection: c.name, path, query, rawQuery: Object.fromEntries(new URLSearchParams(request.url.split('?')[1] ?? '')) }
    // A page read straight off a sort index costs the same whatever the size of the table: it stays
    // on this thread. Anything that filters, searches, counts or facets goes to a read worker, and so
    // does every page of a derived view, which is built from the rows (3-7x a stored page's cost).
    const result = isIndexPage(collection.spec, query) && !isView(collection)
      ? listCollectionJson(app.db.reader, collection, listRequest)
      : await app.readPool.run({ kind: 'list', collection: c.name, request: listRequest })
    return sendJson(request, reply, result)
  })
  for (const format of ['csv', 'ndjson'] as const) {
    typed.get(`${path}.${format}`, { schema: listSchema(format) }, async (request, reply) => sendExport(request, reply, request.query as Record<string, unknown>, format))
  }

  typed.get(
    `${path}/:id`,
    {
      schema: {
        operationId: `get${capital(c.singular)}`,
        tags: [c.tag],
        summary: `Get one ${c.singular}`,
        description: c.itemDescription ?? `One ${c.singular} with its relations embedded and every citation. An unknown id is a 404.`,
        params: c.idParams ?? IdParams,
        querystring: queryObject({ fields: csvOf(Object.keys((c.item as z.ZodObject).shape), `Return only these fields of the ${c.singular} (sparse fieldset).`, 'id,links'), pretty }),
        response: { 200: jsonResponse(`The ${c.singular}.`, c.item), 304: NOT_MODIFIED, 308: MOVED, ...problemResponses(400, 404, 406, 414, 429, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      const item = readItem(app.db.reader, collection, id)
      if (item) {
        const fields = (request.query as { fields?: string }).fields?.split(',')
        const etag = fields ? strongEtag(item.etag, fields.join(',')) : item.etag
        if (conditionalGet(request, reply, etag, item.updatedAt)) return reply.send()
        return reply.type('application/json; charset=utf-8').send(fields ? JSON.stringify(pickFields(JSON.parse(item.json) as object, fields)) : item.json)
      }
      // An id retired by a merge (never reused) answers with a permanent redirect to the survivor.
      const survivor = redirectOf(app.db.reader, c.singular as EntityType, id)
      if (survivor) return reply.redirect(`${path}/${survivor}${request.url.includes('?') ? `?${request.url.split('?')[1]}` : ''}`, 308)
      throw notFound(c.singular, id)
    },
  )
}
