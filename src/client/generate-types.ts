// The mirror client's types are generated from the committed OpenAPI document with openapi-typescript
// (`npm run openapi` writes them; a test checks they are current).
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { projectRoot } from '../paths.js'

export const apiTypesFile = path.join(projectRoot, 'src', 'client', 'api-types.ts')

export async function generateApiTypes(): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  const ast = await openapiTS(pathToFileURL(path.join(projectRoot, 'openapi', 'openapi.json')))
  return `// Generated from openapi/openapi.json by openapi-typescript (npm run openapi). Do not edit.\n/* eslint-disable */\n${astToString(ast)}`
}
