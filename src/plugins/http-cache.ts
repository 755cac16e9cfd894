import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { strongEtag } from '../domain/etag.js'
import { latestChangeAt, latestSeq } from '../repositories/changes.js'

export const DEFAULT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

export interface HttpCacheOptions {
  cacheControl?: string
}

const opaqueTags = (header: string) => header.split(',').map((t) => t.trim().replace(/^W\//, ''))

/** True when the request's validators show the client already has this version (RFC 9110 §13.1). */
export function isNotModified(request: FastifyRequest, etag: string, lastModified: string | null): boolean {
  const inm = request.headers['if-none-match']
  if (typeof inm === 'string') return inm.trim() === '*' || opaqueTags(inm).includes(etag)
  const ims = request.headers['if-modified-since']
  if (typeof ims === 'string' && lastModified) {
    const since = Date.parse(ims)
    return Number.isFinite(since) && Math.floor(Date.parse(lastModified) / 1000) <= Math.floor(since / 1000)
  }
  return false
}

/** Sets the validators on a response; answers 304 (and returns true) when the client is current. */
export function conditionalGet(request: FastifyRequest, reply: FastifyReply, etag: string, lastModified: string | null): boolean {
  reply.header('etag', etag)
  if (lastModified) reply.header('last-modified', new Date(lastModified).toUTCString())
  if (!isNotModified(request, etag, lastModified)) return false
  reply.code(304)
  return true
}


declare module 'fastify' {
  interface FastifyReply {
    /** When the represented data last changed (RFC 3339); defaults to the dataset's last change. */
    lastModifiedAt?: string | null
  }
}

/**
 * Caching for every read: the dataset revision in X-Dataset-Revision (also on a successful write's
 * answer, for read-your-writes), Cache-Control, a strong ETag
 * computed from the exact bytes sent (so it changes exactly when the representation does, whatever
 * changed it) and Last-Modified; If-None-Match / If-Modified-Since give 304 with no body.
 * Streamed answers (exports) set their own ETag from the revision and the query.
 */
export default fp<HttpCacheOptions>(
  async (app, opts) => {
    const cacheControl = opts.cacheControl ?? DEFAULT_CACHE_CONTROL
    app.decorateReply('lastModifiedAt', undefined)
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        // A write's answer says the revision it made (or a later one): the client's min_revision for
        // reading its own write from a replica.
        if (reply.statusCode < 300 && request.method !== 'OPTIONS') reply.header('x-dataset-revision', String(latestSeq(app.db.reader)))
        return payload
      }
      // An answer that must not be stored (the health probes) is about the process, not the dataset:
      // no revision, no validators, and no database read, so liveness answers while the database does not.
      if (String(reply.getHeader('cache-control') ?? '').includes('no-store')) return payload
      if (!reply.hasHeader('x-dataset-revision')) reply.header('x-dataset-revision', String(latestSeq(app.db.reader)))
      if (reply.statusCode !== 200) return payload
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', cacheControl)
      if (reply.hasHeader('etag') || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload
      const lastModified = reply.lastModifiedAt === undefined ? latestChangeAt(app.db.reader) : reply.lastModifiedAt
      return conditionalGet(request, reply, strongEtag(payload), lastModified) ? '' : payload
    })
  },
  { name: 'http-cache', dependencies: ['db'] },
)
