// Turns the curated form of an entity (a seed entry or a write body) into the record that is
// stored: every quote found in its source and turned into verified code-point offsets, every date
// parsed, every reference checked. Problems are collected, not thrown, each with its path.
import { createHash } from 'node:crypto'
import { describeLookupFailure, MAX_CITATIONS_PER_LIST, MAX_CITATIONS_PER_WRITE, SourceText, type QuoteLookup, type QuoteRequest } from '../domain/citations.js'
import { HttpProblem } from '../domain/errors.js'
import { parseEdtf } from '../domain/edtf.js'
import type { ActorRecord, AgreementRecord, CitationRecord, DateRecord, DisputeRecord, MeetingRecord, SourceRecord, StatementRecord } from '../domain/records.js'
import type { EntityType } from '../domain/vocabulary.js'
import type {
  AnnotatedActor,
  AnnotatedAgreement,
  AnnotatedCitation,
  AnnotatedDate,
  AnnotatedDispute,
  AnnotatedMeeting,
  AnnotatedStatement,
  SourceInput,
} from '../schemas/entity-inputs.js'

export type Path = (string | number)[]
export interface ResolveProblem {
  path: Path
  reason: string
  /** 'reference' for a missing record, 'citation' for words not found, 'invalid' otherwise. */
  kind: 'reference' | 'citation' | 'invalid'
}

export interface ResolveContext {
  /** The text of a source that exists, or undefined. */
  sourceText: (id: string) => string | undefined
  /** Whether a record of this type exists (or is being created alongside). */
  exists: (type: EntityType, id: string) => boolean
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

export function toDateRecord(date: AnnotatedDate): DateRecord {
  const parsed = date.edtf === null ? null : parseEdtf(date.edtf)
  return { edtf: date.edtf, start: parsed?.start ?? null, end: parsed?.end ?? null, basis: date.basis, note: date.note ?? null }
}

/** `citations[0].quote` for seed messages. */
export const dottedPath = (path: Path) => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${k}`)).join('')
/** `/citations/0/quote` (RFC 6901) for problem documents. */
export const jsonPointer = (path: Path) => path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')

interface QuoteAt extends QuoteRequest {
  path: Path
  sourceId: string
}

/** Every `{source_id, quote}` citation in an entity's curated form (its own and its relations'), with its path. */
function quotesIn(value: unknown, path: Path, out: QuoteAt[] = []): QuoteAt[] {
  if (Array.isArray(value)) value.forEach((item, i) => quotesIn(item, [...path, i], out))
  else if (value !== null && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      if (key === 'citations' && Array.isArray(member)) {
        member.forEach((c: AnnotatedCitation, i) => {
          if (!('start' in c)) out.push({ path: [...path, key, i], sourceId: c.source_id, quote: c.quote, occurrence: c.occurrence })
        })
      } else if (Array.isArray(member)) quotesIn(member, [...path, key], out)
    }
  }
  return out
}

/** Every `citations` list in a write body, with its path. */
function citationLists(value: unknown, path: Path = [], out: { path: Path; length: number }[] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => citationLists(item, [...path, i], out))
  else if (value !== null && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      if (key === 'citations' && Array.isArray(member)) out.push({ path: [...path, key], length: member.length })
      else if (Array.isArray(member)) citationLists(member, [...path, key], out)
    }
  }
  return out
}

/**
 * Refuses a write body with more citations than one request may verify: 422 naming each list over
 * MAX_CITATIONS_PER_LIST, 413 when the whole body has more than MAX_CITATIONS_PER_WRITE.
 */
export function assertCitationLimits(body: unknown): void {
  const lists = citationLists(body)
  const long = lists.filter((l) => l.length > MAX_CITATIONS_PER_LIST)
  if (long.length > 0) {
    const errors = long.map((l) => ({ in: 'body' as const, pointer: jsonPointer(l.path), message: `has ${l.length} citations; at most ${MAX_CITATIONS_PER_LIST} are allowed in one list` }))
    throw new HttpProblem(422, `Too many citations: at most ${MAX_CITATIONS_PER_LIST} in one list. ${errors.map((e) => `${e.pointer}: ${e.message}`).join('; ')}`, { errors })
  }
  const total = lists.reduce((n, l) => n + l.length, 0)
  if (total > MAX_CITATIONS_PER_WRITE) {
    throw new HttpProblem(413, `Too many citations: this write has ${total}; at most ${MAX_CITATIONS_PER_WRITE} are verified in one request (at most ${MAX_CITATIONS_PER_LIST} in one list). Cite fewer, longer passages.`)
  }
}

class Resolver {
  readonly problems: ResolveProblem[] = []
  /** Each source text prepared once (null: no text), and each quote looked up in one pass per source. */
  private readonly texts = new Map<string, SourceText | null>()
  private readonly found = new Map<string, QuoteLookup>()

  /** `input` is the entity's curated form; `extra` are quotes outside any citations list (a statement's text). */
  constructor(
    private readonly ctx: ResolveContext,
    input: object,
    extra: QuoteAt[] = [],
  ) {
    const bySource = new Map<string, QuoteAt[]>()
    for (const q of [...extra, ...quotesIn(input, [])]) {
      const list = bySource.get(q.sourceId)
      if (list) list.push(q)
      else bySource.set(q.sourceId, [q])
    }
    for (const [sourceId, quotes] of bySource) {
      const text = this.text(sourceId)
      if (!text) continue
      text.findAll(quotes).forEach((lookup, i) => this.found.set(jsonPointer(quotes[i]!.path), lookup))
    }
  }

  text(sourceId: string): SourceText | null {
    let text = this.texts.get(sourceId)
    if (text === undefined) {
      const raw = this.ctx.sourceText(sourceId)
      text = raw === undefined ? null : new SourceText(raw)
      this.texts.set(sourceId, text)
    }
    return text
  }

  /** The lookup of a quote collected by the constructor (or, for one it did not see, looked up now). */
  lookup(path: Path, text: SourceText, quote: string, occurrence?: number): QuoteLookup {
    return this.found.get(jsonPointer(path)) ?? text.find(quote, occurrence)
  }

  fail(path: Path, reason: string, kind: ResolveProblem['kind'] = 'invalid') {
    this.problems.push({ path, reason, kind })
  }

  ref<T extends string | undefined>(path: Path, type: EntityType, id: T): T {
    if (id !== undefined && !this.ctx.exists(type, id)) this.fail(path, `refers to ${type} "${id}", which does not exist`, 'reference')
    return id
  }

  unique(path: Path, values: string[]) {
    const dup = values.find((v, k) => values.indexOf(v) !== k)
    if (dup !== undefined) this.fail(path, `"${dup}" is listed twice`)
  }

  /** One citation: found by its words, or checked at the offsets given. */
  citation(path: Path, c: AnnotatedCitation): CitationRecord | undefined {
    const text = this.text(c.source_id)
    if (text === null) {
      // A source that exists but has no text failed to load; that failure is reported where it is.
      if (!this.ctx.exists('source', c.source_id)) this.fail([...path, 'source_id'], `refers to source "${c.source_id}", which does not exist`, 'reference')
      return undefined
    }
    if (!('start' in c)) {
      const found = this.lookup(path, text, c.quote, c.occurrence)
      if (found.ok) return { sourceId: c.source_id, ...found.span }
      this.fail([...path, 'quote'], `${describeLookupFailure(found, c.occurrence)}: ${JSON.stringify(c.quote)} in "${c.source_id}"`, 'citation')
      return undefined
    }
    const quote = c.end > c.start ? text.slice(c.start, c.end) : null
    if (quote === null) {
      this.fail([...path, 'end'], `offsets ${c.start}-${c.end} do not select text of "${c.source_id}" (it has ${text.codePoints} code points)`, 'citation')
      return undefined
    }
    if (c.quote !== undefined && c.quote !== quote) {
      this.fail([...path, 'quote'], `the text at ${c.start}-${c.end} is ${JSON.stringify(quote)}, not ${JSON.stringify(c.quote)}`, 'citation')
      return undefined
    }
    return { sourceId: c.source_id, start: c.start, end: c.end, quote }
  }

  citations(path: Path, list: AnnotatedCitation[]): CitationRecord[] {
    return list.flatMap((c, i) => this.citation([...path, i], c) ?? [])
  }
}

type Resolved<R> = { record: R; problems: ResolveProblem[] }

/** A source's record from its curated fields and its text (nothing to look up: the text is the evidence). */
export function toSourceRecord(s: SourceInput & { id: string }, text: string, seedFile: string | null): SourceRecord {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    author: s.author ?? null,
    url: s.url ?? null,
    language: s.language,
    published: toDateRecord(s.published),
    notes: s.notes ?? null,
    text,
    sha256: sha256(text),
    seedFile,
  }
}

export function resolveActor(a: AnnotatedActor, ctx: ResolveContext): Resolved<ActorRecord> {
  const r = new Resolver(ctx, a)
  r.unique(['aliases'], a.aliases)
  const record: ActorRecord = {
    id: a.id,
    kind: a.kind,
    name: a.name,
    aliases: a.aliases,
    country: a.country ?? null,
    description: a.description ?? null,
    citations: r.citations(['citations'], a.citations),
    affiliations: a.affiliations.map((f, j) => {
      if (f.organization_id === a.id) r.fail(['affiliations', j, 'organization_id'], 'an actor cannot be affiliated with itself')
      return {
        organizationId: r.ref(['affiliations', j, 'organization_id'], 'actor', f.organization_id),
        role: f.role,
        date: toDateRecord(f.date),
        citations: r.citations(['affiliations', j, 'citations'], f.citations),
      }
    }),
  }
  return { record, problems: r.problems }
}

export function resolveMeeting(m: AnnotatedMeeting, ctx: ResolveContext): Resolved<MeetingRecord> {
  const r = new Resolver(ctx, m)
  r.unique(['participants'], m.participants.map((p) => p.actor_id))
  const record: MeetingRecord = {
    id: m.id,
    title: m.title,
    kind: m.kind,
    date: toDateRecord(m.date),
    location: m.location ?? null,
    description: m.description ?? null,
    citations: r.citations(['citations'], m.citations),
    participants: m.participants.map((p, j) => ({
      actorId: r.ref(['participants', j, 'actor_id'], 'actor', p.actor_id),
      role: p.role,
      citations: r.citations(['participants', j, 'citations'], p.citations),
    })),
  }
  return { record, problems: r.problems }
}

export function resolveAgreement(g: AnnotatedAgreement, ctx: ResolveContext): Resolved<AgreementRecord> {
  const r = new Resolver(ctx, g)
  r.unique(['parties'], g.parties.map((p) => p.actor_id))
  const record: AgreementRecord = {
    id: g.id,
    title: g.title,
    kind: g.kind,
    status: g.status,
    date: toDateRecord(g.date),
    summary: g.summary ?? null,
    meetingId: r.ref(['meeting_id'], 'meeting', g.meeting_id) ?? null,
    citations: r.citations(['citations'], g.citations),
    parties: g.parties.map((p, j) => ({
      actorId: r.ref(['parties', j, 'actor_id'], 'actor', p.actor_id),
      citations: r.citations(['parties', j, 'citations'], p.citations),
    })),
  }
  return { record, problems: r.problems }
}

export function resolveStatement(s: AnnotatedStatement, ctx: ResolveContext): Resolved<StatementRecord> {
  const r = new Resolver(ctx, s, [{ path: ['text'], sourceId: s.source_id, quote: s.text, occurrence: s.occurrence }])
  r.unique(['speakers'], s.speakers)
  r.unique(['about'], s.about)
  r.unique(['topics'], s.topics)
  s.speakers.forEach((a, j) => r.ref(['speakers', j], 'actor', a))
  s.about.forEach((a, j) => r.ref(['about', j], 'actor', a))
  // The statement's text is itself a citation: a verbatim span of its source.
  const text = r.text(s.source_id)
  let span: { start: number; end: number; quote: string } | undefined
  if (text === null) {
    if (!ctx.exists('source', s.source_id)) r.fail(['source_id'], `refers to source "${s.source_id}", which does not exist`, 'reference')
  } else {
    const found = r.lookup(['text'], text, s.text, s.occurrence)
    if (found.ok) span = found.span
    else r.fail(['text'], `${describeLookupFailure(found, s.occurrence)}: ${JSON.stringify(s.text)} in "${s.source_id}"`, 'citation')
  }
  const record: StatementRecord = {
    id: s.id,
    kind: s.kind,
    sourceId: s.source_id,
    text: span?.quote ?? s.text,
    textStart: span?.start ?? 0,
    textEnd: span?.end ?? 0,
    date: toDateRecord(s.date),
    meetingId: r.ref(['meeting_id'], 'meeting', s.meeting_id) ?? null,
    agreementId: r.ref(['agreement_id'], 'agreement', s.agreement_id) ?? null,
    speakers: s.speakers,
    about: s.about,
    topics: s.topics,
    citations: r.citations(['citations'], s.citations),
  }
  return { record, problems: r.problems }
}

export function resolveDispute(d: AnnotatedDispute, ctx: ResolveContext): Resolved<DisputeRecord> {
  const r = new Resolver(ctx, d)
  r.unique(['actors'], d.actors)
  r.unique(['topics'], d.topics)
  d.actors.forEach((a, j) => r.ref(['actors', j], 'actor', a))
  // Each claim is its own answer: a statement gives one answer to the question, not two.
  const claimOf = new Map<string, number>()
  const record: DisputeRecord = {
    id: d.id,
    question: d.question,
    kind: d.kind,
    status: d.status,
    supersededBy: r.ref(['superseded_by'], 'statement', d.superseded_by ?? undefined) ?? null,
    note: d.note ?? null,
    meetingId: r.ref(['meeting_id'], 'meeting', d.meeting_id ?? undefined) ?? null,
    agreementId: r.ref(['agreement_id'], 'agreement', d.agreement_id ?? undefined) ?? null,
    actors: d.actors,
    topics: d.topics,
    claims: d.claims.map((c, i) => {
      r.unique(['claims', i, 'statements'], c.statements)
      c.statements.forEach((s, j) => {
        r.ref(['claims', i, 'statements', j], 'statement', s)
        const other = claimOf.get(s)
        if (other !== undefined && other !== i) r.fail(['claims', i, 'statements', j], `statement "${s}" already gives the answer of claim ${other}`)
        claimOf.set(s, i)
      })
      return { answer: c.answer, note: c.note ?? null, statements: c.statements, citations: r.citations(['claims', i, 'citations'], c.citations) }
    }),
  }
  return { record, problems: r.problems }
}
