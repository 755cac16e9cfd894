import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Sqlite } from '../db/connection.js'
import { pendingMigrations } from '../db/migrate.js'
import { verifySpan } from '../domain/citations.js'
import { parseEdtf } from '../domain/edtf.js'
import { sha256 } from './resolve-entities.js'

export interface CheckFailure {
  /** What failed, e.g. `citation 12 (statement ryder-nothing-to-announce)` or `source aa-…`. */
  subject: string
  reason: string
}

interface DatedTable {
  table: string
  label: string
  key: string
  prefix: 'date' | 'published'
}

const DATED: DatedTable[] = [
  { table: 'sources', label: 'source', key: 'id', prefix: 'published' },
  { table: 'affiliations', label: 'affiliation', key: 'id', prefix: 'date' },
  { table: 'meetings', label: 'meeting', key: 'id', prefix: 'date' },
  { table: 'agreements', label: 'agreement', key: 'id', prefix: 'date' },
  { table: 'statements', label: 'statement', key: 'id', prefix: 'date' },
]

// Every one of these must be supported by at least one citation.
const CITED: { table: string; label: string; column: string }[] = [
  { table: 'actors', label: 'actor', column: 'actor_id' },
  { table: 'meetings', label: 'meeting', column: 'meeting_id' },
  { table: 'agreements', label: 'agreement', column: 'agreement_id' },
  { table: 'meeting_participants', label: 'participant', column: 'participant_id' },
  { table: 'agreement_parties', label: 'party', column: 'party_id' },
  { table: 'affiliations', label: 'affiliation', column: 'affiliation_id' },
  { table: 'dispute_claims', label: 'claim', column: 'claim_id' },
]

const SUBJECT_COLUMNS = ['actor_id', 'meeting_id', 'agreement_id', 'statement_id', 'participant_id', 'party_id', 'affiliation_id', 'claim_id']

/**
 * Verifies the whole stored dataset: every citation and statement span against its source text,
 * every source text against its hash (and its seed file), every reference, every date, and the file itself.
 */
export function checkDataset(sqlite: Sqlite, seedDir?: string): CheckFailure[] {
  const failures: CheckFailure[] = []
  const fail = (subject: string, reason: string) => failures.push({ subject, reason })

  const integrity = sqlite.pragma('integrity_check', { simple: true })
  if (integrity !== 'ok') fail('database', `integrity_check: ${String(integrity)}`)
  for (const pending of pendingMigrations(sqlite)) fail('database', `migration ${pending} has not been applied`)
  for (const fk of sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
    fail(`${fk.table} row ${fk.rowid}`, `refers to a missing row of ${fk.parent}`)
  }

  const texts = new Map<string, string>()
  for (const s of sqlite.prepare('SELECT id, text, sha256, seed_file AS seedFile FROM sources').all() as {
    id: string
    text: string
    sha256: string
    seedFile: string | null
  }[]) {
    texts.set(s.id, s.text)
    if (sha256(s.text) !== s.sha256) fail(`source ${s.id}`, 'sha256 does not match the stored text')
    if (s.seedFile && seedDir) {
      const file = path.join(seedDir, 'documents', s.seedFile)
      if (!existsSync(file)) fail(`source ${s.id}`, `seed file seed/documents/${s.seedFile} is missing`)
      else if (readFileSync(file, 'utf8') !== s.text) fail(`source ${s.id}`, `stored text differs from seed/documents/${s.seedFile}`)
    }
  }

  const subjectOf = (row: Record<string, unknown>) => {
    const column = SUBJECT_COLUMNS.find((c) => row[c] !== null)
    return column ? `${column.replace(/_id$/, '')} ${String(row[column])}` : 'no subject'
  }
  for (const c of sqlite.prepare(`SELECT id, source_id, start, "end", quote, ${SUBJECT_COLUMNS.join(', ')} FROM citations`).all() as Record<string, unknown>[]) {
    const subject = `citation ${String(c.id)} (${subjectOf(c)})`
    const text = texts.get(c.source_id as string)
    if (text === undefined) fail(subject, `source "${String(c.source_id)}" does not exist`)
    else {
      const problem = verifySpan(text, { start: c.start as number, end: c.end as number, quote: c.quote as string })
      if (problem) fail(subject, problem)
    }
  }

  for (const s of sqlite.prepare('SELECT id, source_id, text, text_start, text_end FROM statements').all() as {
    id: string
    source_id: string
    text: string
    text_start: number
    text_end: number
  }[]) {
    const text = texts.get(s.source_id)
    if (text === undefined) continue // reported by foreign_key_check
    const problem = verifySpan(text, { start: s.text_start, end: s.text_end, quote: s.text })
    if (problem) fail(`statement ${s.id}`, `text: ${problem}`)
  }

  for (const { table, label, key, prefix } of DATED) {
    const rows = sqlite
      .prepare(`SELECT ${key} AS key, ${prefix} AS edtf, ${prefix}_start AS start, ${prefix}_end AS "end", ${prefix}_basis AS basis, ${prefix}_note AS note FROM ${table}`)
      .all() as { key: string; edtf: string | null; start: string | null; end: string | null; basis: string; note: string | null }[]
    for (const r of rows) {
      const subject = `${label} ${r.key}`
      if (r.edtf === null) {
        if (r.basis !== 'unknown') fail(subject, `${prefix}: basis "${r.basis}" without a date`)
        if (r.start !== null || r.end !== null) fail(subject, `${prefix}: derived bounds without a date`)
        continue
      }
      if (r.basis === 'unknown') fail(subject, `${prefix}: a date with basis "unknown"`)
      if (r.basis === 'inferred' && !r.note) fail(subject, `${prefix}: an inferred date without a note`)
      try {
        const parsed = parseEdtf(r.edtf)
        if (parsed.start !== r.start || parsed.end !== r.end) {
          fail(subject, `${prefix}: stored bounds ${r.start}..${r.end} differ from ${parsed.start}..${parsed.end} derived from "${r.edtf}"`)
        }
      } catch (error) {
        fail(subject, `${prefix}: ${(error as Error).message}`)
      }
    }
  }

  for (const { table, label, column } of CITED) {
    const uncited = sqlite
      .prepare(`SELECT t.id FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.${column} = t.id)`)
      .all() as { id: string | number }[]
    for (const u of uncited) fail(`${label} ${u.id}`, 'has no citation')
  }

  // A dispute is a disagreement: two or more answers, each given by at least one statement.
  for (const d of sqlite.prepare('SELECT d.id, (SELECT count(*) FROM dispute_claims c WHERE c.dispute_id = d.id) AS claims FROM disputes d').all() as { id: string; claims: number }[]) {
    if (d.claims < 2) fail(`dispute ${d.id}`, `has ${d.claims} claim(s); a dispute needs at least two`)
  }
  for (const c of sqlite.prepare('SELECT c.id, c.dispute_id FROM dispute_claims c WHERE NOT EXISTS (SELECT 1 FROM claim_statements s WHERE s.claim_id = c.id)').all() as { id: number; dispute_id: string }[]) {
    fail(`claim ${c.id} (dispute ${c.dispute_id})`, 'has no statement giving it')
  }

  return failures
}
