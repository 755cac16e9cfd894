// npm run suggest -- FILE [--published EDTF] [--publisher NAME] [--source-id ID]
// Annotation suggestions for a text file not yet in the dataset, against the actors and meetings of
// the database at DATABASE_PATH (opened read-only): printed as pretty JSON, nothing written.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openSqlite } from '../db/connection.js'
import { isEdtf } from '../domain/edtf.js'
import { slugify, suggestAnnotations } from '../domain/suggestions.js'
import { SLUG_PATTERN } from '../schemas/primitives.js'
import { knownEntities } from '../services/suggestion-service.js'
import { runCommand } from './run-command.js'

const USAGE = 'usage: npm run suggest -- FILE [--published 2024-07-23] [--publisher Rudaw] [--source-id ID]'

class UsageError extends Error {
  override name = 'UsageError'
}

function parse(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { published: { type: 'string' }, publisher: { type: 'string' }, 'source-id': { type: 'string' } } })
  } catch (error) {
    if (error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(error.message)
    throw error
  }
}

await runCommand('suggest', ({ databasePath }) => {
  try {
    const { values, positionals } = parse(process.argv.slice(2))
    const [file, ...extra] = positionals
    if (file === undefined) throw new UsageError('no FILE given')
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
    const published = values.published ?? null
    if (published !== null && !isEdtf(published)) throw new UsageError(`--published must be an EDTF date such as 2024-07-23 (got "${published}")`)
    const sourceId = values['source-id'] ?? (slugify(path.basename(file).replace(/\.[^.]*$/, '')) || 'new-source')
    if (!SLUG_PATTERN.test(sourceId) || sourceId.length > 80) throw new UsageError(`--source-id must be a lowercase slug such as "rudaw-new-article" (got "${sourceId}")`)

    if (!existsSync(file) || !statSync(file).isFile()) {
      console.error(`suggest: ${file} does not exist or is not a file`)
      return 1
    }
    const text = readFileSync(file, 'utf8')
    if (!existsSync(databasePath)) {
      console.error(`suggest: ${databasePath} does not exist; run \`npm start\` (or \`npm run db:seed\`) first to create the dataset`)
      return 1
    }
    const sqlite = openSqlite(databasePath, { readonly: true })
    try {
      const suggestions = suggestAnnotations({ sourceId, text, published: { edtf: published }, publisher: values.publisher ?? null, ...knownEntities(sqlite) })
      console.log(JSON.stringify(suggestions, null, 2))
      return 0
    } finally {
      sqlite.close()
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`suggest: ${error.message}; ${USAGE}`)
      return 1
    }
    throw error
  }
})
