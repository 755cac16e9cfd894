// The write API's logic: create, patch (JSON Merge Patch), delete and merge, each in one
// transaction with its change-log entries, refusing anything unverifiable.
import { z } from 'zod'
import type { Sqlite } from '../db/connection.js'
import type { ActorRecord, AgreementRecord, CitationRecord, DateRecord, DisputeRecord, MeetingRecord, SourceRecord, StatementRecord } from '../domain/records.js'
import type { EntityType } from '../domain/vocabulary.js'
import { fold } from '../domain/text-fold.js'
import { SourceText } from '../domain/citations.js'
import { HttpProblem } from '../domain/errors.js'
import { ActorCreate, AgreementCreate, DisputeCreate, MeetingCreate, SourceCreate, StatementCreate } from '../schemas/write-bodies.js'
import { deleteEntity, STORES, upsertEntity, type AnyRecord, type WriteContext } from './dataset-writer.js'
import { assertCitationLimits, jsonPointer, resolveActor, resolveAgreement, resolveDispute, resolveMeeting, resolveStatement, toSourceRecord, type ResolveContext, type ResolveProblem } from './resolve-entities.js'
import { toDrizzle } from '../db/connection.js'
import { writeTransaction } from './documents.js'

export const CREATE_SCHEMAS = {
  source: SourceCreate,
  actor: ActorCreate,
  meeting: MeetingCreate,
  agreement: AgreementCreate,
  statement: StatementCreate,
  dispute: DisputeCreate,
} as const

const TABLE: Record<EntityType, string> = { source: 'sources', actor: 'actors', meeting: 'meetings', agreement: 'agreements', statement: 'statements', dispute: 'disputes' }

const exists = (db: Sqlite, type: EntityType, id: string) => db.prepare(`SELECT 1 FROM ${TABLE[type]} WHERE id = ?`).get(id) !== undefined

export const dbContext = (db: Sqlite): ResolveContext => ({
  sourceText: (id) => (db.prepare('SELECT text FROM sources WHERE id = ?').get(id) as { text: string } | undefined)?.text,
  exists: (type, id) => exists(db, type, id),
})

export function redirectOf(db: Sqlite, type: EntityType, id: string): string | undefined {
  return (db.prepare('SELECT to_id FROM redirects WHERE entity_type = ? AND from_id = ?').get(type, id) as { to_id: string } | undefined)?.to_id
}

export function unprocessable(problems: ResolveProblem[], prefix: (string | number)[] = []): HttpProblem {
  const errors = problems.map((p) => ({ in: 'body' as const, pointer: jsonPointer([...prefix, ...p.path]), message: p.reason }))
  return new HttpProblem(422, `The record cannot be verified. ${errors.map((e) => `${e.pointer || '/'}: ${e.message}`).join('; ')}`, { errors })
}

function schemaProblems(error: z.ZodError): ResolveProblem[] {
  return error.issues.map((i) => ({ path: i.path as (string | number)[], reason: i.message, kind: 'invalid' as const }))
}

const slugify = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'record'

function newId(db: Sqlite, type: EntityType, base: string): string {
  const slug = slugify(base)
  for (let n = 1; ; n++) {
    const id = n === 1 ? slug : `${slug}-${n}`
    if (!exists(db, type, id) && !redirectOf(db, type, id)) return id
  }
}

const nameOf = (type: EntityType, body: Record<string, unknown>) =>
  String(type === 'actor' ? body.name : type === 'dispute' ? body.question : type === 'statement' ? `${(body.speakers as string[])[0] ?? 'statement'} ${String(body.text).split(/\s+/).slice(0, 6).join(' ')}` : (body.title ?? body.publisher ?? 'source'))

/** Resolves a validated create body into the record to store, or throws a 422. */
function toRecord(db: Sqlite, type: EntityType, body: Record<string, unknown> & { id: string }): AnyRecord {
  assertCitationLimits(body)
  const ctx = dbContext(db)
  if (type === 'source') {
    const s = body as unknown as z.infer<typeof SourceCreate> & { id: string }
    return toSourceRecord(s, s.text, null)
  }
  const resolved =
    type === 'actor'
      ? resolveActor(body as never, ctx)
      : type === 'meeting'
        ? resolveMeeting(body as never, ctx)
        : type === 'agreement'
          ? resolveAgreement(body as never, ctx)
          : type === 'dispute'
            ? resolveDispute(body as never, ctx)
            : resolveStatement(body as never, ctx)
  if (resolved.problems.length > 0) throw unprocessable(resolved.problems)
  return resolved.record
}

function assertTextIsNew(db: Sqlite, record: SourceRecord) {
  const twin = db.prepare('SELECT id FROM sources WHERE sha256 = ? AND id <> ?').get(record.sha256, record.id) as { id: string } | undefined
  if (twin) {
    throw new HttpProblem(409, `This text is already the source "${twin.id}".`, { members: { existing: `/v1/sources/${twin.id}` } })
  }
}

export function createRecord(db: Sqlite, type: EntityType, input: Record<string, unknown>, ctx: WriteContext): string {
  return writeTransaction(db, () => {
    db.pragma('defer_foreign_keys = ON')
    const id = typeof input.id === 'string' ? input.id : newId(db, type, nameOf(type, input))
    if (exists(db, type, id)) throw new HttpProblem(409, `There is already a ${type} with id "${id}".`, { members: { existing: `/v1/${TABLE[type]}/${id}` } })
    const merged = redirectOf(db, type, id)
    if (merged) throw new HttpProblem(409, `The id "${id}" was retired when it was merged into "${merged}".`, { members: { existing: `/v1/${TABLE[type]}/${merged}` } })
    const record = toRecord(db, type, { ...input, id })
    if (type === 'source') assertTextIsNew(db, record as SourceRecord)
    upsertEntity(db, type, record, ctx)
    return id
  })
}

// ---- the create form of a stored record, for JSON Merge Patch ---------------------------------

const dateInput = (d: DateRecord) => ({ edtf: d.edtf, basis: d.basis, ...(d.note ? { note: d.note } : {}) })
const citationInputs = (list: CitationRecord[]) => list.map((c) => ({ source_id: c.sourceId, start: c.start, end: c.end }))
const optional = (key: string, value: string | null | undefined) => (value === null || value === undefined ? {} : { [key]: value })
const optionalNumber = (key: string, value: number | undefined) => (value === undefined ? {} : { [key]: value })

export function recordToInput(db: Sqlite, type: EntityType, record: AnyRecord): Record<string, unknown> {
  switch (type) {
    case 'source': {
      const s = record as SourceRecord
      return { id: s.id, title: s.title, publisher: s.publisher, ...optional('author', s.author), ...optional('url', s.url), language: s.language, published: dateInput(s.published), ...optional('notes', s.notes), text: s.text }
    }
    case 'actor': {
      const a = record as ActorRecord
      return {
        id: a.id, kind: a.kind, name: a.name, aliases: a.aliases, ...optional('country', a.country), ...optional('description', a.description),
        citations: citationInputs(a.citations),
        affiliations: a.affiliations.map((f) => ({ organization_id: f.organizationId, role: f.role, date: dateInput(f.date), citations: citationInputs(f.citations) })),
      }
    }
    case 'meeting': {
      const m = record as MeetingRecord
      return {
        id: m.id, title: m.title, kind: m.kind, date: dateInput(m.date), ...optional('location', m.location), ...optional('description', m.description),
        citations: citationInputs(m.citations),
        participants: m.participants.map((p) => ({ actor_id: p.actorId, role: p.role, citations: citationInputs(p.citations) })),
      }
    }
    case 'agreement': {
      const g = record as AgreementRecord
      return {
        id: g.id, title: g.title, kind: g.kind, status: g.status, date: dateInput(g.date), ...optional('summary', g.summary), ...optional('meeting_id', g.meetingId),
        citations: citationInputs(g.citations),
        parties: g.parties.map((p) => ({ actor_id: p.actorId, citations: citationInputs(p.citations) })),
      }
    }
    case 'statement': {
      const s = record as StatementRecord
      return {
        id: s.id, kind: s.kind, source_id: s.sourceId, text: s.text, ...optionalNumber('occurrence', occurrenceOf(db, s)), speakers: s.speakers, date: dateInput(s.date),
        ...optional('meeting_id', s.meetingId), ...optional('agreement_id', s.agreementId), about: s.about, topics: s.topics, citations: citationInputs(s.citations),
      }
    }
    case 'dispute': {
      const d = record as DisputeRecord
      return {
        id: d.id, question: d.question, kind: d.kind, status: d.status, ...optional('superseded_by', d.supersededBy), ...optional('note', d.note), actors: d.actors,
        ...optional('meeting_id', d.meetingId), ...optional('agreement_id', d.agreementId), topics: d.topics,
        claims: d.claims.map((c) => ({ answer: c.answer, statements: c.statements, citations: citationInputs(c.citations), ...optional('note', c.note) })),
      }
    }
  }
}

/** A statement stores its span; its create form names the occurrence when the words repeat. */
function occurrenceOf(db: Sqlite, s: StatementRecord): number | undefined {
  const starts = new SourceText(dbContext(db).sourceText(s.sourceId) ?? '').occurrences(s.text)
  if (starts.length <= 1) return undefined // the words occur once
  const index = starts.indexOf(s.textStart)
  return index === -1 ? undefined : index + 1
}

const MAX_PATCH_DEPTH = 32

/** RFC 7396. A patch nested deeper than any record could be is refused rather than recursed into. */
export function applyMergePatch(target: unknown, patch: unknown, depth = 0): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch
  if (depth >= MAX_PATCH_DEPTH) throw unprocessable([{ path: [], reason: `the patch is nested more than ${MAX_PATCH_DEPTH} levels deep`, kind: 'invalid' }])
  const result: Record<string, unknown> = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = applyMergePatch(result[key], value, depth + 1)
  }
  return result
}

export interface Precondition {
  ifMatch: string | undefined
  currentEtag: () => string
}

function checkPrecondition(type: EntityType, id: string, pre: Precondition) {
  if (pre.ifMatch === undefined) throw new HttpProblem(428, `Send If-Match with the ETag of the current ${type} (from GET /v1/${TABLE[type]}/${id}), so that no one's change is overwritten unseen.`)
  const tags = pre.ifMatch.split(',').map((t) => t.trim())
  if (!tags.includes('*') && !tags.includes(pre.currentEtag())) {
    throw new HttpProblem(412, `The ${type} "${id}" has changed since that ETag was issued: GET it again and reapply the change.`)
  }
}

function readOrFail(db: Sqlite, type: EntityType, id: string): AnyRecord {
  const record = (STORES[type].read as (d: ReturnType<typeof toDrizzle>, id: string) => AnyRecord | undefined)(toDrizzle(db), id)
  if (record) return record
  const merged = redirectOf(db, type, id)
  throw new HttpProblem(404, merged ? `The ${type} "${id}" was merged into "${merged}"; write to that one.` : `There is no ${type} with id "${id}".`)
}

export function patchRecord(db: Sqlite, type: EntityType, id: string, patch: Record<string, unknown>, pre: Precondition, ctx: WriteContext): void {
  writeTransaction(db, () => {
    db.pragma('defer_foreign_keys = ON')
    const current = readOrFail(db, type, id)
    checkPrecondition(type, id, pre)
    if ('id' in patch && patch.id !== id) throw unprocessable([{ path: ['id'], reason: 'an id never changes; merge records instead', kind: 'invalid' }])
    const input = applyMergePatch(recordToInput(db, type, current), patch)
    const parsed = CREATE_SCHEMAS[type].safeParse(input)
    if (!parsed.success) throw unprocessable(schemaProblems(parsed.error))
    const record = toRecord(db, type, { ...(parsed.data as Record<string, unknown>), id })
    if (type === 'source') {
      const before = current as SourceRecord
      const after = record as SourceRecord
      if (after.sha256 !== before.sha256) {
        const cited = referrersOf(db, 'source', id)
        if (cited.length > 0) throw new HttpProblem(409, `The text of "${id}" cannot change: ${cited.length} record(s) cite it.`, { members: { referrers: cited } })
        assertTextIsNew(db, after)
      }
      after.seedFile = before.seedFile
    }
    upsertEntity(db, type, record, ctx)
  })
}

/** The records that refer to this one (and would block its deletion). */
export function referrersOf(db: Sqlite, type: EntityType, id: string): { type: EntityType; id: string }[] {
  const q = (sql: string, t: EntityType) => (db.prepare(sql).pluck().all(id) as string[]).map((ref) => ({ type: t, id: ref }))
  const uniqueRefs = (refs: { type: EntityType; id: string }[]) => [...new Map(refs.map((r) => [`${r.type}:${r.id}`, r])).values()]
  switch (type) {
    case 'source':
      return uniqueRefs([
        ...q('SELECT id FROM statements WHERE source_id = ?', 'statement'),
        ...q(`SELECT coalesce(c.actor_id, a.person_id) FROM citations c LEFT JOIN affiliations a ON a.id = c.affiliation_id WHERE c.source_id = ? AND coalesce(c.actor_id, a.person_id) IS NOT NULL`, 'actor'),
        ...q(`SELECT coalesce(c.meeting_id, p.meeting_id) FROM citations c LEFT JOIN meeting_participants p ON p.id = c.participant_id WHERE c.source_id = ? AND coalesce(c.meeting_id, p.meeting_id) IS NOT NULL`, 'meeting'),
        ...q(`SELECT coalesce(c.agreement_id, p.agreement_id) FROM citations c LEFT JOIN agreement_parties p ON p.id = c.party_id WHERE c.source_id = ? AND coalesce(c.agreement_id, p.agreement_id) IS NOT NULL`, 'agreement'),
        ...q('SELECT statement_id FROM citations WHERE source_id = ? AND statement_id IS NOT NULL', 'statement'),
        ...q('SELECT c.dispute_id FROM citations x JOIN dispute_claims c ON c.id = x.claim_id WHERE x.source_id = ?', 'dispute'),
      ])
    case 'actor':
      return uniqueRefs([
        ...q('SELECT statement_id FROM statement_speakers WHERE actor_id = ?', 'statement'),
        ...q('SELECT statement_id FROM statement_about WHERE actor_id = ?', 'statement'),
        ...q('SELECT meeting_id FROM meeting_participants WHERE actor_id = ?', 'meeting'),
        ...q('SELECT agreement_id FROM agreement_parties WHERE actor_id = ?', 'agreement'),
        ...q('SELECT person_id FROM affiliations WHERE organization_id = ?', 'actor'),
        ...q('SELECT dispute_id FROM dispute_actors WHERE actor_id = ?', 'dispute'),
      ])
    case 'meeting':
      return uniqueRefs([
        ...q('SELECT id FROM agreements WHERE meeting_id = ?', 'agreement'),
        ...q('SELECT id FROM statements WHERE meeting_id = ?', 'statement'),
        ...q('SELECT id FROM disputes WHERE meeting_id = ?', 'dispute'),
      ])
    case 'agreement':
      return uniqueRefs([...q('SELECT id FROM statements WHERE agreement_id = ?', 'statement'), ...q('SELECT id FROM disputes WHERE agreement_id = ?', 'dispute')])
    case 'statement':
      return uniqueRefs([
        ...q('SELECT c.dispute_id FROM claim_statements cs JOIN dispute_claims c ON c.id = cs.claim_id WHERE cs.statement_id = ?', 'dispute'),
        ...q('SELECT id FROM disputes WHERE superseded_by = ?', 'dispute'),
      ])
    case 'dispute':
      return []
  }
}

export function deleteRecord(db: Sqlite, type: EntityType, id: string, pre: Precondition, ctx: WriteContext): void {
  writeTransaction(db, () => {
    readOrFail(db, type, id)
    checkPrecondition(type, id, pre)
    const referrers = referrersOf(db, type, id)
    if (referrers.length > 0) {
      throw new HttpProblem(409, `The ${type} "${id}" is still referred to by ${referrers.length} record(s); change or delete them first, or merge it into another ${type}.`, { members: { referrers } })
    }
    deleteEntity(db, type, id, ctx)
  })
}
