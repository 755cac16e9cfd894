import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/connection.js'
import { actors, affiliations } from '../db/schema.js'
import type { ActorKind } from '../domain/vocabulary.js'
import { fold } from '../domain/text-fold.js'
import type { ActorRecord } from '../domain/records.js'
import { deleteCitations, insertCitations, readCitations } from './citations.js'
import { fromDateColumns, relationMeta, toDateColumns, type RowMeta } from './row-mapping.js'

export function readActorRecord(db: Db, id: string): ActorRecord | undefined {
  const row = db.select().from(actors).where(eq(actors.id, id)).get()
  if (!row) return undefined
  const links = db.select().from(affiliations).where(eq(affiliations.personId, id)).orderBy(asc(affiliations.id)).all()
  return {
    id: row.id,
    kind: row.kind as ActorKind,
    name: row.name,
    aliases: row.aliases,
    country: row.country,
    description: row.description,
    citations: readCitations(db, { actorId: id }),
    affiliations: links.map((a) => ({
      organizationId: a.organizationId,
      role: a.role,
      date: fromDateColumns(a),
      citations: readCitations(db, { affiliationId: a.id }),
    })),
  }
}

export function writeActorRecord(db: Db, r: ActorRecord, meta: RowMeta, replace: boolean): void {
  const values = {
    id: r.id,
    kind: r.kind,
    name: r.name,
    nameKey: fold(r.name),
    aliases: r.aliases,
    country: r.country,
    description: r.description,
    ...meta,
  }
  if (replace) {
    db.update(actors).set(values).where(eq(actors.id, r.id)).run()
    deleteCitations(db, { actorId: r.id })
    db.delete(affiliations).where(eq(affiliations.personId, r.id)).run()
  } else {
    db.insert(actors).values(values).run()
  }
  insertCitations(db, { actorId: r.id }, r.citations, meta.updatedAt)
  for (const a of r.affiliations) {
    const { id } = db
      .insert(affiliations)
      .values({ personId: r.id, organizationId: a.organizationId, role: a.role, ...toDateColumns(a.date), ...relationMeta(meta) })
      .returning({ id: affiliations.id })
      .get()
    insertCitations(db, { affiliationId: id }, a.citations, meta.updatedAt)
  }
}
