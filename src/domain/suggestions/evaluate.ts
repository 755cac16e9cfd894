// Scoring suggestions against a curator's records for the same article (npm run eval:suggest).
//
// MATCHING. A statement draft matches a curated statement when both have the same kind and their
// spans overlap by at least half of the longer of the two. A meeting or agreement draft matches a
// curated record when one of its citations overlaps one of the record's citations in the article by
// at least half of the shorter of the two; a curated record the suggester already knew (cited by
// another article) counts as found only through a `possible_match` hint naming it. A new-actor draft
// matches a curated actor whose name or an alias, folded, equals its name or ends with it. Matching
// is one to one, best overlap first: a second draft of the same record is a false positive.
// DATES. For each matched pair, the draft's EDTF equals the curator's (correct), or is more precise
// than it (a day where the curator has a month, anything where the curator has none): the figure
// that must be 0.
import { findQuote } from '../citations.js'
import { parseEdtf } from '../edtf.js'
import { foldString } from './text.js'
import type { Suggestions } from './types.js'

export interface Span {
  start: number
  end: number
}
export interface CuratedStatement {
  id: string
  kind: string
  span: Span
  date: string | null
}
export interface CuratedEvent {
  id: string
  spans: Span[]
  date: string | null
  /** Known to the suggester (cited by another article): found through a hint. */
  known: boolean
}
export interface CuratedActor {
  id: string
  names: string[]
}
export interface Truth {
  statements: CuratedStatement[]
  meetings: CuratedEvent[]
  agreements: CuratedEvent[]
  actors: CuratedActor[]
}

export interface Score {
  drafts: number
  curated: number
  matched: number
}
export interface Evaluation {
  statements: Score
  meetings: Score
  agreements: Score
  actors: Score
  dates: { compared: number; correct: number; tooPrecise: number; tooPreciseIds: string[] }
  citations: { checked: number; failed: string[] }
  misses: string[]
  extras: string[]
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const RANK: Record<string, number> = { day: 0, month: 1, year: 2, decade: 3, century: 4 }
function precisionOf(edtf: string | null): number {
  if (edtf === null) return 99
  try {
    return RANK[parseEdtf(edtf).precision] ?? 99
  } catch {
    return 99
  }
}

/** One-to-one greedy matching: the best-scoring pairs first. */
function match<D, C>(drafts: D[], curated: C[], score: (d: D, c: C) => number): [number, number][] {
  const pairs: [number, number, number][] = []
  drafts.forEach((d, i) => curated.forEach((c, j) => {
    const s = score(d, c)
    if (s > 0) pairs.push([s, i, j])
  }))
  pairs.sort((a, b) => b[0] - a[0])
  const usedD = new Set<number>()
  const usedC = new Set<number>()
  const out: [number, number][] = []
  for (const [, i, j] of pairs) {
    if (usedD.has(i) || usedC.has(j)) continue
    usedD.add(i)
    usedC.add(j)
    out.push([i, j])
  }
  return out
}

export function evaluate(text: string, s: Suggestions, truth: Truth, label: string): Evaluation {
  const ev: Evaluation = {
    statements: { drafts: 0, curated: truth.statements.length, matched: 0 },
    meetings: { drafts: 0, curated: truth.meetings.length, matched: 0 },
    agreements: { drafts: 0, curated: truth.agreements.length, matched: 0 },
    actors: { drafts: s.new_actors.length, curated: truth.actors.length, matched: 0 },
    dates: { compared: 0, correct: 0, tooPrecise: 0, tooPreciseIds: [] },
    citations: { checked: 0, failed: [] },
    misses: [],
    extras: [],
  }
  const locate = (quote: string, occurrence?: number): Span | null => {
    ev.citations.checked++
    const found = findQuote(text, quote, occurrence)
    if (!found.ok) {
      ev.citations.failed.push(`${label}: '${quote.slice(0, 60)}'`)
      return null
    }
    return found.span
  }
  const compareDate = (id: string, draft: string | null, curated: string | null) => {
    ev.dates.compared++
    if (draft === curated) ev.dates.correct++
    if (precisionOf(draft) < precisionOf(curated)) {
      ev.dates.tooPrecise++
      ev.dates.tooPreciseIds.push(`${label}/${id}: ${draft} where the curator has ${curated ?? 'none'}`)
    }
  }

  // Statements.
  const drafts = s.statements.map((st) => {
    for (const c of st.draft.citations) locate(c.quote, c.occurrence)
    return { st, span: locate(st.draft.text, st.draft.occurrence) }
  })
  ev.statements.drafts = drafts.length
  const sPairs = match(drafts, truth.statements, (d, c) => {
    if (!d.span || d.st.draft.kind !== c.kind) return 0
    const o = overlap(d.span, c.span)
    const longer = Math.max(d.span.end - d.span.start, c.span.end - c.span.start)
    return o >= 0.5 * longer ? o / longer : 0
  })
  ev.statements.matched = sPairs.length
  for (const [i, j] of sPairs) compareDate((truth.statements[j] as CuratedStatement).id, drafts[i]!.st.draft.date.edtf, truth.statements[j]!.date)
  const matchedC = new Set(sPairs.map(([, j]) => j))
  const matchedD = new Set(sPairs.map(([i]) => i))
  truth.statements.forEach((c, j) => matchedC.has(j) || ev.misses.push(`${label}: statement ${c.id} (${c.kind}) '${text.slice(c.span.start, c.span.end).slice(0, 70)}'`))
  drafts.forEach((d, i) => matchedD.has(i) || ev.extras.push(`${label}: ${d.st.draft.kind} '${d.st.draft.text.slice(0, 70)}'`))

  // Meetings and agreements.
  const events = (kind: 'meetings' | 'agreements') => {
    const list = kind === 'meetings' ? s.new_meetings : s.new_agreements
    const eventDrafts = list.map((m) => ({ id: m.draft.id, date: m.draft.date.edtf, spans: m.draft.citations.map((c) => locate(c.quote, c.occurrence)).filter((x): x is Span => x !== null) }))
    ev[kind].drafts = eventDrafts.length
    const curated = truth[kind]
    const pairs = match(eventDrafts, curated, (d, c) => {
      let best = 0
      for (const a of d.spans) for (const b of c.spans) {
        const o = overlap(a, b)
        const shorter = Math.min(a.end - a.start, b.end - b.start)
        if (o >= 0.5 * shorter) best = Math.max(best, o / Math.max(a.end - a.start, b.end - b.start))
      }
      return best
    })
    const found = new Set<number>()
    for (const [i, j] of pairs) {
      const c = curated[j] as CuratedEvent
      if (c.known && !s.hints.some((h) => h.record_id === c.id)) continue
      found.add(j)
      compareDate(c.id, eventDrafts[i]!.date, c.date)
    }
    const recordType = kind === 'meetings' ? 'meeting' : 'agreement'
    curated.forEach((c, j) => {
      if (!found.has(j) && c.known && s.hints.some((h) => h.record_type === recordType && h.record_id === c.id)) found.add(j)
    })
    ev[kind].matched = found.size
    curated.forEach((c, j) => found.has(j) || ev.misses.push(`${label}: ${recordType} ${c.id}${c.known ? ' (known: needs a hint)' : ''}`))
    const pairedD = new Set(pairs.map(([i]) => i))
    eventDrafts.forEach((d, i) => pairedD.has(i) || ev.extras.push(`${label}: ${recordType} draft ${d.id}`))
  }
  events('meetings')
  events('agreements')

  // New actors.
  for (const a of s.new_actors) {
    for (const c of a.draft.citations) locate(c.quote, c.occurrence)
    for (const f of a.draft.affiliations) for (const c of f.citations) locate(c.quote, c.occurrence)
  }
  for (const m of s.new_meetings) for (const p of m.draft.participants) for (const c of p.citations) locate(c.quote, c.occurrence)
  for (const g of s.new_agreements) for (const p of g.draft.parties) for (const c of p.citations) locate(c.quote, c.occurrence)
  const aPairs = match(s.new_actors, truth.actors, (d, c) => {
    const name = foldString(d.draft.name)
    return c.names.some((n) => { const f = foldString(n); return f === name || f.endsWith(` ${name}`) || name.endsWith(` ${f}`) }) ? 1 : 0
  })
  ev.actors.matched = aPairs.length
  const aD = new Set(aPairs.map(([i]) => i))
  const aC = new Set(aPairs.map(([, j]) => j))
  truth.actors.forEach((c, j) => aC.has(j) || ev.misses.push(`${label}: actor ${c.id}`))
  s.new_actors.forEach((d, i) => aD.has(i) || ev.extras.push(`${label}: actor draft ${d.draft.name}`))
  return ev
}
