// The stored JSON documents (columns `document` and `document_etag` of each entity table) and the
// queries that say which documents embed a given record.
import type { Sqlite } from '../db/connection.js'
import type { EntityType } from '../domain/vocabulary.js'

export type DocumentKey = readonly [EntityType, string]

// For each type: the records whose documents embed (a reference to) a record of that type, given its
// id as every `?`. Sources embed counts of the statements and citations that point into them, so a
// record's citations make their sources dependents too.
const citedSources = (where: string) => `SELECT 'source', source_id FROM citations WHERE ${where}`
// Disputes embed their claims' statements (with speakers and source), and statements, meetings and
// agreements list the disputes they take part in, so both directions are dependents.
const claimStatementsWhere = (where: string) =>
  `SELECT 'dispute', c.dispute_id FROM claim_statements cs JOIN dispute_claims c ON c.id = cs.claim_id WHERE cs.statement_id IN (${where})`
const DEPENDENTS: Record<EntityType, string> = {
  source: [`SELECT 'statement', id FROM statements WHERE source_id = @id`, claimStatementsWhere(`SELECT id FROM statements WHERE source_id = @id`)].join(' UNION '),
  actor: [
    `SELECT 'statement', statement_id FROM statement_speakers WHERE actor_id = @id`,
    `SELECT 'statement', statement_id FROM statement_about WHERE actor_id = @id`,
    `SELECT 'meeting', meeting_id FROM meeting_participants WHERE actor_id = @id`,
    `SELECT 'agreement', agreement_id FROM agreement_parties WHERE actor_id = @id`,
    `SELECT 'actor', organization_id FROM affiliations WHERE person_id = @id`,
    `SELECT 'actor', person_id FROM affiliations WHERE organization_id = @id`,
    `SELECT 'dispute', dispute_id FROM dispute_actors WHERE actor_id = @id`,
    claimStatementsWhere(`SELECT statement_id FROM statement_speakers WHERE actor_id = @id`),
    citedSources(`actor_id = @id OR affiliation_id IN (SELECT id FROM affiliations WHERE person_id = @id)`),
  ].join(' UNION '),
  meeting: [
    `SELECT 'statement', id FROM statements WHERE meeting_id = @id`,
    `SELECT 'agreement', id FROM agreements WHERE meeting_id = @id`,
    `SELECT 'dispute', id FROM disputes WHERE meeting_id = @id`,
    citedSources(`meeting_id = @id OR participant_id IN (SELECT id FROM meeting_participants WHERE meeting_id = @id)`),
  ].join(' UNION '),
  agreement: [
    `SELECT 'statement', id FROM statements WHERE agreement_id = @id`,
    `SELECT 'meeting', meeting_id FROM agreements WHERE id = @id AND meeting_id IS NOT NULL`,
    `SELECT 'dispute', id FROM disputes WHERE agreement_id = @id`,
    citedSources(`agreement_id = @id OR party_id IN (SELECT id FROM agreement_parties WHERE agreement_id = @id)`),
  ].join(' UNION '),
  statement: [
    `SELECT 'source', source_id FROM statements WHERE id = @id`,
    citedSources(`statement_id = @id`),
    claimStatementsWhere(`@id`),
    `SELECT 'dispute', id FROM disputes WHERE superseded_by = @id`,
  ].join(' UNION '),
  dispute: [
    `SELECT 'statement', cs.statement_id FROM claim_statements cs JOIN dispute_claims c ON c.id = cs.claim_id WHERE c.dispute_id = @id`,
    `SELECT 'statement', superseded_by FROM disputes WHERE id = @id AND superseded_by IS NOT NULL`,
    `SELECT 'meeting', meeting_id FROM disputes WHERE id = @id AND meeting_id IS NOT NULL`,
    `SELECT 'agreement', agreement_id FROM disputes WHERE id = @id AND agreement_id IS NOT NULL`,
    citedSources(`claim_id IN (SELECT id FROM dispute_claims WHERE dispute_id = @id)`),
  ].join(' UNION '),
}

/** The records whose documents embed this one, as the tables are now. */
export function dependentsOf(db: Sqlite, type: EntityType, id: string): DocumentKey[] {
  return db.prepare(DEPENDENTS[type]).raw().all({ id }) as unknown as DocumentKey[]
}

export interface StoredDocument {
  id: string
  document: string | null
  etag: string | null
}

/** Stored documents by id (ids without a row are absent). */
export function readDocuments(db: Sqlite, table: string, ids: readonly string[]): Map<string, StoredDocument> {
  const rows = db
    .prepare(`SELECT id, document, document_etag AS etag FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as StoredDocument[]
  return new Map(rows.map((r) => [r.id, r]))
}

/** The stored documents of these rows, in the order of `ids` (ids without a row are skipped). */
export function documentsInOrder(db: Sqlite, table: string, ids: readonly string[]): { id: string; document: string; etag: string }[] {
  const stored = readDocuments(db, table, ids)
  return ids.flatMap((id) => {
    const row = stored.get(id)
    if (!row) return []
    return [{ id, document: mustHave(table, row.document, id), etag: mustHave(table, row.etag, id) }]
  })
}

/** A stored document's column, which every row written by this service has. */
export function mustHave(table: string, value: string | null, id: string): string {
  if (value === null) throw new Error(`${table} ${id} has no stored document`)
  return value
}

export function readDocument(db: Sqlite, table: string, id: string): (StoredDocument & { updated_at: string }) | undefined {
  return db.prepare(`SELECT id, document, document_etag AS etag, updated_at FROM ${table} WHERE id = ?`).get(id) as (StoredDocument & { updated_at: string }) | undefined
}

export function writeDocument(db: Sqlite, table: string, id: string, document: string, etag: string): void {
  db.prepare(`UPDATE ${table} SET document = ?, document_etag = ? WHERE id = ?`).run(document, etag, id)
}

/** Ids after `after`, in order, of rows whose document is missing (after a migration, or bulk loads). */
export function idsWithoutDocument(db: Sqlite, table: string, after: string, limit: number): string[] {
  return db.prepare(`SELECT id FROM ${table} WHERE id > ? AND document IS NULL ORDER BY id LIMIT ?`).pluck().all(after, limit) as string[]
}
