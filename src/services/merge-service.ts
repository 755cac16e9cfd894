// Entity resolution after the fact: merging a duplicate into the record that survives. Every
// relation and citation moves to the survivor in one transaction, each touched record is written
// (and logged) like any other change, and the old id redirects to the survivor from then on.
import { isDeepStrictEqual } from 'node:util'
import { toDrizzle, type Sqlite } from '../db/connection.js'
import type { ActorRecord, AgreementRecord, CitationRecord, DisputeRecord, MeetingRecord, StatementRecord } from '../domain/records.js'
import { HttpProblem } from '../domain/errors.js'
import { readActorRecord } from '../repositories/actors.js'
import { readAgreementRecord } from '../repositories/agreements.js'
import { readDisputeRecord } from '../repositories/disputes.js'
import { readMeetingRecord } from '../repositories/meetings.js'
import { readStatementRecord } from '../repositories/statements.js'
import { deleteEntity, upsertEntity, type WriteContext } from './dataset-writer.js'
import { redirectOf } from './write-service.js'
import { writeTransaction } from './documents.js'

export type MergeableType = 'actor' | 'meeting' | 'agreement'

const union = (a: CitationRecord[], b: CitationRecord[]) => [...a, ...b.filter((c) => !a.some((x) => isDeepStrictEqual(x, c)))]
const ids = (db: Sqlite, sql: string, ...params: string[]) => db.prepare(sql).pluck().all(...params) as string[]
const swap = (list: string[], from: string, into: string) => [...new Set(list.map((x) => (x === from ? into : x)))]

/** Relations keyed by an actor, merged so that the survivor appears once with both citation sets. */
function mergeByKey<T extends { citations: CitationRecord[] }>(list: T[], key: (item: T) => string, rename: (item: T) => T): T[] {
  const out = new Map<string, T>()
  for (const item of list.map(rename)) {
    const k = key(item)
    const seen = out.get(k)
    out.set(k, seen ? { ...seen, citations: union(seen.citations, item.citations) } : item)
  }
  return [...out.values()]
}

export function mergeRecords(db: Sqlite, type: MergeableType, from: string, into: string, ctx: WriteContext): void {
  writeTransaction(db, () => {
    db.pragma('defer_foreign_keys = ON')
    const orm = toDrizzle(db)
    const read = { actor: readActorRecord, meeting: readMeetingRecord, agreement: readAgreementRecord }[type] as (o: typeof orm, id: string) => ActorRecord | MeetingRecord | AgreementRecord | undefined
    const source = read(orm, from)
    const target = read(orm, into)
    if (!source) throw new HttpProblem(404, redirectOf(db, type, from) ? `The ${type} "${from}" was already merged into "${redirectOf(db, type, from)}".` : `There is no ${type} with id "${from}".`)
    if (!target) throw new HttpProblem(422, `Cannot merge into "${into}": there is no ${type} with that id.`, { errors: [{ in: 'body', pointer: '/into', message: `refers to ${type} "${into}", which does not exist` }] })
    if (from === into) throw new HttpProblem(422, 'A record cannot be merged into itself.', { errors: [{ in: 'body', pointer: '/into', message: 'must differ from the merged id' }] })
    const write = (t: 'actor' | 'meeting' | 'agreement' | 'statement' | 'dispute', record: never) => upsertEntity(db, t, record, ctx)
    const dispute = (id: string) => readDisputeRecord(orm, id) as DisputeRecord

    if (type === 'actor') {
      const a = source as ActorRecord
      const b = target as ActorRecord
      for (const sid of [...new Set([...ids(db, 'SELECT statement_id FROM statement_speakers WHERE actor_id = ?', from), ...ids(db, 'SELECT statement_id FROM statement_about WHERE actor_id = ?', from)])]) {
        const s = readStatementRecord(orm, sid) as StatementRecord
        write('statement', { ...s, speakers: swap(s.speakers, from, into), about: swap(s.about, from, into) } as never)
      }
      for (const mid of ids(db, 'SELECT meeting_id FROM meeting_participants WHERE actor_id = ?', from)) {
        const m = readMeetingRecord(orm, mid) as MeetingRecord
        write('meeting', { ...m, participants: mergeByKey(m.participants, (p) => p.actorId, (p) => (p.actorId === from ? { ...p, actorId: into } : p)) } as never)
      }
      for (const gid of ids(db, 'SELECT agreement_id FROM agreement_parties WHERE actor_id = ?', from)) {
        const g = readAgreementRecord(orm, gid) as AgreementRecord
        write('agreement', { ...g, parties: mergeByKey(g.parties, (p) => p.actorId, (p) => (p.actorId === from ? { ...p, actorId: into } : p)) } as never)
      }
      for (const pid of ids(db, 'SELECT DISTINCT person_id FROM affiliations WHERE organization_id = ? AND person_id <> ?', from, into).filter((p) => p !== into)) {
        const p = readActorRecord(orm, pid) as ActorRecord
        write('actor', { ...p, affiliations: mergeByKey(p.affiliations, (f) => `${f.organizationId}\0${f.role}`, (f) => (f.organizationId === from ? { ...f, organizationId: into } : f)) } as never)
      }
      for (const did of ids(db, 'SELECT dispute_id FROM dispute_actors WHERE actor_id = ?', from)) write('dispute', { ...dispute(did), actors: swap(dispute(did).actors, from, into) } as never)
      const aliases = [...new Set([...b.aliases, a.name, ...a.aliases])].filter((x) => x !== b.name)
      const affiliations = mergeByKey([...b.affiliations, ...a.affiliations], (f) => `${f.organizationId}\0${f.role}`, (f) => (f.organizationId === from ? { ...f, organizationId: into } : f)).filter((f) => f.organizationId !== into)
      write('actor', { ...b, aliases, citations: union(b.citations, a.citations), affiliations } as never)
    } else if (type === 'meeting') {
      const a = source as MeetingRecord
      const b = target as MeetingRecord
      for (const gid of ids(db, 'SELECT id FROM agreements WHERE meeting_id = ?', from)) write('agreement', { ...(readAgreementRecord(orm, gid) as AgreementRecord), meetingId: into } as never)
      for (const sid of ids(db, 'SELECT id FROM statements WHERE meeting_id = ?', from)) write('statement', { ...(readStatementRecord(orm, sid) as StatementRecord), meetingId: into } as never)
      for (const did of ids(db, 'SELECT id FROM disputes WHERE meeting_id = ?', from)) write('dispute', { ...dispute(did), meetingId: into } as never)
      write('meeting', { ...b, citations: union(b.citations, a.citations), participants: mergeByKey([...b.participants, ...a.participants], (p) => p.actorId, (p) => p) } as never)
    } else {
      const a = source as AgreementRecord
      const b = target as AgreementRecord
      for (const sid of ids(db, 'SELECT id FROM statements WHERE agreement_id = ?', from)) write('statement', { ...(readStatementRecord(orm, sid) as StatementRecord), agreementId: into } as never)
      for (const did of ids(db, 'SELECT id FROM disputes WHERE agreement_id = ?', from)) write('dispute', { ...dispute(did), agreementId: into } as never)
      write('agreement', { ...b, citations: union(b.citations, a.citations), parties: mergeByKey([...b.parties, ...a.parties], (p) => p.actorId, (p) => p), meetingId: b.meetingId ?? a.meetingId } as never)
    }
    deleteEntity(db, type, from, ctx, into)
  })
}
