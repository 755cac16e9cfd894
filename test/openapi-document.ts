// The committed OpenAPI document, and what it promises an answer may be: the contract test and the
// fuzzers check every answer against it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { projectRoot } from '../src/paths.js'

export interface DocumentedResponse {
  description?: string
  content?: Record<string, { schema: object }>
}
export interface DocumentedOperation {
  operationId: string
  parameters?: unknown[]
  requestBody?: unknown
  security?: unknown[]
  responses: Record<string, DocumentedResponse>
}

export const spec = JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, DocumentedOperation>>
  components: { schemas: Record<string, unknown> }
}

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
ajv.addSchema(spec, 'openapi.json')

/** The document's response for this status of this operation (undefined: the status is not documented). */
export function documentedResponse(route: string, method: string, status: number): DocumentedResponse | undefined {
  return spec.paths[route]?.[method]?.responses[String(status)]
}

/**
 * How a JSON body fails the schema the document gives for this operation, status and media type
 * (an empty list: it matches). Validated through a reference into the document, so the schema's own
 * $refs resolve against it.
 */
export function schemaErrors(route: string, method: string, status: number, mediaType: string, body: unknown): ErrorObject[] {
  const pointer = ['paths', route, method, 'responses', String(status), 'content', mediaType, 'schema'].map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')
  return ajv.validate({ $ref: `openapi.json#/${pointer}` }, body) ? [] : [...(ajv.errors ?? [])]
}

/** Media types whose bodies are JSON and validated against their schema; others are checked by type. */
export const isJsonMediaType = (mediaType: string) => /^application\/(problem\+)?json$/.test(mediaType)
