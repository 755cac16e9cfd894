import { openSqlite } from '../db/connection.js'
import { applyMigrations } from '../db/migrate.js'
import { runCommand } from './run-command.js'

await runCommand('db:migrate', ({ databasePath }) => {
  const sqlite = openSqlite(databasePath)
  try {
    const applied = applyMigrations(sqlite)
    console.log(applied > 0 ? `applied ${applied} migration(s) to ${databasePath}` : `${databasePath} is up to date`)
    return 0
  } finally {
    sqlite.close()
  }
})
