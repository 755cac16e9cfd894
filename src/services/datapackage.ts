// The dataset as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): one
// tabular resource per CSV export (the five collections, the relations and the citations), each
// with its Table Schema (table-schema.ts, from the CSV columns themselves), and the zip of those
// CSVs with the descriptor, all read from one snapshot so that every foreign key holds.
import { Readable } from 'node:stream'
import { ZipFile } from 'yazl'
import type { Sqlite } from '../db/connection.js'
import { latestChangeAt } from '../repositories/changes.js'
import type { CsvCollection } from './csv-columns.js'
import { csvLines, openReadSnapshot, type ExportChunks } from './export-service.js'
import { tableSchema } from './table-schema.js'
import { LISTS } from './views.js'

/** The resources, each a CSV export; what a foreign key refers to comes first. */
export const PACKAGE_RESOURCES: readonly CsvCollection[] = ['sources', 'actors', 'meetings', 'agreements', 'statements', 'disputes', 'participants', 'parties', 'affiliations', 'citations']

export const PACKAGE_NAME = 'negotiations-dataset'

/** The descriptor; `pathOf` says where each resource's CSV is (a URL, or a file name in the zip). */
export function dataPackage(pathOf: (name: CsvCollection) => string, created: string | null) {
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    title: 'Negotiations dataset',
    description:
      'Actors, meetings, agreements and statements of a set of negotiations, with the relations between them; every fact is cited to the exact words of a source (citations.csv: source, code-point offsets and quote). Dates are EDTF, with a stated, inferred or unknown basis. Cells holding several values join them with "; ".',
    ...(created ? { created } : {}),
    resources: PACKAGE_RESOURCES.map((name) => ({
      name,
      path: pathOf(name),
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(name),
    })),
  }
}

export type DataPackageDescriptor = ReturnType<typeof dataPackage>

/** The package as a zip: datapackage.json and one CSV per resource, from one snapshot (every entry dated by the dataset's last change). */
export function dataPackageZip(file: string): ExportChunks {
  const { db, revision, release } = openReadSnapshot(file)
  try {
    const zip = packageZip(db)
    const chunks = (async function* () {
      try {
        for await (const chunk of zip) yield chunk as Uint8Array
      } finally {
        release()
      }
    })()
    return { revision, chunks, release }
  } catch (error) {
    release()
    throw error
  }
}

function packageZip(db: Sqlite): Readable {
  const created = latestChangeAt(db)
  const mtime = created ? new Date(created) : new Date(0)
  const zip = new ZipFile()
  const descriptor = dataPackage((name) => `${name}.csv`, created)
  zip.addBuffer(Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`), 'datapackage.json', { mtime })
  const bytes = function* (lines: Iterable<string>) {
    for (const line of lines) yield Buffer.from(line)
  }
  for (const name of PACKAGE_RESOURCES) zip.addReadStream(Readable.from(bytes(csvLines(db, LISTS[name], {}))), `${name}.csv`, { mtime })
  zip.end()
  return zip.outputStream as Readable
}
