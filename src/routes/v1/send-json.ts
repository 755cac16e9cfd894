import type { FastifyReply, FastifyRequest } from 'fastify'
import { latestChangeAt } from '../../repositories/changes.js'
import { conditionalGet } from '../../plugins/http-cache.js'
import type { ListJson } from '../../services/list-service.js'
import { negotiate } from '../../domain/accept.js'

/** Sends JSON serialized elsewhere (a worker, the stored documents) with its next link and ETag. */
export function sendJson(request: FastifyRequest, reply: FastifyReply, result: ListJson) {
  if (result.next) reply.header('link', `<${result.next}>; rel="next"`)
  if (conditionalGet(request, reply, result.etag, latestChangeAt(request.server.db.reader))) return reply.send()
  return reply.type(result.type ?? 'application/json; charset=utf-8').send(result.body)
}

export const MEDIA = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' } as const
export const EXPORT_TYPES = { csv: 'text/csv; charset=utf-8; header=present', ndjson: 'application/x-ndjson; charset=utf-8' } as const

/** The format a list is asked for: the format parameter, else the Accept header (JSON first). */
export function listFormat(format: unknown, accept: string | undefined): keyof typeof MEDIA {
  if (format === 'json' || format === 'csv' || format === 'ndjson') return format
  const media = negotiate(accept, [MEDIA.json, MEDIA.csv, MEDIA.ndjson])
  return media === MEDIA.csv ? 'csv' : media === MEDIA.ndjson ? 'ndjson' : 'json'
}
