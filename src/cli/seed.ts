import path from 'node:path'
import { parseArgs } from 'node:util'
import { openSqlite } from '../db/connection.js'
import { applyMigrations } from '../db/migrate.js'
import { seedDir } from '../paths.js'
import { seedChangedAnything, seedDatabase } from '../services/seed/load.js'
import { runCommand } from './run-command.js'

const { values } = parseArgs({ options: { 'seed-dir': { type: 'string' } } })
const dir = values['seed-dir'] ? path.resolve(values['seed-dir']) : seedDir

await runCommand('db:seed', ({ databasePath }) => {
  const sqlite = openSqlite(databasePath)
  try {
    applyMigrations(sqlite)
    const counts = seedDatabase(sqlite, dir)
    for (const [kind, c] of Object.entries(counts)) {
      console.log(`${kind.padEnd(11)} ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`)
    }
    console.log(seedChangedAnything(counts) ? `seeded ${databasePath} from ${dir}` : `${databasePath} already matches the seed files; nothing changed`)
    return 0
  } finally {
    sqlite.close()
  }
})
