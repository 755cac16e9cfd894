// The write routes of a collection: POST (create), PATCH (JSON Merge Patch), DELETE, and for
// actors, meetings and agreements POST …/merge. Writes need a `write` API key.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Sqlite } from '../../db/connection.js'
import type { EntityType } from '../../domain/vocabulary.js'
import { jsonResponse, problemResponses } from '../../schemas/responses.js'
import { IdempotencyHeaders, IfMatchHeaders, MergeBody, MergePatch } from '../../schemas/write-bodies.js'
import { IdParams } from '../../schemas/query.js'
import { replay, remember, requestHash, type StoredResponse } from '../../services/idempotency.js'
import { getOne, notFound } from '../../services/list-service.js'
import { mergeRecords, type MergeableType } from '../../services/merge-service.js'
import { CREATE_SCHEMAS, createRecord, deleteRecord, patchRecord } from '../../services/write-service.js'
import { storePendingDocuments, writeTransaction } from '../../services/documents.js'
import { COLLECTION_OF } from '../../services/collections.js'
import { readItem } from '../../services/item-service.js'

export interface WriteRoutes<T extends object> {
  name: string
  type: EntityType
  item: z.ZodType
  hydrate: (db: Sqlite, ids: string[]) => T[]
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1)
const AUTH = { security: [{ apiKey: [] }] }

export function registerWrites<T extends object>(app: FastifyInstance, w: WriteRoutes<T>): void {
  const path = `/v1/${w.name}`
  const writer = () => app.db.writer
  const collection = COLLECTION_OF[w.type]
  /** The ETag a GET of the item carries (from its stored document). */
  const etagOf = (id: string) => {
    // Inside a write, the answer's ETag is that of the document the write is about to commit.
    if (writer().inTransaction) storePendingDocuments(writer())
    const item = readItem(writer(), collection, id)
    if (!item) throw notFound(w.type, id)
    return item.etag
  }
  const currentEtag = (id: string) => () => etagOf(id)
  const ctx = (request: FastifyRequest) => ({ now: new Date().toISOString(), author: request.apiKey?.name ?? 'unknown' })
  const answer = (reply: FastifyReply, response: StoredResponse) => reply.code(response.status).headers(response.headers).send(response.body)
  const itemResponse = (status: number, id: string): StoredResponse => {
    const item = getOne(writer(), w.hydrate, w.type, id)
    return { status, headers: { location: `${path}/${id}`, etag: etagOf(id) }, body: item }
  }

  /** Runs a POST inside one transaction with its Idempotency-Key record. */
  const idempotentPost = (request: FastifyRequest, reply: FastifyReply, run: () => StoredResponse) => {
    const key = request.headers['idempotency-key'] as string | undefined
    const keyName = request.apiKey?.name ?? ''
    const hash = requestHash(request.method, request.url, request.body)
    const db = writer()
    const previous = key ? replay(db, keyName, key, hash) : undefined
    if (previous) return answer(reply.header('idempotent-replayed', 'true'), previous)
    const response = writeTransaction(db, () => {
      const result = run()
      if (key) remember(db, keyName, key, hash, result, new Date().toISOString())
      return result
    })
    return answer(reply, response)
  }

  app.post(
    path,
    {
      onRequest: app.requireScope('write'),
      schema: {
        operationId: `create${capital(w.type)}`,
        tags: [w.name],
        summary: `Create a ${w.type}`,
        description: `Creates a ${w.type} with its relations and citations in one transaction (and one change-log entry). Citations are given as words (\`{source_id, quote, occurrence?}\`) or exact offsets (\`{source_id, start, end}\`); the server finds and verifies them, and refuses with 422 what it cannot verify, naming the field by JSON pointer. A reference to a record that does not exist is a 422 naming it.`,
        ...AUTH,
        headers: IdempotencyHeaders,
        body: CREATE_SCHEMAS[w.type],
        response: { 201: jsonResponse(`The new ${w.type}; its URL is in Location, its ETag in ETag.`, w.item), ...problemResponses(400, 401, 403, 409, 413, 415, 422, 429, 500) },
      },
    },
    async (request, reply) =>
      idempotentPost(request, reply, () => itemResponse(201, createRecord(writer(), w.type, request.body as Record<string, unknown>, ctx(request)))),
  )

  app.patch(
    `${path}/:id`,
    {
      onRequest: app.requireScope('write'),
      schema: {
        operationId: `update${capital(w.type)}`,
        tags: [w.name],
        summary: `Change a ${w.type}`,
        description: `Applies a JSON Merge Patch (RFC 7396) to the ${w.type} in its create form and stores the result if every citation and reference still checks out. Requires If-Match with the current ETag (412 when stale, 428 when missing). The id never changes.${w.type === 'source' ? ' The text of a source cannot change once anything cites it (409).' : ''}`,
        ...AUTH,
        params: IdParams,
        headers: IfMatchHeaders,
        body: MergePatch,
        response: { 200: jsonResponse(`The ${w.type} as it now is.`, w.item), ...problemResponses(400, 401, 403, 404, 406, 409, 412, 413, 414, 415, 422, 428, 429, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      patchRecord(writer(), w.type, id, request.body as Record<string, unknown>, { ifMatch: request.headers['if-match'], currentEtag: currentEtag(id) }, ctx(request))
      return answer(reply, itemResponse(200, id))
    },
  )

  app.delete(
    `${path}/:id`,
    {
      onRequest: app.requireScope('write'),
      schema: {
        operationId: `delete${capital(w.type)}`,
        tags: [w.name],
        summary: `Delete a ${w.type}`,
        description: `Deletes the ${w.type} with its relations and citations, leaving a tombstone in the change feed. Requires If-Match (412/428). While other records refer to it, the answer is 409 with their list in \`referrers\`.`,
        ...AUTH,
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: z.null().describe('Deleted.'), ...problemResponses(400, 401, 403, 404, 409, 412, 414, 428, 429, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      deleteRecord(writer(), w.type, id, { ifMatch: request.headers['if-match'], currentEtag: currentEtag(id) }, ctx(request))
      return reply.code(204).send()
    },
  )

  if (w.type === 'actor' || w.type === 'meeting' || w.type === 'agreement') {
    const type: MergeableType = w.type
    app.post(
      `${path}/:id/merge`,
      {
        onRequest: app.requireScope('write'),
        schema: {
          operationId: `merge${capital(type)}`,
          tags: [w.name],
          summary: `Merge a duplicate ${type} into another`,
          description: `Moves every relation and citation of {id} to the ${type} named in \`into\` (names and aliases too, for actors), in one transaction; every record touched is a change in the feed, and {id} is deleted with a tombstone saying where it went. From then on {id} answers 308 Permanent Redirect to the survivor, so no published link or mirrored reference breaks.`,
          ...AUTH,
          params: IdParams,
          headers: IdempotencyHeaders,
          body: MergeBody,
          response: { 200: jsonResponse(`The surviving ${type}.`, w.item), ...problemResponses(400, 401, 403, 404, 406, 413, 414, 415, 422, 429, 500) },
        },
      },
      async (request, reply) => {
        const { id } = request.params as { id: string }
        const { into } = request.body as { into: string }
        return idempotentPost(request, reply, () => {
          mergeRecords(writer(), type, id, into, ctx(request))
          return itemResponse(200, into)
        })
      },
    )
  }
}
