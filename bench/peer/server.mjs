// The benchmark's peer: Platformatic DB's generated REST API over the bench database, read-only.
// Run by the Node 22 of the `node` package installed here (Platformatic 3 needs Node >= 22):
//
//   bench/peer/node_modules/.bin/node bench/peer/server.mjs --db ./data/bench.db [--port 0]
//
// It prints "peer listening at http://127.0.0.1:<port> (…versions…)" once it listens (bench/run.mjs waits for that).
/* global process, console */
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values: args } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '0' } } })
if (!args.db || !existsSync(args.db)) {
  console.error(`peer: --db FILE is required and must exist (${args.db ?? 'missing'})`)
  process.exit(2)
}
const here = import.meta.dirname

// Read-only: Platformatic opens SQLite through @matteo.collina/sqlite-pool, which calls
// `new Database(file, {})` and has no option for it. The better-sqlite3 that this pool requires is
// replaced (in the require cache, before Platformatic loads) by one that always opens the file with
// { readonly: true, fileMustExist: true }: no write, no migration, no schema lock can touch the database.
const require = createRequire(import.meta.url)
const from = (request, parent) => path.dirname(require.resolve(`${request}/package.json`, { paths: [parent] }))
const mapperDir = from('@platformatic/sql-mapper', from('@platformatic/db-core', from('@platformatic/db', here)))
const poolDir = from('@matteo.collina/sqlite-pool', mapperDir)
const driverPath = require.resolve('better-sqlite3', { paths: [poolDir] })
const Database = require(driverPath)
function ReadOnlyDatabase(filename, options) {
  return new Database(filename, { ...options, readonly: true, fileMustExist: true })
}
ReadOnlyDatabase.prototype = Database.prototype
Object.assign(ReadOnlyDatabase, Database)
require.cache[driverPath].exports = ReadOnlyDatabase

process.env.PLT_BENCH_DB = path.resolve(args.db)
process.env.PLT_BENCH_PORT = args.port
const { create } = await import('@platformatic/db')
// hostname again here: Platformatic's config transform switches it to 0.0.0.0 when it detects Docker.
const app = await create(here, 'platformatic.json', { isProduction: true, serverConfig: { hostname: '127.0.0.1' } })
const url = await app.start({ listen: true })
const version = require(path.join(from('@platformatic/db', here), 'package.json')).version
console.log(`peer listening at ${url} (Platformatic DB ${version}, Node ${process.version})`)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await app.stop()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
