// Generated valid reads, beside the invalid-input fuzzing of fuzz.test.ts (fast-check, fixed seed).
//
// Every read operation of the committed OpenAPI document gets requests that are valid by
// construction: ids, filter values, OR-lists, kinds, statuses, topics, fields and words taken from the
// dataset itself (through the API), enums and bounded numbers from the parameter's schema, date
// ranges in order. At least MIN_2XX_SHARE of them per operation must be answered 2xx, every answer's
// status must be one the document lists for the operation, and every 2xx body must have a documented
// media type and, for JSON, match the response schema (Ajv on openapi.json). A server that answered
// 400 to everything would fail here; the fuzzers next door would not notice.
//
// Reproduce with FUZZ_SEED=<seed>; FUZZ_RUNS/4 requests per operation (at least 20; 5 for an
// operation with nothing to vary).
import fc from 'fast-check'
import t from 'tap'
import { ENTITY_TYPES } from '../../src/domain/vocabulary.js'
import { buildApp } from '../helper.js'
import { encode, fuzz, readOps, resolve, RUNS, SEED, settled, text, total, TYPE_OF, type App, type Operation, type Parameter, type Req } from './fuzz-support.js'

/** The share of generated valid reads each operation must answer with a 2xx. */
const MIN_2XX_SHARE = 0.95

type Row = Record<string, unknown>
const strings = (values: unknown[]) => [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))].sort()

/** Values each filter may take, read from the dataset through the API (so every one names something that exists). */
async function validValues(app: App) {
  const records: Record<string, Row[]> = {}
  for (const c of Object.keys(TYPE_OF)) records[c] = ((await app.inject({ url: `/v1/${c}?limit=500` })).json() as { data: Row[] }).data
  const timeline = ((await app.inject({ url: '/v1/timeline?limit=500' })).json() as { data: Row[] }).data
  const idsOf = (c: string) => strings(records[c]!.map((r) => r.id))
  const field = (c: string, name: string) => strings(records[c]!.flatMap((r) => r[name] as unknown))
  const dates = strings(Object.values(records).flat().flatMap((r) => [r.date, r.published]).map((d) => (d as { start?: string } | undefined)?.start)).flatMap((d) => [d.slice(0, 4), d.slice(0, 7), d])
  const words = strings(Object.values(records).flat().flatMap((r) => String(r.title ?? r.name ?? r.text ?? '').split(/[^A-Za-z]+/)).filter((w) => w.length >= 5))
  const byName: Record<string, string[]> = {
    speaker: idsOf('actors'), about: idsOf('actors'), participant: idsOf('actors'), party: idsOf('actors'), actor: idsOf('actors'),
    source: idsOf('sources'), meeting: idsOf('meetings'), agreement: idsOf('agreements'), dispute: idsOf('disputes'),
    publisher: field('sources', 'publisher'), language: field('sources', 'language'), country: field('actors', 'country'), location: field('meetings', 'location'), status: field('agreements', 'status'),
  }
  const perCollection: Record<string, Record<string, string[]>> = {
    timeline: { type: strings(timeline.map((r) => r.type)), topic: field('statements', 'topics') },
    search: { type: [...ENTITY_TYPES] },
    ...Object.fromEntries(Object.keys(TYPE_OF).map((c) => [c, { kind: field(c, 'kind'), topic: field('statements', 'topics'), fields: Object.keys(records[c]![0]!) }])),
  }
  perCollection.disputes!.status = field('disputes', 'status')
  const revision = ((await app.inject({ url: '/v1' })).json() as { revision: number }).revision
  // The read-only views (citations and relations): their ids, and the actor ids their person/organization filters take.
  const viewIds: Record<string, string[]> = {}
  for (const v of ['citations', 'participants', 'parties', 'affiliations']) viewIds[v] = strings(((await app.inject({ url: `/v1/${v}?limit=500` })).json() as { data: Row[] }).data.map((r) => r.id))
  Object.assign(byName, { person: strings(records.actors!.filter((a) => (a.affiliations as unknown[]).length > 0).map((a) => a.id)), organization: strings(records.actors!.filter((a) => (a.members as unknown[]).length > 0).map((a) => a.id)) })
  return { ids: { ...Object.fromEntries(Object.keys(TYPE_OF).map((c) => [c, idsOf(c)])), ...viewIds }, byName, perCollection, dates, words, revision }
}
type ValidValues = Awaited<ReturnType<typeof validValues>>

/** An OR-list of one to three of the values. */
const orList = (values: string[]) => fc.subarray(values, { minLength: 1, maxLength: Math.min(3, values.length) }).map((v) => v.join(','))

/** A valid value for a query parameter, or undefined when none can be made for it (the parameter is left out). */
function validParameter(param: Parameter, pool: Record<string, string[]>, values: ValidValues): fc.Arbitrary<string> | undefined {
  const schema = resolve(param.schema)
  const from = pool[param.name] ?? values.byName[param.name]
  if (from && from.length > 0) return param.name === 'fields' ? fc.subarray(from, { minLength: 1 }).map((v) => v.join(',')) : orList(from)
  if (schema.enum) return fc.constantFrom(...schema.enum.map(String))
  switch (param.name) {
    case 'q':
      return fc.constantFrom(...values.words)
    case 'facet':
      return typeof schema.example === 'string' ? orList(schema.example.split(',')) : undefined
    case 'updated_since':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString())
    case 'since':
    case 'min_revision': // a revision this server has made (it is the primary)
      return fc.integer({ min: 0, max: values.revision }).map(String)
    case 'wait':
      return fc.constant('0')
    case 'cursor':
      return undefined // only valid with the query that issued it
  }
  if (schema.type === 'integer') return fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 1000, 1000) }).map(String)
  return undefined
}

function validReadRequest(route: string, method: string, op: Operation, values: ValidValues): fc.Arbitrary<Req> {
  const collection = /^\/v1\/([a-z]+)/.exec(route)?.[1] ?? ''
  const pool = values.perCollection[collection] ?? {}
  const params = op.parameters ?? []
  const query = params.filter((p) => p.in === 'query' && p.name !== 'from' && p.name !== 'to').map((p) => [p, validParameter(p, pool, values)] as const).filter((x): x is [Parameter, fc.Arbitrary<string>] => x[1] !== undefined)
  const takesDates = params.some((p) => p.in === 'query' && p.name === 'from')
  // A date range in order, or one end of it.
  const range = takesDates
    ? fc.option(fc.tuple(fc.constantFrom(...values.dates), fc.constantFrom(...values.dates), fc.constantFrom('both', 'from', 'to')).map(([a, b, which]) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        return which === 'both' ? [['from', lo], ['to', hi]] : which === 'from' ? [['from', lo]] : [['to', hi]]
      }), { freq: 3 })
    : fc.constant(null)
  const required = query.filter(([p]) => p.required)
  const optional = query.filter(([p]) => !p.required)
  const queryArb = fc
    .shuffledSubarray(optional, { maxLength: Math.min(3, optional.length) })
    .chain((chosen) => fc.tuple(...[...required, ...chosen].map(([p, arb]) => arb.map((v) => [p.name, v] as [string, string]))))
  const idArb = route.includes('{id}') ? fc.constantFrom(...(values.ids[collection] ?? [])) : fc.constant('')
  const offered = Object.keys((op.responses['200'] as { content?: Record<string, unknown> } | undefined)?.content ?? {})
  const lastEventId = params.some((p) => p.in === 'header' && p.name === 'last-event-id') ? fc.option(fc.integer({ min: 0, max: values.revision }).map(String), { freq: 3 }) : fc.constant(null)
  return fc.tuple(idArb, queryArb, range, fc.constantFrom(undefined, '*/*', offered[0]), lastEventId).map(([id, chosen, dates, accept, eventId]) => {
    const pairs = [...chosen, ...((dates ?? []) as [string, string][])]
    // An explicit format picks the media type: an Accept for another one would rightly be a 406.
    const headers: Record<string, string> = {}
    if (accept !== undefined && !pairs.some(([k]) => k === 'format')) headers.accept = accept
    // The change feed offers text/event-stream too, which would hold the connection open.
    if (route === '/v1/changes') headers.accept = 'application/json'
    if (eventId !== null) headers['last-event-id'] = eventId
    const url = route.replace('{id}', encode(text(id)))
    const qs = pairs.map(([k, v]) => `${encode(text(k))}=${encode(text(v))}`).join('&')
    return { method: method.toUpperCase() as Req['method'], url: qs ? `${url}?${qs}` : url, headers }
  })
}

t.test(`generated valid reads: at least ${MIN_2XX_SHARE * 100}% answered 2xx per operation, every 2xx body as documented`, async (t) => {
  const app = await buildApp(t)
  const values = await validValues(app)
  await settled(app)
  const found: string[] = []
  const runs = Math.max(20, Math.round(RUNS / 4))
  // An export or a snapshot takes no parameter: a few requests show that it answers as documented.
  const runsFor = (op: Operation) => ((op.parameters ?? []).length === 0 ? 5 : runs)
  let requests = 0
  let successes = 0
  for (const [i, { route, method, op }] of readOps.entries()) {
    const label = `valid ${method.toUpperCase()} ${route}`
    const statuses = await fuzz(t, app, { label, route, method }, SEED + 2000 + i, runsFor(op), validReadRequest(route, method, op, values), false, found, true)
    const ok = Object.entries(statuses).filter(([s]) => Number(s) >= 200 && Number(s) <= 299).reduce((a, [, n]) => a + n, 0)
    requests += total(statuses)
    successes += ok
    t.ok(ok / total(statuses) >= MIN_2XX_SHARE, `${label}: ${ok} of ${total(statuses)} answered 2xx`, { statuses })
  }
  t.comment(`${successes} of ${requests} generated valid reads answered 2xx`)
  t.same(found.slice(0, 15), [], `no violations in ${requests} requests (${found.length} found; the first 15 shown)`)
})
