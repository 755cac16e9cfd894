// Walks every route of the committed OpenAPI document with real dataset values and checks each
// answer's status, media type and body against what the document promises.
import t from 'tap'
import { toDrizzle } from '../src/db/connection.js'
import { createKey } from '../src/repositories/api-keys.js'
import { STORES } from '../src/services/dataset-writer.js'
import { recordToInput } from '../src/services/write-service.js'
import { buildApp } from './helper.js'
import { documentedResponse, isJsonMediaType, schemaErrors, spec } from './openapi-document.js'

const COLLECTIONS = ['sources', 'actors', 'meetings', 'agreements', 'statements', 'disputes'] as const
type Collection = (typeof COLLECTIONS)[number]
const TYPE_OF = { sources: 'source', actors: 'actor', meetings: 'meeting', agreements: 'agreement', statements: 'statement', disputes: 'dispute' } as const

t.test('every answer matches the committed OpenAPI document', async (t) => {
  const app = await buildApp(t)
  const firstId = async (collection: string) => ((await app.inject({ url: `/v1/${collection}?limit=1` })).json() as { data: { id: string }[] }).data[0]!.id
  const ids: Record<string, string> = {}
  for (const c of COLLECTIONS) ids[c] = await firstId(c)
  /** A record another one refers to through `column` (so deleting it is refused). */
  const referencedId = (column: string, ...tables: string[]) =>
    app.db.reader.prepare(tables.map((table) => `SELECT ${column} FROM ${table} WHERE ${column} IS NOT NULL`).join(' UNION ') + ' LIMIT 1').pluck().get() as string

  // Several requests per route: plain, with filters and options, and the documented error cases.
  const requests: Record<string, string[]> = {
    '/healthz': ['/healthz', '/healthz?nope=1'],
    '/readyz': ['/readyz', '/readyz?verbose=1'],
    '/v1': ['/v1', '/v1?pretty=true', '/v1?x=1'],
    '/v1/search': ['/v1/search?q=withdrawal', '/v1/search?q=Sudani&type=actor,statement&limit=2', '/v1/search?q=%22unclosed', '/v1/search'],
    '/v1/changes': ['/v1/changes', '/v1/changes?since=3&limit=2', '/v1/changes?since=999999', '/v1/changes?wait=99'],
    '/v1/export.ndjson': ['/v1/export.ndjson', '/v1/export.ndjson?x=1'],
    '/v1/snapshot.sqlite': ['/v1/snapshot.sqlite', '/v1/snapshot.sqlite?x=1'],
    '/v1/timeline': ['/v1/timeline', '/v1/timeline?from=2024&to=2024-12&type=meeting,agreement&limit=3', '/v1/timeline?actor=lloyd-austin&topic=withdrawal', '/v1/timeline?sort=up'],
  }
  for (const c of COLLECTIONS) {
    requests[`/v1/${c}`] = [`/v1/${c}?format=csv`, `/v1/${c}`, `/v1/${c}?limit=2&include_total=true`, `/v1/${c}?sort=-id&limit=3`, `/v1/${c}?limit=0`, `/v1/${c}?cursor=forged`, `/v1/${c}?typo=1`]
    requests[`/v1/${c}.csv`] = [`/v1/${c}.csv`, `/v1/${c}.csv?sort=-id,updated_at&version__gte=1`, `/v1/${c}.csv?version__gt=x`]
    requests[`/v1/${c}.ndjson`] = [`/v1/${c}.ndjson?limit=2`, `/v1/${c}.ndjson?fields=id`, `/v1/${c}.ndjson?sort=bogus`]
    requests[`/v1/${c}/{id}`] = [`/v1/${c}/${ids[c]}`, `/v1/${c}/no-such-${c}`, `/v1/${c}/${ids[c]}?bad=1`]
  }
  // The read-only views (citations and relations) and the data package.
  for (const v of ['citations', 'participants', 'parties', 'affiliations']) {
    const first = await firstId(v)
    requests[`/v1/${v}`] = [`/v1/${v}`, `/v1/${v}?format=csv`, `/v1/${v}?format=ndjson`, `/v1/${v}?limit=2&include_total=true`, `/v1/${v}?limit=0`, `/v1/${v}?cursor=forged`, `/v1/${v}?typo=1`]
    requests[`/v1/${v}/{id}`] = [`/v1/${v}/${first}`, `/v1/${v}/no-such-${v}`, `/v1/${v}/${first}?bad=1`]
    requests[`/v1/${v}.csv`] = [`/v1/${v}.csv`, `/v1/${v}.csv?limit=0`]
    requests[`/v1/${v}.ndjson`] = [`/v1/${v}.ndjson?fields=id`, `/v1/${v}.ndjson?sort=bogus`]
  }
  requests['/v1/citations']!.push(`/v1/citations?source=${ids.sources}&overlaps=0-500&facet=subject_type,source`, '/v1/citations?overlaps=10-5', '/v1/citations?subject=participant:x')
  requests['/v1/datapackage.json'] = ['/v1/datapackage.json', '/v1/datapackage.json?x=1']
  requests['/v1/datapackage.zip'] = ['/v1/datapackage.zip', '/v1/datapackage.zip?x=1']
  requests['/v1/statements']!.push('/v1/statements?speaker=lloyd-austin,pat-ryder&topic=withdrawal&facet=speaker,topic,source', '/v1/statements?q=withdrawal&from=2024-07')
  requests['/v1/meetings']!.push('/v1/meetings?date__isnull=true', '/v1/meetings?title__contains=pentagon&sort=-date,title', '/v1/meetings?format=ndjson', '/v1/meetings?date__within=July')
  for (const route of ['/v1/search', '/v1/timeline']) {
    requests[`${route}.csv`] = [`${route}.csv?q=withdrawal&limit=2`.replace('/v1/timeline.csv?q=withdrawal&', '/v1/timeline.csv?'), `${route}.csv?limit=0`]
    requests[`${route}.ndjson`] = [`${route}.ndjson?q=withdrawal&limit=2`.replace('/v1/timeline.ndjson?q=withdrawal&', '/v1/timeline.ndjson?'), `${route}.ndjson?format=csv`]
  }
  requests['/v1/agreements']!.push('/v1/agreements?status=disputed,reached&facet=status,party')
  requests['/v1/disputes']!.push('/v1/disputes?topic=troop-levels&facet=kind,topic,actor,status,meeting,agreement', '/v1/disputes?q=troops&source=rudaw-us-iraq-reach-understanding', '/v1/disputes?kind=opinion')
  requests['/v1/statements']!.push('/v1/statements?dispute=us-troop-count-iraq')
  requests['/v1/sources/{id}/text'] = [`/v1/sources/${ids.sources}/text`, '/v1/sources/none/text', `/v1/sources/${ids.sources}/text?format=html`]

  // Writes, with a write key, for each of the five collections: create, patch, delete and (where
  // offered) merge, their successes and the documented refusals. Each request names the status the
  // contract gives it; every answer is also checked against the document.
  const key = createKey(app.db.writer, 'contract', 'write', new Date().toISOString())
  const auth = { authorization: `Bearer ${key}` }
  const etag = async (url: string) => (await app.inject({ url })).headers.etag as string
  const orm = toDrizzle(app.db.reader)
  // The create form of a real record under a new id (a source's text must be new too).
  const createForm = (c: Collection, id: string) => {
    const type = TYPE_OF[c]
    const read = STORES[type].read as (db: typeof orm, id: string) => Parameters<typeof recordToInput>[2] | undefined
    const input = recordToInput(app.db.reader, type, read(orm, ids[c]!)!)
    return { ...input, id, ...(c === 'sources' ? { text: `${String(input.text)}\n\n(${id})` } : {}) }
  }
  const referenced: Record<Collection, string | undefined> = { sources: ids.sources, actors: 'lloyd-austin', meetings: referencedId('meeting_id', 'statements', 'agreements'), agreements: referencedId('agreement_id', 'statements'), statements: referencedId('statement_id', 'claim_statements'), disputes: undefined }
  const PATCHES: Record<Collection, object> = { sources: { notes: 'Checked by the contract test.' }, actors: { description: 'Checked.' }, meetings: { description: 'Checked.' }, agreements: { summary: 'Checked.' }, statements: { topics: [] }, disputes: { note: 'Checked.' } }
  // A create form whose words are not in the source (a dispute's citations are its claims').
  const unverified = (c: Collection, bad: object) => {
    const form = createForm(c, 'contract-unverified')
    if (c !== 'disputes') return { ...form, citations: [bad] }
    const [first, ...rest] = (form as { claims?: object[] }).claims ?? []
    return { ...form, claims: [{ ...first, citations: [bad] }, ...rest] }
  }
  const writes: Record<string, Record<string, () => Promise<Write[]>>> = {
    '/v1/sources/{id}/suggestions': {
      post: async () => [
        { url: `/v1/sources/${ids.sources}/suggestions`, status: 200 },
        { url: '/v1/sources/none/suggestions', status: 404 },
        { url: `/v1/sources/${ids.sources}/suggestions?x=1`, status: 400 },
      ],
    },
  }
  for (const c of COLLECTIONS) {
    const made = `contract-${TYPE_OF[c]}`
    const twin = `${made}-twin`
    const bad = { source_id: ids.sources!, quote: 'no such words here' }
    writes[`/v1/${c}`] = {
      post: async () => [
        { payload: createForm(c, made), status: 201 },
        { payload: createForm(c, twin), status: 201 },
        { payload: createForm(c, made), status: 409 },
        c === 'sources' ? { payload: { ...createForm(c, 'contract-copy'), text: createForm(c, made).text }, status: 409 } : { payload: unverified(c, bad), status: 422 },
        { payload: { kind: 'alien' }, status: 400 },
        // The same Idempotency-Key with another body.
        { payload: createForm(c, `${made}-keyed`), headers: { 'idempotency-key': `contract-${c}` }, status: 201 },
        { payload: createForm(c, `${made}-rekeyed`), headers: { 'idempotency-key': `contract-${c}` }, status: 422 },
      ],
    }
    writes[`/v1/${c}/{id}`] = {
      patch: async () => [
        { url: `/v1/${c}/${made}`, payload: PATCHES[c], headers: { 'if-match': await etag(`/v1/${c}/${made}`) }, status: 200 },
        { url: `/v1/${c}/${made}`, payload: PATCHES[c], headers: { 'if-match': '"old"' }, status: 412 },
        { url: `/v1/${c}/${made}`, payload: PATCHES[c], status: 428 },
        { url: `/v1/${c}/${made}`, payload: { id: 'another-id' }, headers: { 'if-match': '*' }, status: 422 },
        { url: `/v1/${c}/${made}`, payload: [1, 2] as unknown as object, headers: { 'if-match': '*' }, status: 400 },
        { url: `/v1/${c}/nobody`, payload: {}, headers: { 'if-match': '*' }, status: 404 },
      ],
      delete: async () => [
        ...(referenced[c] ? [{ url: `/v1/${c}/${referenced[c]}`, headers: { 'if-match': await etag(`/v1/${c}/${referenced[c]}`) }, status: 409 }] : []),
        { url: `/v1/${c}/${made}`, headers: { 'if-match': '"x"' }, status: 412 },
        { url: `/v1/${c}/${made}`, status: 428 },
        { url: `/v1/${c}/${made}`, headers: { 'if-match': await etag(`/v1/${c}/${made}`) }, status: 204 },
        { url: `/v1/${c}/${'x'.repeat(201)}`, headers: { 'if-match': '*' }, status: 400 },
        { url: `/v1/${c}/nobody`, headers: { 'if-match': '*' }, status: 404 },
      ],
    }
    if (spec.paths[`/v1/${c}/{id}/merge`]) {
      writes[`/v1/${c}/{id}/merge`] = {
        post: async () => [
          { url: `/v1/${c}/${twin}/merge`, payload: { into: 'nobody' }, status: 422 },
          { url: `/v1/${c}/nobody/merge`, payload: { into: ids[c]! }, status: 404 },
          { url: `/v1/${c}/${twin}/merge`, payload: {}, status: 400 },
          { url: `/v1/${c}/${twin}/merge`, payload: { into: ids[c]! }, status: 200 },
        ],
      }
    }
  }

  const seen = new Set<string>()
  const check = async (route: string, method: string, request: { url: string; method?: string; headers?: Record<string, string>; payload?: object; status?: number }) => {
    const res = await app.inject({ method: (request.method ?? 'GET') as 'GET', url: request.url, headers: request.headers, payload: request.payload })
    const label = `${method.toUpperCase()} ${request.url}`
    if (request.status !== undefined) t.equal(res.statusCode, request.status, `${label}: answers ${request.status}`, { body: res.body.slice(0, 300) })
    const documented = documentedResponse(route, method, res.statusCode)
    if (!t.ok(documented, `${label}: status ${res.statusCode} is documented for ${route}`, { body: res.body.slice(0, 300) })) return
    seen.add(`${method} ${route} ${res.statusCode}`)
    if (res.statusCode === 204 || res.statusCode === 304) return
    const mediaType = String(res.headers['content-type']).split(';')[0]!
    const content = documented!.content ?? {}
    if (!t.ok(content[mediaType], `${label}: ${mediaType} is a documented media type (${Object.keys(content).join(', ')})`)) return
    if (!isJsonMediaType(mediaType)) return
    const errors = schemaErrors(route, method, res.statusCode, mediaType, res.json())
    t.same(errors.slice(0, 5), [], `${label}: body matches the schema`)
  }

  for (const [route, operations] of Object.entries(spec.paths)) {
    if (!operations.get) continue
    const urls = requests[route]
    t.ok(urls, `the contract test exercises GET ${route}`)
    for (const url of urls ?? []) await check(route, 'get', { url })
  }
  for (const [route, methods] of Object.entries(writes)) {
    for (const [method, make] of Object.entries(methods)) {
      for (const w of await make()) await check(route, method, { method: method.toUpperCase(), url: w.url ?? route, headers: { ...auth, ...(w.headers ?? {}) }, payload: w.payload, status: w.status })
    }
  }
  // Every operation, asked for a media type it cannot produce and, when it needs a key, sent without
  // one: whatever it answers must be documented, and a keyless write is a 401 before anything else.
  for (const [route, operations] of Object.entries(spec.paths)) {
    const collection = /^\/v1\/([a-z]+)/.exec(route)?.[1] as Collection | undefined
    const url = route.replace('{id}', (collection && ids[collection]) ?? 'nobody')
    for (const [method, op] of Object.entries(operations)) {
      // The change feed's long poll would hold the request open; ?wait=0 answers at once.
      const request = { method: method.toUpperCase(), url: route === '/v1/changes' ? `${url}?wait=0` : url, headers: { accept: 'application/xml', 'if-match': '"stale"' } as Record<string, string>, payload: method === 'get' || method === 'delete' ? undefined : {} }
      const keyed = (op.security?.length ?? 0) > 0
      await check(route, method, keyed ? { ...request, headers: { ...request.headers, ...auth } } : request)
      if (keyed) await check(route, method, { ...request, status: 401 })
    }
  }

  // Every route exercised answered its success status and, where documented, its 400, 404, 412 and 422.
  const exercised = [...Object.keys(spec.paths).filter((r) => spec.paths[r]!.get).map((r) => ['get', r]), ...Object.entries(writes).flatMap(([r, m]) => Object.keys(m).map((x) => [x, r]))]
  for (const [method, route] of exercised as [string, string][]) {
    for (const status of ['200', '201', '204', '400', '404', '412', '422']) {
      if (spec.paths[route]![method]!.responses[status]) t.ok(seen.has(`${method} ${route} ${status}`), `${method.toUpperCase()} ${route} answered ${status}`)
    }
  }
})

interface Write {
  url?: string
  headers?: Record<string, string>
  payload?: object
  /** The status the contract gives this request. */
  status: number
}
