import { z } from 'zod'
import { Problem } from './problem.js'

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad request: a parameter or field is invalid (each one is listed in `errors`).',
  401: 'Unauthorized: no API key, or an unknown or revoked one (see WWW-Authenticate).',
  403: 'Forbidden: the API key may not do this (a read key on a write).',
  404: 'Not found: no such record or route.',
  406: 'Not acceptable: the Accept header asks for a media type this operation cannot produce.',
  409: 'Conflict: the id or text exists already (see `existing`), or other records still refer to this one (see `referrers`).',
  412: 'Precondition failed: the If-Match ETag is stale; GET the record again and reapply the change.',
  415: 'Unsupported media type: send JSON (application/json, or application/merge-patch+json for a PATCH).',
  422: 'Unprocessable: the body is well-formed but cannot be verified (a quote not in its source, a missing reference, a reused Idempotency-Key); each failing field is named by JSON pointer in `errors`.',
  428: 'Precondition required: send If-Match with the ETag of the record.',
  429: 'Too many requests: slow down (see Retry-After).',
  500: 'Internal error: the request id identifies it in the logs; no internals are disclosed.',
  413: 'Content too large: the body is over the limit (BODY_LIMIT, 1 MiB by default).',
  414: 'URI too long: a path parameter is over 500 characters (the router refuses it before the route runs).',
  503: 'Unavailable: the service is not ready, or is shedding load (see Retry-After).',
}

/** RFC 9457 problem responses for the given statuses (and 500 and 503, which any operation can give), with their media type. */
export function problemResponses<S extends number>(...given: S[]) {
  const statuses = [...new Set([...given, 500, 503])] as S[]
  return Object.fromEntries(
    statuses.map((status) => [status, { description: PROBLEM_DESCRIPTIONS[status] ?? 'Error.', content: { 'application/problem+json': { schema: Problem } } }]),
  ) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }>
}

export function jsonResponse<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { 'application/json': { schema } } }
}

/** A conditional GET whose validators (If-None-Match, If-Modified-Since) match: no body. */
export const NOT_MODIFIED = z.null().describe('Not modified: the ETag or Last-Modified the client sent is current. No body.')

/** An id retired by a merge: Location names the record it was merged into. */
export const MOVED = z.null().describe('Permanent Redirect: this id was merged into another record; Location is its URL.')

/** Every write on a read replica (REPLICA_OF): Location is the same URL on the primary. */
export const REPLICA_REDIRECT = {
  307: {
    description:
      'Temporary Redirect (replica mode only): this server is a read replica and never writes. Location is the same URL on the primary; repeat the request there (307 keeps the method, headers and body). The problem document names the primary in `primary`.',
    content: { 'application/problem+json': { schema: Problem } },
  },
}
