// The list and item routes every collection has, registered from one description per collection.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Sqlite } from '../../db/connection.js'
import type { CollectionSpec } from '../../repositories/list.js'
import { jsonResponse, MOVED, NOT_MODIFIED, problemResponses } from '../../schemas/responses.js'
import { IdParams, pretty, queryObject } from '../../schemas/query.js'
import { negotiate } from '../../domain/accept.js'
import { conditionalGet, strongEtag } from '../../plugins/http-cache.js'
import { latestChangeAt, latestSeq } from '../../repositories/changes.js'
import { csvHeader, type CsvCollection } from '../../services/csv-columns.js'
import { csvExport } from '../../services/export-service.js'
import { listCollection, notFound } from '../../services/list-service.js'
import { redirectOf } from '../../services/write-service.js'
import type { EntityType } from '../../domain/vocabulary.js'

export interface CollectionRoutes<T extends object> {
  /** Path segment and plural name, e.g. `statements`. */
  name: CsvCollection
  /** Singular, for messages and operation ids, e.g. `statement`. */
  singular: string
  tag: string
  spec: CollectionSpec
  hydrate: (db: Sqlite, ids: string[]) => T[]
  item: z.ZodType
  list: z.ZodType
  query: z.ZodType
  listDescription: string
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1)

export function registerCollection<T extends object>(app: FastifyInstance, c: CollectionRoutes<T>): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const path = `/v1/${c.name}`

  const sendCsv = (request: FastifyRequest, reply: FastifyReply, query: Record<string, unknown>) => {
    const normalized = new URLSearchParams(request.url.split('?')[1] ?? '')
    normalized.sort()
    const etag = strongEtag('csv', c.name, latestSeq(app.db.reader), normalized.toString())
    if (conditionalGet(request, reply, etag, latestChangeAt(app.db.reader))) return reply.send()
    const { revision, stream } = csvExport(app.db.reader.name, c.name, c.spec, c.hydrate, query)
    return reply
      .header('x-dataset-revision', String(revision))
      .header('content-disposition', `attachment; filename="${c.name}-r${revision}.csv"`)
      .type('text/csv; charset=utf-8; header=present')
      .send(stream)
  }

  typed.get(
    path,
    {
      schema: {
        operationId: `list${capital(c.name)}`,
        tags: [c.tag],
        summary: `List ${c.name}`,
        description: c.listDescription,
        querystring: c.query,
        response: {
          200: {
            description: `A page of ${c.name} (JSON), or every matching row (CSV).`,
            content: {
              'application/json': { schema: c.list },
              'text/csv': {
                schema: z
                  .string()
                  .describe(
                    `RFC 4180, UTF-8, CRLF, with a header row. Columns: ${csvHeader(c.name).join(', ')}. Several values in one cell are joined with "; "; a cell that starts with =, +, -, @, tab or CR is prefixed with ' so spreadsheets show it as text.`,
                  ),
              },
            },
          },
          304: NOT_MODIFIED,
          ...problemResponses(400, 406, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>
      const csv = query.format === 'csv' || (query.format === undefined && negotiate(request.headers.accept, ['application/json', 'text/csv']) === 'text/csv')
      if (csv) return sendCsv(request, reply, query)
      const result = listCollection(app.db.reader, c.spec, c.hydrate, {
        collection: c.name,
        path,
        query,
        rawQuery: Object.fromEntries(new URLSearchParams(request.url.split('?')[1] ?? '')),
      })
      if (result.links.next) reply.header('link', `<${result.links.next}>; rel="next"`)
      // A sparse fieldset is a deliberate subset of the documented item: send it as it is.
      if (typeof query.fields === 'string') return reply.type('application/json; charset=utf-8').serializer(JSON.stringify).send(result)
      return result
    },
  )

  typed.get(
    `${path}/:id`,
    {
      schema: {
        operationId: `get${capital(c.singular)}`,
        tags: [c.tag],
        summary: `Get one ${c.singular}`,
        description: `One ${c.singular} with its relations embedded and every citation. An unknown id is a 404.`,
        params: IdParams,
        querystring: queryObject({ pretty }),
        response: { 200: jsonResponse(`The ${c.singular}.`, c.item), 304: NOT_MODIFIED, 308: MOVED, ...problemResponses(400, 404, 406, 414, 429, 500) },
      },
    },
    async (request, reply) => {
      const [item] = c.hydrate(app.db.reader, [request.params.id])
      if (item) {
        reply.lastModifiedAt = (item as { updated_at?: string }).updated_at ?? null
        return item
      }
      // An id retired by a merge (never reused) answers with a permanent redirect to the survivor.
      const survivor = redirectOf(app.db.reader, c.singular as EntityType, request.params.id)
      if (survivor) return reply.redirect(`${path}/${survivor}${request.url.includes('?') ? `?${request.url.split('?')[1]}` : ''}`, 308)
      throw notFound(c.singular, request.params.id)
    },
  )
}
