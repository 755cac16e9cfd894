import path from 'node:path'
import type { Sqlite } from '../../db/connection.js'
import type { DatasetRecords } from '../../domain/records.js'
import type { EntityType } from '../../domain/vocabulary.js'
import { upsertEntity } from '../dataset-writer.js'
import { SeedError } from './failures.js'
import { readAnnotations } from './read-annotations.js'
import { resolveAnnotations } from './resolve.js'
import { writeTransaction } from '../documents.js'

type Kind = keyof DatasetRecords
export type SeedCounts = Record<Kind, { inserted: number; updated: number; unchanged: number }>

// Seed file kinds in dependency order, with their entity types. Foreign keys are deferred to the
// commit anyway, so an affiliation may name an actor that comes later in the file.
const KINDS: [Kind, EntityType][] = [
  ['sources', 'source'],
  ['actors', 'actor'],
  ['meetings', 'meeting'],
  ['agreements', 'agreement'],
  ['statements', 'statement'],
  ['disputes', 'dispute'],
]

/** Reads, validates and resolves the seed files; throws a SeedError listing every problem. */
export function buildSeedRecords(seedDir: string): DatasetRecords {
  const { annotations, failures } = readAnnotations(seedDir)
  const resolved = resolveAnnotations(annotations, path.join(seedDir, 'documents'))
  const all = [...failures, ...resolved.failures]
  if (all.length > 0) throw new SeedError(all)
  return resolved.records
}

/**
 * Brings the database in line with the seed files in one transaction: new entries are inserted,
 * changed ones updated (version + 1), identical ones left alone, so seeding twice changes nothing.
 * Every insert and update is recorded in the change log like any other write (author "seed").
 * Nothing is written unless the whole seed is valid. Entries removed from the files are not deleted.
 */
export function seedDatabase(sqlite: Sqlite, seedDir: string, now = new Date().toISOString()): SeedCounts {
  const records = buildSeedRecords(seedDir)
  const counts = {} as SeedCounts
  writeTransaction(sqlite, () => {
    sqlite.pragma('defer_foreign_keys = ON')
    for (const [kind, type] of KINDS) {
      const c = (counts[kind] = { inserted: 0, updated: 0, unchanged: 0 })
      for (const record of records[kind]) c[upsertEntity(sqlite, type, record, { now, author: 'seed' })]++
    }
  })
  return counts
}

export const seedChangedAnything = (counts: SeedCounts) =>
  Object.values(counts).some((c) => c.inserted > 0 || c.updated > 0)
