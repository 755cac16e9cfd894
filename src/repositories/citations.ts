import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import { citations } from '../db/schema.js'
import type { CitationRecord } from '../domain/records.js'

/** The one column of `citations` that names what a citation supports. */
export type CitationSubject =
  | { actorId: string }
  | { meetingId: string }
  | { agreementId: string }
  | { statementId: string }
  | { participantId: number }
  | { partyId: number }
  | { affiliationId: number }
  | { claimId: number }

const subjectColumn = (subject: CitationSubject) => {
  const [key, value] = Object.entries(subject)[0] as [keyof CitationSubject & keyof typeof citations.$inferSelect, string | number]
  return { column: citations[key as 'actorId'], value }
}

export function insertCitations(db: Db, subject: CitationSubject, list: CitationRecord[], now: string): void {
  // Citations are relation rows: created with their subject's updated_at, version 1.
  list.forEach((c, position) => {
    db.insert(citations)
      .values({ ...subject, sourceId: c.sourceId, start: c.start, end: c.end, quote: c.quote, position, createdAt: now, updatedAt: now })
      .run()
  })
}

export function readCitations(db: Db, subject: CitationSubject): CitationRecord[] {
  const { column, value } = subjectColumn(subject)
  return db
    .select({ sourceId: citations.sourceId, start: citations.start, end: citations.end, quote: citations.quote })
    .from(citations)
    .where(eq(column, value as string))
    .orderBy(asc(citations.position), asc(citations.id))
    .all()
}

export function deleteCitations(db: Db, subject: CitationSubject): void {
  const { column, value } = subjectColumn(subject)
  db.delete(citations).where(eq(column, value as string)).run()
}
