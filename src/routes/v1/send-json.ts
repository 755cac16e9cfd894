import type { FastifyReply, FastifyRequest } from 'fastify'
import { latestChangeAt } from '../../repositories/changes.js'
import { conditionalGet } from '../../plugins/http-cache.js'
import type { ListJson } from '../../services/list-service.js'

/** Sends JSON serialized elsewhere (a worker, the stored documents) with its next link and ETag. */
export function sendJson(request: FastifyRequest, reply: FastifyReply, result: ListJson) {
  if (result.next) reply.header('link', `<${result.next}>; rel="next"`)
  if (conditionalGet(request, reply, result.etag, latestChangeAt(request.server.db.reader))) return reply.send()
  return reply.type('application/json; charset=utf-8').send(result.body)
}
