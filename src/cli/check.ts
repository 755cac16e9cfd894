import { existsSync } from 'node:fs'
import { openSqlite } from '../db/connection.js'
import { seedDir } from '../paths.js'
import { checkDataset } from '../services/dataset-check.js'
import { runCommand } from './run-command.js'

await runCommand('db:check', ({ databasePath }) => {
  if (!existsSync(databasePath)) {
    console.error(`db:check: ${databasePath} does not exist; run \`npm start\` or \`npm run db:seed\` first`)
    return 1
  }
  const sqlite = openSqlite(databasePath, { readonly: true })
  try {
    const failures = checkDataset(sqlite, seedDir)
    const counts = sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM actors) AS actors,
                (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM agreements) AS agreements,
                (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM disputes) AS disputes, (SELECT count(*) FROM citations) AS citations`,
      )
      .get() as Record<string, number>
    const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')
    if (failures.length > 0) {
      console.error(`db:check: ${failures.length} problem(s) in ${databasePath} (${summary}):`)
      for (const f of failures) console.error(`  - ${f.subject}: ${f.reason}`)
      return 1
    }
    console.log(`db:check: ${databasePath} is consistent: ${summary}; every citation matches its source`)
    return 0
  } finally {
    sqlite.close()
  }
})
