// The write routes of a collection: POST (create), PATCH (JSON Merge Patch), DELETE, and for
// actors, meetings and agreements POST …/merge. Writes need a `write` API key.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { EntityType } from '../../domain/vocabulary.js'
import { jsonResponse, problemResponses, REPLICA_REDIRECT } from '../../schemas/responses.js'
import { IdempotencyHeaders, IfMatchHeaders, MergeBody, MergePatch } from '../../schemas/write-bodies.js'
import { IdParams } from '../../schemas/query.js'
import { requestHash } from '../../services/idempotency.js'
import type { MergeableType } from '../../services/merge-service.js'
import { CREATE_SCHEMAS } from '../../services/write-service.js'
import type { Idempotency, WriteOperation } from '../../services/write-operations.js'

export interface WriteRoutes {
  name: string
  type: EntityType
  item: z.ZodType
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1)
const AUTH = { security: [{ apiKey: [] }] }

export function registerWrites(app: FastifyInstance, w: WriteRoutes): void {
  const path = `/v1/${w.name}`
  const ctx = (request: FastifyRequest) => ({ now: new Date().toISOString(), author: request.apiKey?.name ?? 'unknown' })
  const idempotency = (request: FastifyRequest): Idempotency | undefined => {
    const key = request.headers['idempotency-key'] as string | undefined
    return key ? { key, keyName: request.apiKey?.name ?? '', hash: requestHash(request.method, request.url, request.body) } : undefined
  }
  /** Runs the write in the write worker and sends its answer. */
  const write = async (reply: FastifyReply, operation: WriteOperation) => {
    const { replayed, ...response } = await app.writePool.run(operation)
    if (replayed) reply.header('idempotent-replayed', 'true')
    return reply.code(response.status).headers(response.headers).send(response.body ?? undefined)
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
        response: { ...REPLICA_REDIRECT, 201: jsonResponse(`The new ${w.type}; its URL is in Location, its ETag in ETag.`, w.item), ...problemResponses(400, 401, 403, 409, 413, 415, 422, 429, 500) },
      },
    },
    async (request, reply) => write(reply, { op: 'create', type: w.type, body: request.body as Record<string, unknown>, idempotency: idempotency(request), ctx: ctx(request) }),
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
        response: { ...REPLICA_REDIRECT, 200: jsonResponse(`The ${w.type} as it now is.`, w.item), ...problemResponses(400, 401, 403, 404, 406, 409, 412, 413, 414, 415, 422, 428, 429, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      return write(reply, { op: 'patch', type: w.type, id, body: request.body as Record<string, unknown>, ifMatch: request.headers['if-match'], ctx: ctx(request) })
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
        response: { ...REPLICA_REDIRECT, 204: z.null().describe('Deleted.'), ...problemResponses(400, 401, 403, 404, 409, 412, 414, 428, 429, 500) },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string }
      return write(reply, { op: 'delete', type: w.type, id, ifMatch: request.headers['if-match'], ctx: ctx(request) })
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
          response: { ...REPLICA_REDIRECT, 200: jsonResponse(`The surviving ${type}.`, w.item), ...problemResponses(400, 401, 403, 404, 406, 413, 414, 415, 422, 429, 500) },
        },
      },
      async (request, reply) => {
        const { id } = request.params as { id: string }
        const { into } = request.body as { into: string }
        return write(reply, { op: 'merge', type, id, into, idempotency: idempotency(request), ctx: ctx(request) })
      },
    )
  }
}
