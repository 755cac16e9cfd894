// Actors (with their affiliations), meetings (with their participants) and agreements (with their
// parties), written after the articles have given them and their links their citations.
import type { Sqlite } from '../../db/connection.js'
import { fold } from '../../domain/text-fold.js'
import type { ChangeLog } from './change-log.js'
import type { Inserts } from './inserts.js'
import type { Cit, World } from './world.js'

// The subject columns of a citations row, in INSERT order: the one a citation belongs to is set.
const SUBJECT = { actor: 0, meeting: 1, agreement: 2, statement: 3, participant: 4, party: 5, affiliation: 6 } as const

/** Writes the world's records and their links; returns how many citation rows that took. */
export function writeRelations(db: Sqlite, ins: Inserts, changes: ChangeLog, world: World): { citations: number } {
  let citationRows = 0
  const insertCitations = (list: Cit[], subject: keyof typeof SUBJECT, id: string | number, now: string) =>
    list.forEach((ct, pos) => {
      const subjects: (string | number | null)[] = [null, null, null, null, null, null, null]
      subjects[SUBJECT[subject]] = id
      ins.citation.run(ct.source_id, ct.start, ct.end, ct.quote, pos, ...subjects, now, now)
      citationRows++
    })

  db.exec('BEGIN')
  world.actors.forEach((a, i) => {
    const seq = changes.seq('actor', i + 1)
    const now = changes.at(seq)
    ins.actor.run(a.id, a.kind, a.name, fold(a.name), JSON.stringify(a.aliases), a.country, a.description, now, now)
    insertCitations(a.citations, 'actor', a.id, now)
    for (const f of a.affiliations) {
      ins.affiliation.run(f.rowId, a.id, f.organization.id, f.role, f.date.edtf, f.date.start, f.date.end, f.date.basis, f.date.note, now, now)
      insertCitations(f.citations, 'affiliation', f.rowId, now)
    }
    changes.upsert(seq, 'actor', a.id, {
      id: a.id,
      kind: a.kind,
      name: a.name,
      aliases: a.aliases,
      country: a.country,
      description: a.description,
      citations: a.citations,
      affiliations: a.affiliations.map((f) => ({ organization_id: f.organization.id, role: f.role, date: f.date, citations: f.citations })),
    })
  })
  world.meetings.forEach((m, i) => {
    const seq = changes.seq('meeting', i + 1)
    const now = changes.at(seq)
    ins.meeting.run(m.id, m.title, fold(m.title), m.kind, m.date.edtf, m.date.start, m.date.end, m.date.basis, m.date.note, m.location, m.description, now, now)
    insertCitations(m.citations, 'meeting', m.id, now)
    for (const p of m.participants) {
      ins.participant.run(p.rowId, m.id, p.actor.id, p.role, now, now)
      insertCitations(p.citations, 'participant', p.rowId, now)
    }
    changes.upsert(seq, 'meeting', m.id, {
      id: m.id,
      title: m.title,
      kind: m.kind,
      date: m.date,
      location: m.location,
      description: m.description,
      citations: m.citations,
      participants: m.participants.map((p) => ({ actor_id: p.actor.id, role: p.role, citations: p.citations })),
    })
  })
  world.agreements.forEach((g, i) => {
    const seq = changes.seq('agreement', i + 1)
    const now = changes.at(seq)
    ins.agreement.run(g.id, g.title, fold(g.title), g.kind, g.status, g.date.edtf, g.date.start, g.date.end, g.date.basis, g.date.note, g.summary, g.meeting?.id ?? null, now, now)
    insertCitations(g.citations, 'agreement', g.id, now)
    for (const p of g.parties) {
      ins.party.run(p.rowId, g.id, p.actor.id, now, now)
      insertCitations(p.citations, 'party', p.rowId, now)
    }
    changes.upsert(seq, 'agreement', g.id, {
      id: g.id,
      title: g.title,
      kind: g.kind,
      status: g.status,
      date: g.date,
      summary: g.summary,
      meeting_id: g.meeting?.id ?? null,
      citations: g.citations,
      parties: g.parties.map((p) => ({ actor_id: p.actor.id, citations: p.citations })),
    })
  })
  db.exec('COMMIT')
  return { citations: citationRows }
}
