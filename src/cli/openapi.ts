import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../paths.js'

// Builds the app on a scratch database and writes to openapi/: first the component examples
// (real records of the seeded dataset), then the OpenAPI document that embeds them. The app is
// imported only after the examples are written, because the schemas read them when loaded.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'negotiations-openapi-'))
const out = path.join(projectRoot, 'openapi')
try {
  mkdirSync(out, { recursive: true })
  const databasePath = path.join(scratch, 'scratch.db')
  const { collectExamples } = await import('../services/openapi-examples.js')
  const { examplesFile } = await import('../schemas/examples.js')
  writeFileSync(examplesFile, `${JSON.stringify(collectExamples(databasePath), null, 2)}\n`)

  const { createApp } = await import('../app.js')
  const { renderOpenApi } = await import('../plugins/swagger.js')
  const app = await createApp({ databasePath })
  const { json, yaml } = renderOpenApi(app)
  await app.close()
  writeFileSync(path.join(out, 'openapi.json'), json)
  writeFileSync(path.join(out, 'openapi.yaml'), yaml)
  const { apiTypesFile, generateApiTypes } = await import('../client/generate-types.js')
  writeFileSync(apiTypesFile, await generateApiTypes())
  console.log('wrote openapi/examples.json, openapi/openapi.json, openapi/openapi.yaml and src/client/api-types.ts')
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
