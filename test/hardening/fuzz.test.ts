// Property-based fuzzing driven by the committed OpenAPI document (fast-check, fixed seed).
//
// Reads: every GET operation (and the public, non-writing POST …/suggestions) gets generated path and
// query parameters — from each parameter's schema (enums, bounded numbers, strings) and from hostile
// pools (arbitrary unicode, lone surrogates, huge and negative numbers, empty and repeated values,
// raw invalid percent-encodings). No answer may be a 5xx, every 4xx must be a problem document, and
// the data must be byte for byte what it was.
//
// Writes: every keyed write operation gets bodies that are invalid *by construction* — shaped like
// the request schema (or a real record's create form, or arbitrary JSON) with fields mutated, then
// poisoned in one way the contract forbids (a required member missing, a wrong type, a value outside
// an enum or pattern, an unknown member, a reference to nothing, `__proto__`/`constructor` keys) or
// with a failing precondition (no or a stale If-Match). So every answer must be a 4xx problem
// document, and afterwards the data, the revision and the file's integrity must be unchanged.
//
// Every answer, in both, must have a status the document lists for its operation. Valid requests,
// and the 2xx bodies they get, are generated in valid-reads.test.ts.
//
// Reproduce with FUZZ_SEED=<seed printed below>; FUZZ_RUNS changes the runs per operation.
import fc from 'fast-check'
import t from 'tap'
import { toDrizzle } from '../../src/db/connection.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { STORES } from '../../src/services/dataset-writer.js'
import { recordToInput } from '../../src/services/write-service.js'
import { buildApp, dumpData } from '../helper.js'
import {
  datasetIds, encode, fuzz, readOps, resolve, RUNS, SEED, settled, spec, text, total, TYPE_OF, writeOps,
  type Operation, type Parameter, type Piece, type Req, type Schema,
} from './fuzz-support.js'

t.comment(`fast-check seed ${SEED} (set FUZZ_SEED to reproduce or vary), ${RUNS} runs per operation`)

// ---- generating values --------------------------------------------------------------------------

const HOSTILE = [
  "' OR 1=1 --",
  '"; DROP TABLE actors; --',
  '1) UNION SELECT',
  '%',
  '\u0000',
  '../../etc/passwd',
  '..',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '\ud800',
  '\udfff',
  '\u202e',
  '\ufeff',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  ',',
  ',,,',
  ' ',
  '-',
  '*',
]
const RAW = ['%00', '%C3%28', '%FF', '%FE%FF', '%ED%A0%80', '%', '%G1', '%E2%82', '..%2F..%2Fetc%2Fpasswd', '%2e%2e', '%252e', '+', '%2B', '&', '=', '==', '#frag']
const FTS_TOKENS = ['withdrawal', 'Austin', 'Iraq', 'troops', 'al-Sudani', '2,500', 'coalition', '"', '"withdrawal', 'NEAR(', 'NEAR', ')', '(', '*', 'with*', '-', '-Iraq', 'OR', 'AND', 'NOT', '^', ':', 'title:', '+', '{', '}', "'", '.', '€', '\u0000']
const NUMBERS = ['-1', '0', '1', '2', '-0', '1.5', '1e308', '-1e308', '1e-400', '99999999999999999999', '9007199254740993', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000', ' 1', '1 ', '', '٣']
const DATES = ['2024', '2024-07', '2024-07-23', '2024-07-22/2024-07-23', '2024-01?', '2024~', '2024%', '2024-13', '2024-02-30', '0000', '9999-12-31', '-2024', '2024-07-23T00:00:00Z', '2026-01-01T00:00:00+01:00', '..', '2024/..', '../2024', '2024-21', '2024-07-23/2024-07-22', '20240723', 'today']
const ACCEPT = ['application/json', '*/*', 'text/csv', 'application/x-ndjson', 'application/vnd.sqlite3', 'application/xml', 'text/html', 'garbage', 'application/json;q=0', 'text/csv;q=0.5, application/json', '*/*;q=0', ';;;', 'application/*']

const printable = fc.string({ unit: fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))), maxLength: 60 })

function unicode(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }), fc.string({ maxLength }))
}

/** Values for one parameter, from its schema and the hostile pools. */
function parameterValues(param: Parameter, ids: string[], cursors: string[]): fc.Arbitrary<Piece> {
  const schema = resolve(param.schema)
  const options: fc.WeightedArbitrary<Piece>[] = [
    { weight: 2, arbitrary: unicode(40).map(text) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE).map(text) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW).map((raw): Piece => ({ raw })) },
    { weight: 1, arbitrary: fc.constantFrom(...NUMBERS).map(text) },
  ]
  const add = (weight: number, arbitrary: fc.Arbitrary<string>) => options.push({ weight, arbitrary: arbitrary.map(text) })
  if (schema.enum) {
    const values = schema.enum.map(String)
    add(8, fc.constantFrom(...values))
    add(1, fc.constantFrom(...values).chain((v) => fc.mixedCase(fc.constant(v))))
    add(1, fc.subarray(values, { minLength: 2 }).map((v) => v.join(',')))
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = schema.minimum ?? -1_000_000
    const max = Math.min(schema.maximum ?? 1_000_000, 1_000_000_000)
    add(6, fc.integer({ min, max }).map(String))
    add(2, fc.constantFrom(String(min - 1), String(max + 1), String(schema.maximum ?? 1e9), String(Number.MAX_SAFE_INTEGER + 2)))
    add(1, fc.double().map(String))
    add(1, fc.bigInt().map(String))
  }
  if (schema.type === 'string' && !schema.enum) {
    const example = typeof schema.example === 'string' ? schema.example : undefined
    if (example) add(3, fc.subarray(example.split(','), { minLength: 1 }).map((v) => v.join(',')))
    add(3, fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }).map((v) => v.join(',')))
    add(2, fc.array(fc.constantFrom(...FTS_TOKENS), { minLength: 1, maxLength: 6 }).map((v) => v.join(' ')))
    add(2, fc.constantFrom(...DATES))
    add(1, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()))
    const limit = schema.maxLength ?? 2000
    add(1, fc.constantFrom(limit, limit + 1, 10_000).map((n) => 'a'.repeat(n)))
    add(1, fc.constant(''))
    if (param.name === 'cursor' && cursors.length > 0) {
      add(4, fc.constantFrom(...cursors))
      add(2, fc.tuple(fc.constantFrom(...cursors), fc.nat(), fc.constantFrom('A', '_', '-', '.', '=', '')).map(([c, i, ch]) => {
        const at = i % c.length
        return c.slice(0, at) + ch + c.slice(at + 1)
      }))
    }
  }
  return fc.oneof(...options)
}

/** Keeps the fuzzing bounded: a valid long-poll wait would hold a request for up to 30 s. */
function boundWait(name: string, value: Piece): Piece {
  if (name !== 'wait' || !('text' in value)) return value
  const n = Number(value.text)
  return Number.isFinite(n) && n > 0.05 ? text('0.01') : value
}

type QueryPart = [string, Piece[]]

function readRequest(route: string, method: string, op: Operation, idsOf: (route: string) => string[], allIds: string[], cursors: Record<string, string[]>): fc.Arbitrary<Req> {
  const params = op.parameters ?? []
  const collection = /^\/v1\/([a-z]+)/.exec(route)?.[1] ?? ''
  const pathParams = params.filter((p) => p.in === 'path')
  const queryParams = params.filter((p) => p.in === 'query')
  const headerParams = params.filter((p) => p.in === 'header')

  const idArb = (): fc.Arbitrary<Piece> =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...idsOf(route)).map(text) },
      { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).map(text) },
      { weight: 2, arbitrary: unicode(40).map(text) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE).map(text) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW).map((raw): Piece => ({ raw })) },
      { weight: 1, arbitrary: fc.constantFrom(199, 200, 201, 500, 501, 2000).map((n) => text('a'.repeat(n))) },
    )
  const pathArb = fc.tuple(...pathParams.map(() => idArb())).map((values) => {
    let url = route
    pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encode(values[i]!))))
    return url
  })
  const one = (p: Parameter) => parameterValues(p, allIds, cursors[collection] ?? [])
  const queryArb: fc.Arbitrary<QueryPart[]> =
    queryParams.length === 0
      ? fc.constant([])
      : fc.shuffledSubarray(queryParams, { maxLength: Math.min(4, queryParams.length) }).chain((chosen) =>
          fc.tuple(
            ...chosen.map((p) =>
              fc.oneof(
                { weight: 9, arbitrary: one(p).map((v): QueryPart => [p.name, [boundWait(p.name, v)]]) },
                { weight: 1, arbitrary: fc.array(one(p), { minLength: 2, maxLength: 3 }).map((vs): QueryPart => [p.name, vs.map((v) => boundWait(p.name, v))]) },
              ),
            ),
          ),
        )
  const unknownArb = fc.option(fc.tuple(fc.oneof(unicode(12), fc.constantFrom('x', 'limit[]', 'a.b', '__proto__', 'constructor', 'LIMIT', '')), unicode(12)).map(([k, v]): QueryPart => [k, [text(v)]]), { freq: 5 })
  // /v1/changes offers text/event-stream: an Accept that picks it would hold the connection open.
  const acceptArb = route === '/v1/changes' ? fc.constantFrom(undefined, 'application/json') : fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...ACCEPT) })
  const headerArb = fc.record(
    Object.fromEntries(headerParams.map((p) => [p.name, fc.oneof(printable, fc.constantFrom(...NUMBERS.filter((n) => !/[^\x20-\x7e]/.test(n))))])),
    { requiredKeys: [] },
  )
  const conditionalArb = fc.option(fc.constantFrom('*', '"nope"', 'W/"x"', ''), { freq: 8 })

  return fc.tuple(pathArb, queryArb, unknownArb, acceptArb, headerArb, conditionalArb).map(([url, query, unknown, accept, headers, ifNoneMatch]) => {
    const parts = [...query, ...(unknown ? [unknown] : [])].flatMap(([name, values]) => values.map((v) => `${encode(text(name))}=${encode(v)}`))
    const h: Record<string, string> = {}
    for (const [k, v] of Object.entries(headers)) if (typeof v === 'string') h[k] = v
    if (accept !== undefined) h.accept = accept
    if (ifNoneMatch !== null) h['if-none-match'] = ifNoneMatch
    return { method: method.toUpperCase() as Req['method'], url: parts.length > 0 ? `${url}?${parts.join('&')}` : url, headers: h }
  })
}

// ---- generating invalid write bodies -------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Poison =
  | { kind: 'missing'; key: string }
  | { kind: 'set'; why: string; key: string; value: Json }
  | { kind: 'text'; why: '__proto__' | 'constructor.prototype' }
  | { kind: 'not-an-object'; value: Json }

const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? 'number' : typeof v)

/** The JSON types a schema allows ('integer' allows whole numbers only); undefined when unconstrained. */
function allowedTypes(schema: Schema): Set<string> | undefined {
  const s = resolve(schema)
  if (s.enum) return new Set(s.enum.map(jsonType))
  if (s.anyOf) {
    const all = new Set<string>()
    for (const branch of s.anyOf) {
      const types = allowedTypes(branch)
      if (!types) return undefined
      for (const x of types) all.add(x)
    }
    return all
  }
  if (s.type === undefined) return undefined
  return new Set(Array.isArray(s.type) ? s.type : [s.type])
}

function wrongValues(schema: Schema, mayBeNull: boolean): Json[] {
  const types = allowedTypes(schema)
  if (!types) return []
  const candidates: [string, Json][] = [
    ['string', 'fuzz'],
    ['number', 12345],
    ['number', -1e308],
    ['boolean', true],
    ['array', [1, 'two', null]],
    ['object', { fuzz: 1 }],
  ]
  const out = candidates.filter(([type]) => !types.has(type) && !(type === 'number' && types.has('integer'))).map(([, v]) => v)
  if (types.has('integer') && !types.has('number')) out.push(1.5)
  if (mayBeNull && !types.has('null')) out.push(null)
  return out
}

const MISSING = 'zz-fuzz-missing'

/**
 * Ways to make a body invalid against `schema`, the create form of the record. In a merge patch
 * (`patch`), null deletes a member, so null is poison only for a required one.
 */
function poisons(schema: Schema, mode: 'create' | 'patch', duplicates: string[]): fc.Arbitrary<Poison> {
  const s = resolve(schema)
  const props = s.properties ?? {}
  const required = new Set(s.required ?? [])
  const form: fc.Arbitrary<Poison>[] = [] // refused by the schema (400, or 422 for a patch)
  const semantic: fc.Arbitrary<Poison>[] = [] // well-formed, refused when resolved (409, 422)
  for (const key of required) form.push(fc.constant<Poison>(mode === 'create' ? { kind: 'missing', key } : { kind: 'set', why: 'required member deleted', key, value: null }))
  for (const [key, raw] of Object.entries(props)) {
    const p = resolve(raw)
    const wrong = wrongValues(p, mode === 'create' || required.has(key))
    if (wrong.length > 0) form.push(fc.constantFrom(...wrong).map((value): Poison => ({ kind: 'set', why: 'wrong type', key, value })))
    if (p.enum) {
      const allowed = p.enum.map(String)
      form.push(fc.oneof(fc.string(), fc.constantFrom('alien', 'PERSON', ' person', '')).filter((v) => !allowed.includes(v)).map((value): Poison => ({ kind: 'set', why: 'outside the enum', key, value })))
    }
    if (p.pattern) {
      const re = new RegExp(p.pattern, 'u')
      form.push(fc.oneof(unicode(30), fc.constantFrom('Not A Slug', 'a--b', '-a', 'a-', 'ÄÖ', '../x', '')).filter((v) => !re.test(v)).map((value): Poison => ({ kind: 'set', why: 'breaks the pattern', key, value })))
    }
    if (p.maxLength !== undefined && allowedTypes(p)?.has('string')) form.push(fc.constant<Poison>({ kind: 'set', why: 'too long', key, value: 'a'.repeat(p.maxLength + 1) }))
    if (p.minLength !== undefined && p.minLength > 0) form.push(fc.constant<Poison>({ kind: 'set', why: 'too short', key, value: '' }))
    if (p.minItems !== undefined && p.minItems > 0) form.push(fc.constant<Poison>({ kind: 'set', why: 'too few items', key, value: [] }))
    // References to records that do not exist: valid in form, refused when resolved (422).
    if (p.pattern && (key.endsWith('_id') || key === 'into')) semantic.push(fc.constant<Poison>({ kind: 'set', why: 'refers to nothing', key, value: MISSING }))
    if (p.type === 'array' && resolve(p.items ?? {}).pattern) semantic.push(fc.constant<Poison>({ kind: 'set', why: 'refers to nothing', key, value: [MISSING] }))
    if (key === 'citations') {
      semantic.push(fc.constant<Poison>({ kind: 'set', why: 'cites nothing', key, value: [{ source_id: MISSING, quote: 'x' }] }))
      semantic.push(fc.constant<Poison>({ kind: 'set', why: 'quotes words no source has', key, value: [{ source_id: 'rudaw-us-iraq-reach-understanding', quote: 'zz words that no article printed zz' }] }))
    }
  }
  // The same text as an existing source (409).
  if (duplicates.length > 0) semantic.push(fc.constantFrom(...duplicates).map((value): Poison => ({ kind: 'set', why: 'duplicate text', key: 'text', value })))
  if (s.additionalProperties === false || mode === 'patch') {
    form.push(
      fc.tuple(fc.oneof(unicode(12), fc.constantFrom('admin', 'isAdmin', 'toString', 'version', 'created_at', 'seq')), fc.oneof(fc.string(), fc.integer(), fc.constant({ admin: true })))
        .filter(([key]) => !(key in props) && key !== '__proto__')
        .map(([key, value]): Poison => ({ kind: 'set', why: 'unknown member', key, value: value as Json })),
    )
  }
  const options: fc.WeightedArbitrary<Poison>[] = [
    { weight: 1, arbitrary: fc.constantFrom<Poison>({ kind: 'text', why: '__proto__' }, { kind: 'text', why: 'constructor.prototype' }) },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.string(), fc.integer(), fc.constant(null), fc.boolean()).map((value): Poison => ({ kind: 'not-an-object', value: value as Json })),
    },
  ]
  if (form.length > 0) options.push({ weight: 4, arbitrary: fc.oneof(...form) })
  if (semantic.length > 0) options.push({ weight: 4, arbitrary: fc.oneof(...semantic) })
  return fc.oneof(...options)
}

/** Random damage to a body (any of it may be valid); the poison applied afterwards makes it invalid. */
function mutations(schema: Schema): fc.Arbitrary<[string, Json | undefined][]> {
  const keys = Object.keys(resolve(schema).properties ?? {})
  const value: fc.Arbitrary<Json | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    unicode(30),
    fc.constantFrom<Json>(...HOSTILE, 1e308, -1, 0, 1e20, [], {}, ''),
  )
  const none = fc.constant<[string, Json | undefined][]>([])
  return keys.length === 0 ? none : fc.oneof(none, fc.array(fc.tuple(fc.constantFrom(...keys), value), { minLength: 1, maxLength: 3 }))
}

/** Generates values of a JSON schema (shapes, not necessarily valid records). */
function fromSchema(schema: Schema, depth = 0): fc.Arbitrary<Json> {
  const s = resolve(schema)
  if (s.enum) return fc.constantFrom(...(s.enum as Json[]))
  if (s.anyOf) return fc.oneof(...s.anyOf.map((b) => fromSchema(b, depth)))
  const type = Array.isArray(s.type) ? s.type : s.type ? [s.type] : []
  if (type.length > 1) return fc.oneof(...type.map((x) => fromSchema({ ...s, type: x }, depth)))
  switch (type[0]) {
    case 'string':
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern), { size: 'small' })
      if (s.format === 'uri') return fc.webUrl()
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) })
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? (s.exclusiveMinimum ?? -1e6) + 1, -1e6), max: Math.min(s.maximum ?? 1e6, 1e6) })
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(fromSchema(s.items ?? {}, depth + 1), { minLength: s.minItems ?? 0, maxLength: 2 })
    case 'object': {
      if (depth > 3 || !s.properties) return fc.constant({})
      const model = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, fromSchema(v, depth + 1)]))
      return fc.record(model, { requiredKeys: s.required ?? [] }) as fc.Arbitrary<Json>
    }
    default:
      return fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>
  }
}

function poisonedBody(base: Json, damage: [string, Json | undefined][], poison: Poison): string {
  if (poison.kind === 'not-an-object') return JSON.stringify(poison.value)
  const body: Record<string, Json> = base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...base } : {}
  for (const [key, value] of damage) {
    if (value === undefined) delete body[key]
    else body[key] = value
  }
  if (poison.kind === 'missing') delete body[poison.key]
  if (poison.kind === 'set') body[poison.key] = poison.value
  const json = JSON.stringify(body)
  if (poison.kind !== 'text') return json
  const member = poison.why === '__proto__' ? '"__proto__":{"admin":true}' : '"constructor":{"prototype":{"admin":true}}'
  return json === '{}' ? `{${member}}` : `{${member},${json.slice(1)}`
}


function writeRequest(route: string, method: string, op: Operation, ids: Record<string, string[]>, inputs: Record<string, Record<string, Json>[]>, keys: { write: string; read: string }): fc.Arbitrary<Req> {
  const collection = /^\/v1\/([a-z]+)/.exec(route)?.[1] ?? ''
  const hasId = route.includes('{id}')
  const bodySchema = op.requestBody ? resolve(Object.values(op.requestBody.content)[0]!.schema) : undefined
  // A merge patch is checked against the create form of its collection.
  const isPatch = bodySchema !== undefined && !bodySchema.properties
  const createSchema = resolve(spec.paths[`/v1/${collection}`]?.post?.requestBody?.content['application/json']?.schema ?? {})
  const schema = isPatch ? createSchema : bodySchema
  const known = ids[collection] ?? []
  const missingId = fc.oneof(fc.constant(MISSING), fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).map((s) => `zz-fuzz-${s}`), unicode(20)).filter((id) => !known.includes(id))
  const anyId = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: missingId })
  const stale = fc.oneof(fc.constantFrom('"stale"', 'W/"stale"', '""', '"', 'W/', ','), printable).filter((v) => !v.split(',').map((x) => x.trim()).includes('*'))
  const takesIfMatch = (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'if-match')

  // [id, If-Match]: a missing (428) or stale (412) precondition refuses any body; with '*', the body is
  // poisoned, and a DELETE (no body) names a record that does not exist (404).
  const target: fc.Arbitrary<[string | undefined, string | undefined]> = !hasId
    ? fc.constant([undefined, undefined])
    : !takesIfMatch
      ? anyId.map((id): [string, undefined] => [id, undefined])
      : fc.oneof(
          anyId.map((id): [string, undefined] => [id, undefined]),
          fc.tuple(anyId, stale),
          (bodySchema ? anyId : missingId).map((id): [string, string] => [id, '*']),
        )

  const base: fc.Arbitrary<Json> = !schema
    ? fc.constant({})
    : fc.oneof(
        { weight: 4, arbitrary: (inputs[collection]?.length ?? 0) > 0 ? fc.constantFrom(...inputs[collection]!).chain((input) => (isPatch ? partOf(input) : newId(input))) : fc.constant({}) },
        { weight: 2, arbitrary: fromSchema(schema) },
        { weight: 1, arbitrary: fc.dictionary(unicode(10), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }) as fc.Arbitrary<Json> },
      )
  const auth = fc.oneof(
    { weight: 20, arbitrary: fc.constant(`Bearer ${keys.write}`) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, `Bearer ${keys.read}`, 'Bearer nk_not-a-key', `Basic ${keys.write}`, 'Bearer', `bearer  ${keys.write}x`) },
  )
  const contentType = fc.oneof(
    { weight: 20, arbitrary: fc.constant('application/json') },
    { weight: isPatch ? 5 : 0, arbitrary: fc.constant('application/merge-patch+json') },
    { weight: 2, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'APPLICATION/JSON') },
  )
  // Mostly no Accept; sometimes one the write cannot satisfy (406 after the key check) or any.
  const acceptArb = fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('application/xml', 'text/csv', '*/*', 'application/json;q=0') })
  const idempotency = (op.parameters ?? []).some((p) => p.name === 'idempotency-key') ? fc.option(printable.filter((k) => k.length > 0), { freq: 3 }) : fc.constant(null)
  // A real record's create form: part of it as a patch; as a new record, without its id (409) or with a new one.
  const partOf = (input: Record<string, Json>) => fc.subarray(Object.keys(input)).map((keys) => Object.fromEntries(keys.map((k) => [k, input[k]!])))
  const newId = (input: Record<string, Json>) =>
    fc.oneof(fc.constant(input), fc.constant({ ...input, id: undefined as unknown as Json }), fc.nat().map((n) => ({ ...input, id: `zz-fuzz-new-${n}` })))
  const duplicates = collection === 'sources' && !isPatch ? (inputs.sources ?? []).map((s) => s.text).filter((x): x is string => typeof x === 'string') : []
  const poisonArb = schema ? poisons(schema, isPatch ? 'patch' : 'create', duplicates) : fc.constant<Poison | undefined>(undefined)

  return fc.tuple(target, base, schema ? mutations(schema) : fc.constant<[string, Json | undefined][]>([]), poisonArb, auth, contentType, idempotency, acceptArb).map(([[id, ifMatch], body, damage, poison, authorization, type, idemKey, accept]) => {
    const headers: Record<string, string> = {}
    if (authorization !== undefined) headers.authorization = authorization
    if (accept !== undefined) headers.accept = accept
    if (ifMatch !== undefined) headers['if-match'] = ifMatch
    if (idemKey !== null) headers['idempotency-key'] = idemKey
    let payload: string | undefined
    if (bodySchema && poison) {
      payload = poisonedBody(body, damage, poison)
      headers['content-type'] = type
    }
    const url = id === undefined ? route : route.replace('{id}', encode(text(id)))
    return { method: method.toUpperCase() as Req['method'], url, headers, ...(payload === undefined ? {} : { payload }) }
  })
}

// ---- the runs ---------------------------------------------------------------------------------

t.test('fuzzed reads: never a 5xx, every 4xx a problem document, the data untouched', async (t) => {
  const app = await buildApp(t)
  const ids = datasetIds(app.db.reader)
  const allIds = Object.values(ids).flat()
  const cursors: Record<string, string[]> = {}
  for (const c of Object.keys(TYPE_OF)) {
    const list: string[] = []
    for (const sort of ['', '&sort=-id', '&sort=updated_at']) {
      const next = ((await app.inject({ url: `/v1/${c}?limit=2${sort}` })).json() as { links: { next: string | null } }).links.next
      const cursor = next ? new URL(next, 'http://x').searchParams.get('cursor') : null
      if (cursor) list.push(cursor)
    }
    cursors[c] = list
  }
  const before = dumpData(app.db.reader)
  const idsOf = (route: string) => ids[/^\/v1\/([a-z]+)/.exec(route)?.[1] ?? ''] ?? allIds
  await settled(app)

  const found: string[] = []
  const started = Date.now()
  let requests = 0
  for (const [i, { route, method, op }] of readOps.entries()) {
    requests += total(await fuzz(t, app, { label: `${method.toUpperCase()} ${route}`, route, method }, SEED + i, RUNS, readRequest(route, method, op, idsOf, allIds, cursors), false, found))
  }
  t.comment(`${requests} fuzzed reads over ${readOps.length} operations in ${Date.now() - started} ms`)
  t.same(found.slice(0, 15), [], `no violations in ${requests} requests (${found.length} found; the first 15 shown)`)
  t.same(dumpData(app.db.reader), before, 'every table is as it was')
})


t.test('fuzzed invalid writes: every answer a 4xx problem document, nothing written', async (t) => {
  const app = await buildApp(t)
  const now = new Date().toISOString()
  const keys = { write: createKey(app.db.writer, 'fuzz', 'write', now), read: createKey(app.db.writer, 'fuzz-reader', 'read', now) }
  const ids = datasetIds(app.db.reader)
  const orm = toDrizzle(app.db.reader)
  const inputs: Record<string, Record<string, Json>[]> = {}
  for (const [collection, type] of Object.entries(TYPE_OF)) {
    const read = STORES[type].read as (db: typeof orm, id: string) => Parameters<typeof recordToInput>[2] | undefined
    inputs[collection] = (ids[collection] ?? []).slice(0, 25).map((id) => JSON.parse(JSON.stringify(recordToInput(app.db.reader, type, read(orm, id)!))) as Record<string, Json>)
  }
  const before = dumpData(app.db.reader)
  const revision = ((await app.inject({ url: '/v1' })).json() as { revision: number }).revision
  await settled(app)

  const found: string[] = []
  const started = Date.now()
  let requests = 0
  for (const [i, { route, method, op }] of writeOps.entries()) {
    requests += total(await fuzz(t, app, { label: `${method.toUpperCase()} ${route}`, route, method }, SEED + 1000 + i, RUNS, writeRequest(route, method, op, ids, inputs, keys), true, found))
  }
  t.comment(`${requests} fuzzed writes over ${writeOps.length} operations in ${Date.now() - started} ms`)
  t.same(found.slice(0, 15), [], `no violations in ${requests} requests (${found.length} found; the first 15 shown)`)
  t.same(dumpData(app.db.reader), before, 'every table is as it was')
  t.equal(((await app.inject({ url: '/v1' })).json() as { revision: number }).revision, revision, 'the revision did not move')
  t.equal(app.db.writer.pragma('integrity_check', { simple: true }), 'ok', 'PRAGMA integrity_check')
  t.equal(({} as Record<string, unknown>).admin, undefined, 'no prototype was polluted')
})
