// What the fuzzers share: the operations of the committed OpenAPI document, checking an answer
// against it, running one fast-check property per operation, and building URLs.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type { Test } from 'tap'
import type { Sqlite } from '../../src/db/connection.js'
import type { EntityType } from '../../src/domain/vocabulary.js'
import { projectRoot } from '../../src/paths.js'
import type { buildApp } from '../helper.js'
import { documentedResponse, isJsonMediaType, schemaErrors } from '../openapi-document.js'

export const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200)

// ---- the contract -----------------------------------------------------------------------------

export interface Schema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  anyOf?: Schema[]
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  minItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  format?: string
  example?: unknown
}
export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie'
  name: string
  required?: boolean
  schema: Schema
}
export interface Operation {
  operationId: string
  parameters?: Parameter[]
  requestBody?: { content: Record<string, { schema: Schema }> }
  security?: unknown[]
  responses: Record<string, unknown>
}
export const spec = JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}
export const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(spec.components.schemas[schema.$ref.split('/').pop()!]!) : schema)

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const
const operations = Object.entries(spec.paths).flatMap(([route, ops]) =>
  METHODS.filter((m) => ops[m]).map((method) => ({ route, method, op: ops[method]! })),
)
// Public operations read (GET, and POST …/suggestions, which writes nothing); keyed ones write.
export const readOps = operations.filter((o) => !o.op.security?.length)
export const writeOps = operations.filter((o) => o.op.security?.length)

// ---- checking an answer -----------------------------------------------------------------------

export type App = Awaited<ReturnType<typeof buildApp>>
type Response = Awaited<ReturnType<App['inject']>>
export interface Req {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  url: string
  headers: Record<string, string>
  payload?: string
}
const show = (req: Req) => `${req.method} ${req.url.slice(0, 300)}${req.url.length > 300 ? '…' : ''} ${JSON.stringify(req.headers)}${req.payload === undefined ? '' : ` body=${req.payload.slice(0, 300)}`}`

/** What is wrong with an answer to an operation (undefined: nothing). */
function violation(res: Response, route: string, method: string, mustRefuse: boolean): string | undefined {
  const status = res.statusCode
  const body = () => res.body.replace(/\s+/g, ' ').slice(0, 300)
  if (status >= 500) return `answered ${status}: ${body()}`
  if (!documentedResponse(route, method, status)) return `answered ${status}, which the document does not list for this operation: ${body()}`
  if (mustRefuse && (status < 400 || status > 499)) return `a write that is invalid by construction answered ${status}: ${body()}`
  if (status < 400) return undefined
  if (res.headers['content-type'] !== 'application/problem+json; charset=utf-8') return `${status} with content-type ${String(res.headers['content-type'])}`
  let problem: Record<string, unknown>
  try {
    problem = JSON.parse(res.body) as Record<string, unknown>
  } catch {
    return `${status} problem is not JSON: ${body()}`
  }
  for (const member of ['type', 'title', 'detail', 'instance', 'request_id']) {
    if (typeof problem[member] !== 'string') return `${status} problem without a string "${member}": ${body()}`
  }
  if (problem.status !== status) return `problem status ${String(problem.status)} differs from the HTTP status ${status}`
  return undefined
}

/**
 * What is wrong with a 2xx answer's body (undefined: nothing): its media type must be documented and
 * a JSON body must match its schema. With a sparse fieldset (`fields=`), which the parameter documents
 * as "only these fields of each item" (or of the one record), each item must have exactly the chosen members that it has at
 * all, each matching its schema; the item schema's other required members are not asked for.
 */
function bodyViolation(res: Response, req: Req, route: string, method: string): string | undefined {
  if (res.statusCode < 200 || res.statusCode > 299 || res.statusCode === 204) return undefined
  const mediaType = String(res.headers['content-type']).split(';')[0]!
  if (!documentedResponse(route, method, res.statusCode)?.content?.[mediaType]) return `${res.statusCode} as ${mediaType}, which the document does not list`
  if (!isJsonMediaType(mediaType)) return undefined
  const body = res.json() as { data?: Record<string, unknown>[] }
  const fields = new URL(req.url, 'http://x').searchParams.get('fields')?.split(',')
  let errors = schemaErrors(route, method, res.statusCode, mediaType, body)
  if (fields && Array.isArray(body.data)) {
    errors = errors.filter((e) => !(e.keyword === 'required' && /^\/data\/\d+$/.test(e.instancePath) && !fields.includes(String(e.params.missingProperty))))
    const extra = body.data.flatMap((item) => Object.keys(item).filter((k) => !fields.includes(k)))
    if (extra.length > 0) return `${res.statusCode} body has members outside fields=${fields.join(',')}: ${[...new Set(extra)].join(', ')}`
  } else if (fields) {
    // One record with a sparse fieldset: the same rule, at the top level.
    errors = errors.filter((e) => !(e.keyword === 'required' && e.instancePath === '' && !fields.includes(String(e.params.missingProperty))))
    const extra = Object.keys(body).filter((k) => !fields.includes(k))
    if (extra.length > 0) return `${res.statusCode} body has members outside fields=${fields.join(',')}: ${extra.join(', ')}`
  }
  return errors.length === 0 ? undefined : `${res.statusCode} body does not match the schema: ${JSON.stringify(errors.slice(0, 3))}`
}

interface Target {
  label: string
  route: string
  method: string
}

/** Runs one property per operation, collecting every violation (not only the first) with its request; returns the statuses seen. */
export async function fuzz(t: Test, app: App, { label, route, method }: Target, seed: number, runs: number, arb: fc.Arbitrary<Req>, mustRefuse: boolean, found: string[], checkBodies = false) {
  const statuses: Record<number, number> = {}
  await fc.assert(
    fc.asyncProperty(arb, async (req) => {
      // Let the event loop turn between requests, as it does between real connections: the app's
      // load shedding (under-pressure) answers 503 when it sees no loop turns at all.
      await new Promise((resolve) => setImmediate(resolve))
      const res = await app.inject({ method: req.method, url: req.url, headers: req.headers, ...(req.payload === undefined ? {} : { payload: req.payload }) })
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1
      const wrong = violation(res, route, method, mustRefuse) ?? (checkBodies ? bodyViolation(res, req, route, method) : undefined)
      if (wrong) found.push(`${label}: ${wrong}\n    request: ${show(req)}`)
      return true
    }),
    { seed, numRuns: runs },
  )
  t.comment(`${label}: ${Object.entries(statuses).map(([status, n]) => `${n}×${status}`).join(' ')}`)
  return statuses
}

export const total = (statuses: Record<number, number>) => Object.values(statuses).reduce((a, b) => a + b, 0)

/** A piece of a URL: text to percent-encode, or raw characters put in the URL as they are. */
export type Piece = { text: string } | { raw: string }
export const text = (s: string): Piece => ({ text: s })

// UTF-8 for every code point, lone surrogates included (WTF-8): those become invalid UTF-8 on the wire.
function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp]
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)]
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
}
export function encode(piece: Piece): string {
  if ('raw' in piece) return piece.raw
  let out = ''
  for (const ch of piece.text) {
    if (/^[A-Za-z0-9\-_.~]$/.test(ch)) out += ch
    else out += utf8Bytes(ch.codePointAt(0)!).map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  }
  return out
}

export const TYPE_OF: Record<string, EntityType> = { sources: 'source', actors: 'actor', meetings: 'meeting', agreements: 'agreement', statements: 'statement', disputes: 'dispute' }

/**
 * The setup (seeding, dumping every table) blocks the event loop for a while, and the app's load
 * shedding (under-pressure, sampling the loop once a second) rightly answers 503 until it has measured
 * an idle loop again. Wait for that, so that the fuzzing measures the routes and not the test's setup.
 */
export async function settled(app: App) {
  await new Promise((resolve) => setTimeout(resolve, 1100)) // one sampling interval of an idle loop
  const until = Date.now() + 5000
  // Load shedding is off unless configured; when it is on, wait until it has calmed down.
  while (typeof app.isUnderPressure === 'function' && app.isUnderPressure() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50))
}

export function datasetIds(db: Sqlite): Record<string, string[]> {
  return Object.fromEntries(Object.keys(TYPE_OF).map((c) => [c, db.prepare(`SELECT id FROM ${c} ORDER BY id`).pluck().all() as string[]]))
}

