import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import { meetingParticipants, meetings } from '../db/schema.js'
import type { MeetingKind, ParticipantRole } from '../domain/vocabulary.js'
import { fold } from '../domain/text-fold.js'
import type { MeetingRecord } from '../domain/records.js'
import { deleteCitations, insertCitations, readCitations } from './citations.js'
import { fromDateColumns, relationMeta, toDateColumns, type RowMeta } from './row-mapping.js'

export function readMeetingRecord(db: Db, id: string): MeetingRecord | undefined {
  const row = db.select().from(meetings).where(eq(meetings.id, id)).get()
  if (!row) return undefined
  const participants = db
    .select()
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, id))
    .orderBy(asc(meetingParticipants.id))
    .all()
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as MeetingKind,
    date: fromDateColumns(row),
    location: row.location,
    description: row.description,
    citations: readCitations(db, { meetingId: id }),
    participants: participants.map((p) => ({
      actorId: p.actorId,
      role: p.role as ParticipantRole,
      citations: readCitations(db, { participantId: p.id }),
    })),
  }
}

export function writeMeetingRecord(db: Db, r: MeetingRecord, meta: RowMeta, replace: boolean): void {
  const values = {
    id: r.id,
    title: r.title,
    titleKey: fold(r.title),
    kind: r.kind,
    ...toDateColumns(r.date),
    location: r.location,
    description: r.description,
    ...meta,
  }
  if (replace) {
    db.update(meetings).set(values).where(eq(meetings.id, r.id)).run()
    deleteCitations(db, { meetingId: r.id })
    db.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, r.id)).run()
  } else {
    db.insert(meetings).values(values).run()
  }
  insertCitations(db, { meetingId: r.id }, r.citations, meta.updatedAt)
  for (const p of r.participants) {
    const { id } = db
      .insert(meetingParticipants)
      .values({ meetingId: r.id, actorId: p.actorId, role: p.role, ...relationMeta(meta) })
      .returning({ id: meetingParticipants.id })
      .get()
    insertCitations(db, { participantId: id }, p.citations, meta.updatedAt)
  }
}
