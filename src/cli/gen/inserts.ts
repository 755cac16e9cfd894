// The prepared INSERTs gen writes every row with (directly, not through upsertEntity, which reads
// back every record).
import type BetterSqlite3 from 'better-sqlite3'
import type { Sqlite } from '../../db/connection.js'

const INSERT_SQL = {
  source: `INSERT INTO sources (id, title, publisher, author, url, language, published, published_start, published_end, published_basis, published_note, notes, text, sha256, seed_file, created_at, updated_at, version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)`,
  actor: `INSERT INTO actors (id, kind, name, name_key, aliases, country, description, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  affiliation: `INSERT INTO affiliations (id, person_id, organization_id, role, date, date_start, date_end, date_basis, date_note, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  meeting: `INSERT INTO meetings (id, title, title_key, kind, date, date_start, date_end, date_basis, date_note, location, description, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  participant: `INSERT INTO meeting_participants (id, meeting_id, actor_id, role, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)`,
  agreement: `INSERT INTO agreements (id, title, title_key, kind, status, date, date_start, date_end, date_basis, date_note, summary, meeting_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  party: `INSERT INTO agreement_parties (id, agreement_id, actor_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 1)`,
  statement: `INSERT INTO statements (id, kind, text, source_id, text_start, text_end, date, date_start, date_end, date_basis, date_note, meeting_id, agreement_id, created_at, updated_at, version)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  speaker: `INSERT INTO statement_speakers (statement_id, actor_id, position) VALUES (?, ?, ?)`,
  about: `INSERT INTO statement_about (statement_id, actor_id, position) VALUES (?, ?, ?)`,
  topic: `INSERT INTO statement_topics (statement_id, topic, position) VALUES (?, ?, ?)`,
  citation: `INSERT INTO citations (source_id, start, "end", quote, position, actor_id, meeting_id, agreement_id, statement_id, participant_id, party_id, affiliation_id, created_at, updated_at, version)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  change: `INSERT INTO changes (seq, entity_type, entity_id, op, version, changed_at, data, author) VALUES (?, ?, ?, 'upsert', 1, ?, ?, 'gen')`,
} as const

export type Inserts = { [K in keyof typeof INSERT_SQL]: BetterSqlite3.Statement<unknown[]> }

export const prepareInserts = (db: Sqlite): Inserts =>
  Object.fromEntries(Object.entries(INSERT_SQL).map(([k, sql]) => [k, db.prepare<unknown[]>(sql)])) as Inserts
