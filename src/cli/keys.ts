import { parseArgs } from 'node:util'
import { openSqlite, type Sqlite } from '../db/connection.js'
import { applyMigrations } from '../db/migrate.js'
import { ApiKeyError, ApiKeyScopeSchema, createKey, listKeys, revokeKey, type ApiKeySummary } from '../repositories/api-keys.js'
import { runCommand } from './run-command.js'

const USAGE = 'usage: npm run keys -- create --name NAME --scope read|write | list | revoke NAME'
const HELP = `${USAGE}

  create --name NAME --scope read|write   make a key; it is printed once, on stdout
  list                                    names, scopes, creation and revocation times (never keys)
  revoke NAME                             the key is refused from the next request on

The database is DATABASE_PATH (default ./data/negotiations.db).`

/** Wrong arguments: reported in one line with the usage, exit 1. */
class UsageError extends Error {
  override name = 'UsageError'
}

function parse(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { name: { type: 'string' }, scope: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  } catch (error) {
    // node:util parseArgs throws a TypeError with an ERR_PARSE_ARGS_* code for an unknown or incomplete option.
    if (error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(error.message)
    throw error
  }
}

function table(keys: ApiKeySummary[]): string[] {
  const rows = [['NAME', 'SCOPE', 'CREATED', 'REVOKED'], ...keys.map((k) => [k.name, k.scope, k.created_at, k.revoked_at ?? '-'])]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd())
}

await runCommand('keys', ({ databasePath }) => {
  try {
    const { values, positionals } = parse(process.argv.slice(2))
    const [command, ...rest] = positionals
    if (values.help || command === 'help') {
      console.log(HELP)
      return 0
    }
    const noOptions = () => {
      if (values.name !== undefined || values.scope !== undefined) throw new UsageError(`"${command}" takes no options`)
    }
    const noMore = () => {
      if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`)
    }

    // Check the arguments before touching the database file.
    let run: (sqlite: Sqlite) => number
    switch (command) {
      case 'create': {
        noMore()
        if (!values.name) throw new UsageError('create needs --name NAME')
        if (!values.scope) throw new UsageError('create needs --scope read|write')
        const name = values.name
        const scope = ApiKeyScopeSchema.safeParse(values.scope)
        if (!scope.success) throw new UsageError(`--scope must be read or write (got "${values.scope}")`)
        run = (sqlite) => {
          const key = createKey(sqlite, name, scope.data, new Date().toISOString())
          console.log(key)
          console.error(`keys: created ${scope.data} key "${name}"; store it now: it cannot be shown again`)
          return 0
        }
        break
      }
      case 'list':
        noOptions()
        noMore()
        run = (sqlite) => {
          const keys = listKeys(sqlite)
          if (keys.length === 0) console.log('no API keys; create one with npm run keys -- create --name NAME --scope read|write')
          else for (const line of table(keys)) console.log(line)
          return 0
        }
        break
      case 'revoke': {
        noOptions()
        const [name, ...extra] = rest
        if (!name) throw new UsageError('revoke needs the key\'s NAME')
        if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
        run = (sqlite) => {
          if (revokeKey(sqlite, name, new Date().toISOString())) {
            console.log(`revoked API key "${name}"`)
            return 0
          }
          const known = listKeys(sqlite).find((k) => k.name === name)
          throw new ApiKeyError(known ? `the API key "${name}" was already revoked at ${known.revoked_at}` : `no API key is named "${name}"`)
        }
        break
      }
      case undefined:
        throw new UsageError('no command given')
      default:
        throw new UsageError(`unknown command "${command}"`)
    }

    const sqlite = openSqlite(databasePath)
    try {
      applyMigrations(sqlite)
      return run(sqlite)
    } finally {
      sqlite.close()
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`keys: ${error.message}; ${USAGE}`)
      return 1
    }
    if (error instanceof ApiKeyError) {
      console.error(`keys: ${error.message}`)
      return 1
    }
    throw error
  }
})
