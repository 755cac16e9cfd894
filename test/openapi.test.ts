import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { projectRoot } from '../src/paths.js'
import { renderOpenApi } from '../src/plugins/swagger.js'
import { buildApp } from './helper.js'

t.test('the committed OpenAPI document is exactly what the code generates', async (t) => {
  const app = await buildApp(t)
  const { json, yaml } = renderOpenApi(app)
  const committed = (file: string) => readFileSync(path.join(projectRoot, 'openapi', file), 'utf8')
  t.equal(committed('openapi.json'), json, 'openapi/openapi.json is current (run `npm run openapi`)')
  t.equal(committed('openapi.yaml'), yaml, 'openapi/openapi.yaml is current (run `npm run openapi`)')
  const { apiTypesFile, generateApiTypes } = await import('../src/client/generate-types.js')
  t.equal(readFileSync(apiTypesFile, 'utf8'), await generateApiTypes(), 'src/client/api-types.ts is generated from the committed document (run `npm run openapi`)')
})

t.test('the document is served, with the problem schema as a named component', async (t) => {
  const app = await buildApp(t)
  const json = await app.inject({ method: 'GET', url: '/openapi.json' })
  t.equal(json.statusCode, 200)
  t.match(json.headers['content-type'], /^application\/json/)
  const doc = json.json()
  t.equal(doc.openapi, '3.1.0')
  t.ok(doc.components.schemas.Problem, 'Problem is a named component')
  t.ok(doc.paths['/readyz'].get.responses['503'], 'readyz documents its 503')
  const yaml = await app.inject({ method: 'GET', url: '/openapi.yaml' })
  t.match(yaml.headers['content-type'], /^application\/yaml/)
  t.match(yaml.body, /^openapi: 3\.1\.0/m)
  const docs = await app.inject({ method: 'GET', url: '/docs/' })
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger/i)
})

const committedSpec = () =>
  JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; tags?: string[]; summary?: string; description?: string; parameters?: { name: string; description?: string; schema?: { example?: unknown } }[] }>>
    components: { schemas: Record<string, { example?: unknown }> }
  }

t.test('every operation and parameter is documented', async (t) => {
  const spec = committedSpec()
  const operationIds = new Set<string>()
  for (const [route, operations] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      t.ok(op.operationId && !operationIds.has(op.operationId), `${method} ${route} has a unique operationId`)
      operationIds.add(op.operationId ?? '')
      t.ok(op.tags?.length, `${method} ${route} has a tag`)
      t.ok(op.summary && op.description, `${method} ${route} has a summary and a description`)
      for (const p of op.parameters ?? []) {
        t.ok(p.description, `${method} ${route} parameter ${p.name} is described`)
        t.not(p.schema?.example, undefined, `${method} ${route} parameter ${p.name} has an example`)
      }
    }
  }
})

t.test('component examples are valid and are real records of the dataset', async (t) => {
  const { Ajv2020 } = await import('ajv/dist/2020.js')
  const addFormats = (await import('ajv-formats')).default
  const spec = committedSpec()
  const ajv = new Ajv2020({ strict: false })
  addFormats.default(ajv)
  ajv.addSchema(spec, 'openapi.json')
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    if (schema.example === undefined) continue
    t.ok(ajv.validate({ $ref: `openapi.json#/components/schemas/${name}` }, schema.example), `the ${name} example matches its schema`, { errors: ajv.errors })
  }

  const app = await buildApp(t)
  const { EXAMPLE_IDS } = await import('../src/schemas/examples.js')
  const { withFixedTimestamps } = await import('../src/services/openapi-examples.js')
  for (const [name, { collection, id }] of Object.entries(EXAMPLE_IDS)) {
    const live = collection === 'sources'
      ? ((await app.inject({ url: `/v1/sources?fields=${Object.keys(spec.components.schemas.Source!.example as object).join(',')}` })).json() as { data: { id: string }[] }).data.find((s) => s.id === id)
      : (await app.inject({ url: `/v1/${collection}/${id}` })).json()
    t.same(spec.components.schemas[name]!.example, withFixedTimestamps(live as object), `the ${name} example is the live record ${id}`)
  }
})
