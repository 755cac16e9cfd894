import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { packageVersion } from '../paths.js'

export const OPENAPI_INFO = {
  title: 'Negotiations Dataset API',
  version: packageVersion,
  description:
    'Actors, meetings, agreements, statements and the sources they come from, for US–Iraq security talks (2021–2024). ' +
    'Every fact carries citations: code-point offsets into a source text and the exact words found there. ' +
    'Dates are EDTF strings with a basis (stated, inferred, unknown). Errors are RFC 9457 problem documents.',
  license: { name: 'MIT', identifier: 'MIT' },
}

type OpenApiDocument = { components?: { schemas?: Record<string, unknown> } } & Record<string, unknown>

// The type provider registers an input and an output variant of every named schema. Keep only the
// components the operations use, and give an input-only one its plain name (ActorCreate, not
// ActorCreateInput), so the document lists what it uses under the names the code gives it.
function pruneComponents(document: OpenApiDocument): OpenApiDocument {
  let schemas = document.components?.schemas
  if (!schemas) return document
  for (;;) {
    const text = JSON.stringify(document)
    const unused = Object.keys(schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`))
    if (unused.length === 0) break
    for (const name of unused) delete schemas[name]
  }
  const renames = Object.keys(schemas).filter((name) => name.endsWith('Input') && !(name.slice(0, -5) in schemas!))
  if (renames.length === 0) return document
  let text = JSON.stringify(document)
  for (const name of renames) text = text.replaceAll(`"#/components/schemas/${name}"`, `"#/components/schemas/${name.slice(0, -5)}"`)
  const renamed = JSON.parse(text) as OpenApiDocument
  schemas = renamed.components!.schemas!
  for (const name of renames) {
    schemas[name.slice(0, -5)] = schemas[name]
    delete schemas[name]
  }
  return renamed
}

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: OPENAPI_INFO,
        servers: [{ url: '/', description: 'This server' }],
        // Reads are public; writes name the apiKey scheme themselves.
        security: [],
        components: {
          securitySchemes: {
            apiKey: {
              type: 'http',
              scheme: 'bearer',
              description: 'An API key from `npm run keys -- create --name NAME --scope write`, sent as `Authorization: Bearer <key>`.',
            },
          },
        },
        tags: [
          { name: 'dataset', description: 'The index, full-text search and the timeline.' },
          { name: 'sources', description: 'The documents every fact is cited from.' },
          { name: 'actors', description: 'People, organizations, states and groups.' },
          { name: 'meetings', description: 'Talks, dialogue rounds, commission meetings, press briefings.' },
          { name: 'agreements', description: 'Agreements, understandings, decisions, resolutions and plans.' },
          { name: 'statements', description: 'Quotes, joint statements, paraphrases and reports, verbatim from their sources.' },
          { name: 'disputes', description: 'Where the sources disagree: one question, two or more cited answers side by side.' },
          { name: 'citations', description: 'Every citation as a row of its own: which words of which source support which entity or relation.' },
          { name: 'relations', description: 'Meeting participants, agreement parties and affiliations, each with its citations.' },
          { name: 'sync', description: 'The change feed and bulk exports, for services that keep a copy.' },
          { name: 'operations', description: 'Liveness and readiness probes.' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: (document) =>
        pruneComponents(jsonSchemaTransformObject(document) as OpenApiDocument) as ReturnType<typeof jsonSchemaTransformObject>,
    })
    await app.register(swaggerUi, { routePrefix: '/docs' })

    app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => reply.type('application/json; charset=utf-8').send(app.swagger()))
    app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('application/yaml; charset=utf-8').send(app.swagger({ yaml: true })),
    )
  },
  { name: 'swagger' },
)

/** The OpenAPI document exactly as committed under openapi/ (pretty JSON and YAML, newline-terminated). */
export function renderOpenApi(app: FastifyInstance): { json: string; yaml: string } {
  return { json: `${JSON.stringify(app.swagger(), null, 2)}\n`, yaml: app.swagger({ yaml: true }) }
}
