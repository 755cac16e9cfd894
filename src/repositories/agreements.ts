import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import { agreementParties, agreements } from '../db/schema.js'
import type { AgreementKind, AgreementStatus } from '../domain/vocabulary.js'
import { fold } from '../domain/text-fold.js'
import type { AgreementRecord } from '../domain/records.js'
import { deleteCitations, insertCitations, readCitations } from './citations.js'
import { fromDateColumns, relationMeta, toDateColumns, type RowMeta } from './row-mapping.js'

export function readAgreementRecord(db: Db, id: string): AgreementRecord | undefined {
  const row = db.select().from(agreements).where(eq(agreements.id, id)).get()
  if (!row) return undefined
  const parties = db.select().from(agreementParties).where(eq(agreementParties.agreementId, id)).orderBy(asc(agreementParties.id)).all()
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as AgreementKind,
    status: row.status as AgreementStatus,
    date: fromDateColumns(row),
    summary: row.summary,
    meetingId: row.meetingId,
    citations: readCitations(db, { agreementId: id }),
    parties: parties.map((p) => ({ actorId: p.actorId, citations: readCitations(db, { partyId: p.id }) })),
  }
}

export function writeAgreementRecord(db: Db, r: AgreementRecord, meta: RowMeta, replace: boolean): void {
  const values = {
    id: r.id,
    title: r.title,
    titleKey: fold(r.title),
    kind: r.kind,
    status: r.status,
    ...toDateColumns(r.date),
    summary: r.summary,
    meetingId: r.meetingId,
    ...meta,
  }
  if (replace) {
    db.update(agreements).set(values).where(eq(agreements.id, r.id)).run()
    deleteCitations(db, { agreementId: r.id })
    db.delete(agreementParties).where(eq(agreementParties.agreementId, r.id)).run()
  } else {
    db.insert(agreements).values(values).run()
  }
  insertCitations(db, { agreementId: r.id }, r.citations, meta.updatedAt)
  for (const p of r.parties) {
    const { id } = db
      .insert(agreementParties)
      .values({ agreementId: r.id, actorId: p.actorId, ...relationMeta(meta) })
      .returning({ id: agreementParties.id })
      .get()
    insertCitations(db, { partyId: id }, p.citations, meta.updatedAt)
  }
}
