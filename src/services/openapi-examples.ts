import type { Sqlite } from '../db/connection.js'
import { openDataset } from '../db/open-dataset.js'
import { hydrateActors } from '../repositories/actor-reads.js'
import { hydrateAgreements } from '../repositories/agreement-reads.js'
import { hydrateDisputes } from '../repositories/dispute-reads.js'
import { hydrateMeetings } from '../repositories/meeting-reads.js'
import { hydrateSources } from '../repositories/source-reads.js'
import { hydrateStatements } from '../repositories/statement-reads.js'
import { EXAMPLE_IDS, EXAMPLE_TIMESTAMP, type ExampleName } from '../schemas/examples.js'

const HYDRATE: Record<string, (db: Sqlite, ids: string[]) => object[]> = {
  sources: (db, ids) => hydrateSources(db, ids).map(({ text: _text, ...listItem }) => listItem),
  actors: hydrateActors,
  meetings: hydrateMeetings,
  agreements: hydrateAgreements,
  statements: hydrateStatements,
  disputes: hydrateDisputes,
}

/** With timestamps fixed, so the document does not change each time it is generated. */
export const withFixedTimestamps = (record: object) => ({ ...record, created_at: EXAMPLE_TIMESTAMP, updated_at: EXAMPLE_TIMESTAMP })

/** The example records, as the API serves them, from a freshly seeded database at `databasePath`. */
export function collectExamples(databasePath: string): Record<ExampleName, object> {
  const { writer, reader } = openDataset(databasePath)
  try {
    return Object.fromEntries(
      Object.entries(EXAMPLE_IDS).map(([name, { collection, id }]) => {
        const [record] = (HYDRATE[collection] as (db: Sqlite, ids: string[]) => object[])(reader, [id])
        if (!record) throw new Error(`example ${name}: there is no ${collection} record "${id}"`)
        return [name, withFixedTimestamps(record)]
      }),
    ) as Record<ExampleName, object>
  } finally {
    reader.close()
    writer.close()
  }
}
