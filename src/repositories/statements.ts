import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import { statementAbout, statementSpeakers, statementTopics, statements } from '../db/schema.js'
import type { StatementKind, Topic } from '../domain/vocabulary.js'
import type { StatementRecord } from '../domain/records.js'
import { deleteCitations, insertCitations, readCitations } from './citations.js'
import { fromDateColumns, toDateColumns, type RowMeta } from './row-mapping.js'

export function readStatementRecord(db: Db, id: string): StatementRecord | undefined {
  const row = db.select().from(statements).where(eq(statements.id, id)).get()
  if (!row) return undefined
  const speakers = db.select().from(statementSpeakers).where(eq(statementSpeakers.statementId, id)).orderBy(asc(statementSpeakers.position)).all()
  const about = db.select().from(statementAbout).where(eq(statementAbout.statementId, id)).orderBy(asc(statementAbout.position)).all()
  const topics = db.select().from(statementTopics).where(eq(statementTopics.statementId, id)).orderBy(asc(statementTopics.position)).all()
  return {
    id: row.id,
    kind: row.kind as StatementKind,
    sourceId: row.sourceId,
    text: row.text,
    textStart: row.textStart,
    textEnd: row.textEnd,
    date: fromDateColumns(row),
    meetingId: row.meetingId,
    agreementId: row.agreementId,
    speakers: speakers.map((s) => s.actorId),
    about: about.map((a) => a.actorId),
    topics: topics.map((t) => t.topic as Topic),
    citations: readCitations(db, { statementId: id }),
  }
}

export function writeStatementRecord(db: Db, r: StatementRecord, meta: RowMeta, replace: boolean): void {
  const values = {
    id: r.id,
    kind: r.kind,
    text: r.text,
    sourceId: r.sourceId,
    textStart: r.textStart,
    textEnd: r.textEnd,
    ...toDateColumns(r.date),
    meetingId: r.meetingId,
    agreementId: r.agreementId,
    ...meta,
  }
  if (replace) {
    db.update(statements).set(values).where(eq(statements.id, r.id)).run()
    deleteCitations(db, { statementId: r.id })
    db.delete(statementSpeakers).where(eq(statementSpeakers.statementId, r.id)).run()
    db.delete(statementAbout).where(eq(statementAbout.statementId, r.id)).run()
    db.delete(statementTopics).where(eq(statementTopics.statementId, r.id)).run()
  } else {
    db.insert(statements).values(values).run()
  }
  r.speakers.forEach((actorId, position) => db.insert(statementSpeakers).values({ statementId: r.id, actorId, position }).run())
  r.about.forEach((actorId, position) => db.insert(statementAbout).values({ statementId: r.id, actorId, position }).run())
  r.topics.forEach((topic, position) => db.insert(statementTopics).values({ statementId: r.id, topic, position }).run())
  insertCitations(db, { statementId: r.id }, r.citations, meta.updatedAt)
}
