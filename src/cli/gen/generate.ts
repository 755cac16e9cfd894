// Builds a large synthetic dataset for benchmarks and query-plan tests (the command line is main.ts):
//
// The database has the real schema (the same migrations the server applies) and data with the same
// invariants as the curated dataset: every statement's text is a span of its source's text at the
// stored code-point offsets, every citation's quote is the source slice it points at, every date is
// valid EDTF with derived bounds and a basis, and the change log holds one replayable upsert (the
// record in the change feed's snake_case form) per entity. The text is assembled from word lists, so
// it reads like wire-service prose without being about anything real.
//
// Rows are inserted directly with prepared statements, in large transactions, in bulk-load mode
// (bulk-load.ts). The phases, in order: the world (world.ts), the articles with their sources and
// statements (statements.ts), the world's records with their links (relations.ts), then the indexes,
// the search index and the triggers.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { openSqlite } from '../../db/connection.js'
import { ensureDatasetMeta } from '../../db/dataset-meta.js'
import { applyMigrations } from '../../db/migrate.js'
import { beginBulkLoad, endBulkLoad, rebuildIndexes, rebuildSearchIndex } from './bulk-load.js'
import { ChangeLog } from './change-log.js'
import { prepareInserts } from './inserts.js'
import { Rng } from './random.js'
import { writeRelations } from './relations.js'
import { writeSourcesAndStatements } from './statements.js'
import { buildWorld } from './world.js'
import { storeMissingDocuments, writeTransaction } from '../../services/documents.js'

export interface GenOptions {
  statements: number
  out: string
  seed?: number
  force?: boolean
  /** Counts of the other entities; by default proportional to `statements` (1M → 20k/10k/50k/20k). */
  sources?: number
  actors?: number
  meetings?: number
  agreements?: number
  /** Statements per transaction. */
  batch?: number
  /** Progress and phase timings on stdout. */
  log?: (line: string) => void
}

export interface GenResult {
  file: string
  counts: Record<string, number>
  phases: Record<string, number>
  totalMs: number
  bytes: number
}
export function defaultCounts(statements: number) {
  return {
    sources: Math.max(20, Math.round(statements / 50)),
    actors: Math.max(80, Math.round(statements / 100)),
    meetings: Math.max(20, Math.round(statements / 20)),
    agreements: Math.max(10, Math.round(statements / 50)),
  }
}

export function generateDataset(options: GenOptions): GenResult {
  const log = options.log ?? (() => {})
  const out = path.resolve(options.out)
  if (existsSync(out) && !options.force) throw new Error(`${options.out} exists; pass --force to replace it`)
  const defaults = defaultCounts(options.statements)
  const counts = {
    sources: options.sources ?? defaults.sources,
    actors: options.actors ?? defaults.actors,
    meetings: options.meetings ?? defaults.meetings,
    agreements: options.agreements ?? defaults.agreements,
  }
  const rng = new Rng(options.seed ?? 42)

  const t0 = performance.now()
  const phases: Record<string, number> = {}
  let mark = t0
  const phase = (name: string) => {
    const now = performance.now()
    phases[name] = Math.round(now - mark)
    log(`gen: ${name.padEnd(28)} ${((now - mark) / 1000).toFixed(1).padStart(6)} s`)
    mark = now
  }

  // Build next to the target and move it into place at the end: a failed run leaves no half-file.
  const tmp = `${out}.tmp-${process.pid}`
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true })
  const db = openSqlite(tmp)
  let closed = false
  try {
    applyMigrations(db)
    ensureDatasetMeta(db)
    const load = beginBulkLoad(db)
    phase('migrations')

    const world = buildWorld(rng, counts)
    phase('world (actors, meetings…)')

    const ins = prepareInserts(db)
    const changes = new ChangeLog(ins.change, { sources: counts.sources, actors: world.actors.length, meetings: world.meetings.length, agreements: world.agreements.length })
    const statementRows = writeSourcesAndStatements(db, ins, changes, rng, world, { sources: counts.sources, statements: options.statements, batch: options.batch ?? 50_000, log })
    phase('sources + statements')

    const relationRows = writeRelations(db, ins, changes, world)
    phase('actors, meetings, agreements')

    rebuildIndexes(db, load)
    phase('indexes')

    rebuildSearchIndex(db)
    phase('search index')

    // Built from the finished tables (it reads through their indexes), as the server would.
    writeTransaction(db, () => storeMissingDocuments(db))
    phase('stored documents')

    endBulkLoad(db, load)
    const tableCount = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
    const result: Record<string, number> = {
      sources: counts.sources,
      actors: world.actors.length,
      affiliations: tableCount('affiliations'),
      meetings: world.meetings.length,
      meeting_participants: tableCount('meeting_participants'),
      agreements: world.agreements.length,
      agreement_parties: tableCount('agreement_parties'),
      statements: statementRows.statements,
      statement_speakers: statementRows.speakers,
      statement_about: statementRows.about,
      statement_topics: statementRows.topics,
      citations: statementRows.citations + relationRows.citations,
      changes: tableCount('changes'),
      change_log_mb: Math.round(changes.bytes / 1e6),
    }
    db.close()
    closed = true
    for (const f of [out, `${out}-wal`, `${out}-shm`]) rmSync(f, { force: true })
    renameSync(tmp, out)
    phase('finish (WAL, move)')
    const totalMs = Math.round(performance.now() - t0)
    return { file: out, counts: result, phases, totalMs, bytes: statSync(out).size }
  } catch (error) {
    if (!closed) db.close()
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true })
    throw error
  }
}
