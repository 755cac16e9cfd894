import { asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import { claimStatements, disputeActors, disputeClaims, disputes, disputeTopics } from '../db/schema.js'
import type { DisputeKind, DisputeStatus, Topic } from '../domain/vocabulary.js'
import type { DisputeRecord } from '../domain/records.js'
import { insertCitations, readCitations } from './citations.js'
import { relationMeta, type RowMeta } from './row-mapping.js'

export function readDisputeRecord(db: Db, id: string): DisputeRecord | undefined {
  const row = db.select().from(disputes).where(eq(disputes.id, id)).get()
  if (!row) return undefined
  const claims = db.select().from(disputeClaims).where(eq(disputeClaims.disputeId, id)).orderBy(asc(disputeClaims.position)).all()
  const actors = db.select().from(disputeActors).where(eq(disputeActors.disputeId, id)).orderBy(asc(disputeActors.position)).all()
  const topics = db.select().from(disputeTopics).where(eq(disputeTopics.disputeId, id)).orderBy(asc(disputeTopics.position)).all()
  return {
    id: row.id,
    question: row.question,
    kind: row.kind as DisputeKind,
    status: row.status as DisputeStatus,
    supersededBy: row.supersededBy,
    note: row.note,
    meetingId: row.meetingId,
    agreementId: row.agreementId,
    actors: actors.map((a) => a.actorId),
    topics: topics.map((t) => t.topic as Topic),
    claims: claims.map((c) => ({
      answer: c.answer,
      note: c.note,
      statements: db.select().from(claimStatements).where(eq(claimStatements.claimId, c.id)).orderBy(asc(claimStatements.position)).all().map((s) => s.statementId),
      citations: readCitations(db, { claimId: c.id }),
    })),
  }
}

export function writeDisputeRecord(db: Db, r: DisputeRecord, meta: RowMeta, replace: boolean): void {
  const values = {
    id: r.id,
    question: r.question,
    kind: r.kind,
    status: r.status,
    supersededBy: r.supersededBy,
    note: r.note,
    meetingId: r.meetingId,
    agreementId: r.agreementId,
    ...meta,
  }
  if (replace) {
    db.update(disputes).set(values).where(eq(disputes.id, r.id)).run()
    // Claims take their statement links and citations with them (ON DELETE CASCADE).
    const old = db.select({ id: disputeClaims.id }).from(disputeClaims).where(eq(disputeClaims.disputeId, r.id)).all().map((c) => c.id)
    if (old.length > 0) db.delete(disputeClaims).where(inArray(disputeClaims.id, old)).run()
    db.delete(disputeActors).where(eq(disputeActors.disputeId, r.id)).run()
    db.delete(disputeTopics).where(eq(disputeTopics.disputeId, r.id)).run()
  } else {
    db.insert(disputes).values(values).run()
  }
  r.actors.forEach((actorId, position) => db.insert(disputeActors).values({ disputeId: r.id, actorId, position }).run())
  r.topics.forEach((topic, position) => db.insert(disputeTopics).values({ disputeId: r.id, topic, position }).run())
  r.claims.forEach((c, position) => {
    const { id } = db
      .insert(disputeClaims)
      .values({ disputeId: r.id, position, answer: c.answer, note: c.note, ...relationMeta(meta) })
      .returning({ id: disputeClaims.id })
      .get()
    c.statements.forEach((statementId, p) => db.insert(claimStatements).values({ claimId: id, statementId, position: p }).run())
    insertCitations(db, { claimId: id }, c.citations, meta.updatedAt)
  })
}
