// Walks every route of the committed OpenAPI document with real dataset values and checks each
// answer's status, media type and body against what the document promises.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { projectRoot } from '../src/paths.js'
import { createKey } from '../src/repositories/api-keys.js'
import { buildApp } from './helper.js'

type Responses = Record<string, { content?: Record<string, { schema: object }> }>
// Write routes are exercised for actors; the other collections share the same code (write-routes.ts).
const spec = JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; responses: Responses }>>
}

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
ajv.addSchema(spec, 'openapi.json')

t.test('every answer matches the committed OpenAPI document', async (t) => {
  const app = await buildApp(t)
  const firstId = async (collection: string) => ((await app.inject({ url: `/v1/${collection}?limit=1` })).json() as { data: { id: string }[] }).data[0]!.id
  const ids: Record<string, string> = {}
  for (const c of ['sources', 'actors', 'meetings', 'agreements', 'statements']) ids[c] = await firstId(c)

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
  for (const c of ['sources', 'actors', 'meetings', 'agreements', 'statements']) {
    requests[`/v1/${c}`] = [`/v1/${c}?format=csv`, `/v1/${c}`, `/v1/${c}?limit=2&include_total=true`, `/v1/${c}?sort=-id&limit=3`, `/v1/${c}?limit=0`, `/v1/${c}?cursor=forged`, `/v1/${c}?typo=1`]
    requests[`/v1/${c}/{id}`] = [`/v1/${c}/${ids[c]}`, `/v1/${c}/no-such-${c}`, `/v1/${c}/${ids[c]}?bad=1`]
  }
  requests['/v1/statements']!.push('/v1/statements?speaker=lloyd-austin,pat-ryder&topic=withdrawal&facet=speaker,topic,source', '/v1/statements?q=withdrawal&from=2024-07')
  requests['/v1/agreements']!.push('/v1/agreements?status=disputed,reached&facet=status,party')
  requests['/v1/sources/{id}/text'] = [`/v1/sources/${ids.sources}/text`, '/v1/sources/none/text', `/v1/sources/${ids.sources}/text?format=html`]

  // Writes, with a write key: successes and the documented refusals.
  const key = createKey(app.db.writer, 'contract', 'write', new Date().toISOString())
  const auth = { authorization: `Bearer ${key}` }
  const etag = async (url: string) => (await app.inject({ url })).headers.etag as string
  const writes: Record<string, Record<string, () => Promise<Write[]>>> = {
    '/v1/actors': {
      post: async () => [
        { payload: { kind: 'person', name: 'Contract Tester', citations: [{ source_id: ids.sources!, start: 0, end: 5 }] } },
        { payload: { kind: 'person', name: 'Contract Twin', citations: [{ source_id: ids.sources!, start: 0, end: 5 }] } },
        { payload: { kind: 'person', name: 'x', citations: [{ source_id: ids.sources!, quote: 'no such words here' }] } },
        { payload: { kind: 'alien' } },
        { payload: { kind: 'person', name: 'x', citations: [] }, headers: {} },
      ],
    },
    '/v1/actors/{id}': {
      patch: async () => [
        { url: '/v1/actors/contract-tester', payload: { description: 'Checked.' }, headers: { 'if-match': await etag('/v1/actors/contract-tester') } },
        { url: '/v1/actors/contract-tester', payload: { description: 'Stale.' }, headers: { 'if-match': '"old"' } },
        { url: '/v1/actors/contract-tester', payload: {} },
        { url: '/v1/actors/contract-tester', payload: { citations: [] }, headers: { 'if-match': '*' } },
        { url: '/v1/actors/contract-tester', payload: [1, 2] as unknown as object, headers: { 'if-match': '*' } },
        { url: '/v1/actors/nobody', payload: {}, headers: { 'if-match': '*' } },
      ],
      delete: async () => [
        { url: '/v1/actors/lloyd-austin', headers: { 'if-match': await etag('/v1/actors/lloyd-austin') } },
        { url: '/v1/actors/contract-tester', headers: { 'if-match': '"x"' } },
        { url: '/v1/actors/contract-tester', headers: { 'if-match': await etag('/v1/actors/contract-tester') } },
        { url: `/v1/actors/${'x'.repeat(201)}`, headers: { 'if-match': '*' } },
        { url: '/v1/actors/nobody', headers: { 'if-match': '*' } },
      ],
    },
    '/v1/sources/{id}/suggestions': {
      post: async () => [{ url: `/v1/sources/${ids.sources}/suggestions` }, { url: '/v1/sources/none/suggestions' }, { url: `/v1/sources/${ids.sources}/suggestions?x=1` }],
    },
    '/v1/actors/{id}/merge': {
      post: async () => [
        { url: '/v1/actors/pat-ryder/merge', payload: { into: 'nobody' } },
        { url: '/v1/actors/nobody/merge', payload: { into: 'pat-ryder' } },
        { url: '/v1/actors/pat-ryder/merge', payload: {} },
        { url: '/v1/actors/contract-twin/merge', payload: { into: 'pat-ryder' } },
      ],
    },
  }

  const seen = new Set<string>()
  const check = async (route: string, method: string, request: { url: string; method?: string; headers?: Record<string, string>; payload?: object }) => {
    const res = await app.inject({ method: (request.method ?? 'GET') as 'GET', url: request.url, headers: request.headers, payload: request.payload })
    const label = `${method.toUpperCase()} ${request.url}`
    const documented = spec.paths[route]![method]!.responses[String(res.statusCode)]
    if (!t.ok(documented, `${label}: status ${res.statusCode} is documented for ${route}`, { body: res.body.slice(0, 300) })) return
    seen.add(`${method} ${route} ${res.statusCode}`)
    if (res.statusCode === 204 || res.statusCode === 304) return
    const mediaType = String(res.headers['content-type']).split(';')[0]!
    const content = documented!.content ?? {}
    if (!t.ok(content[mediaType], `${label}: ${mediaType} is a documented media type (${Object.keys(content).join(', ')})`)) return
    // Only JSON bodies are validated against their schema; other media types are checked by type.
    if (!/^application\/(problem\+)?json$/.test(mediaType)) return
    // Validate through a reference into the document, so the schema's own $refs resolve against it.
    const pointer = ['paths', route, method, 'responses', String(res.statusCode), 'content', mediaType, 'schema'].map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')
    t.ok(ajv.validate({ $ref: `openapi.json#/${pointer}` }, res.json()), `${label}: body matches the schema`, { errors: ajv.errors?.slice(0, 5) })
  }

  for (const [route, operations] of Object.entries(spec.paths)) {
    if (!operations.get) continue
    const urls = requests[route]
    t.ok(urls, `the contract test exercises GET ${route}`)
    for (const url of urls ?? []) await check(route, 'get', { url })
  }
  for (const [route, methods] of Object.entries(writes)) {
    for (const [method, make] of Object.entries(methods)) {
      for (const w of await make()) await check(route, method, { method: method.toUpperCase(), url: w.url ?? route, headers: { ...auth, ...(w.headers ?? {}) }, payload: w.payload })
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
}
