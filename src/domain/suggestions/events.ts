// Meetings and agreements the narrative describes: a clause with a meeting word ("met", "convened",
// "a round of talks", "a press briefing") or an agreement word ("agreed", "an understanding", "the
// decision to", "will end in two phases"), as a draft with its participants or parties (the actors
// the sentence names), its date (a date expression in the clause; "by the end of 2026" is a deadline,
// named in the summary, not the date) and its place. A later sentence that only refers back ("the
// talks", "this meeting") adds a citation to the draft before it instead of making another.
import type { Mention } from './actor-mentions.js'
import type { BodySentence } from './article-body.js'
import type { QuoteLocator } from './quotations.js'
import type { ResolvedMention } from './relative-dates.js'
import type { Range } from './text.js'
import type { AgreementDraftSuggestion, DraftDate, MeetingDraftSuggestion, QuoteCitation } from './types.js'
import type { AgreementKind, AgreementStatus, MeetingKind } from '../vocabulary.js'

const MEETING =
  /\b(?:(news|press) (?:conference|briefing)|asked by (?:a )?reporters?|briefing|(?:round|rounds) of talks|talks|(?:first |second )?meeting|met|meets|convened|consultations|dialogue|visit(?:ed)?|summit)\b/giu
const AGREEMENT =
  /\b(agreed|agrees|agreement|deal|understanding|decision|decided|resolution|established|initiation|plan(?:s|ned)?|intended|intends|will end|would end|will leave|would leave|would reduce|will withdraw)\b/giu
const BACK_REFERENCE = /\b(?:the|this|these|that|those)\s+(?:\w+\s+)?$/iu

export interface EventContext {
  text: string
  sourceId: string
  locator: QuoteLocator
  mentions: Mention[]
  newActorsIn: (r: Range) => string[]
  dated: ResolvedMention[]
  parties: string[]
  states: Set<string>
  persons: Set<string>
  insideQuote: (pos: number) => boolean
}

/** The clause around `at`: back to the previous comma, semicolon or sentence start, on to the next. */
function clauseAround(text: string, s: Range, at: number, atEnd: number): Range {
  let start = s.start
  for (let j = at - 1; j > s.start; j--) if (text[j] === ',' || text[j] === ';') {
    start = j + 1
    break
  }
  let end = s.end
  for (let j = atEnd; j < s.end; j++) if (text[j] === ',' || text[j] === ';' || ((text[j] === '"' || text[j] === '“') && /\bthat\s*$/u.test(text.slice(atEnd, j)))) {
    end = j
    break
  }
  while (start < end && /\s/u.test(text[start] as string)) start++
  while (end > start && /[\s.!?"”]/u.test(text[end - 1] as string)) end--
  return { start, end }
}

const meetingKind = (w: string): MeetingKind =>
  /conference|briefing|reporter/u.test(w) ? 'press_briefing' : /round|dialogue/u.test(w) ? 'dialogue_round' : /consultations/u.test(w) ? 'consultations' : /met|meets|meeting|visit|summit/u.test(w) ? 'bilateral_meeting' : 'talks'

function agreementKind(w: string): AgreementKind {
  if (w === 'understanding') return 'understanding'
  if (w === 'decision' || w === 'decided' || w === 'established' || w === 'initiation' || /^(?:will|would)/u.test(w)) return 'decision'
  if (w === 'resolution') return 'resolution'
  if (/^plan|^intend/u.test(w)) return 'plan'
  return 'agreement'
}

function agreementStatus(w: string, clause: string): AgreementStatus {
  if (/\badopted\b/u.test(clause) || w === 'established') return 'adopted'
  if (/^plan|^intend/u.test(w) || /\bplanned\b/u.test(clause)) return 'planned'
  if (/\breports? (?:claimed|said)|\breportedly\b/u.test(clause)) return 'reported_unconfirmed'
  if (/\breach(?:ed|ing)\b|^agree/u.test(clause) || w === 'agreed' || w === 'agrees') return 'reached'
  return 'announced'
}

interface Found {
  sentence: BodySentence
  clause: Range
  word: string
}

function findAll(ctx: EventContext, sentences: BodySentence[], re: RegExp): Found[] {
  const out: Found[] = []
  for (const sentence of sentences) {
    const seen: Range[] = []
    for (const m of ctx.text.slice(sentence.start, sentence.end).matchAll(re)) {
      const at = sentence.start + m.index
      if (ctx.insideQuote(at) && re === MEETING) continue
      const clause = clauseAround(ctx.text, sentence, at, at + m[0].length)
      if (seen.some((c) => c.start === clause.start)) continue
      seen.push(clause)
      out.push({ sentence, clause, word: m[0].toLowerCase() })
    }
  }
  return out
}

function dateIn(ctx: EventContext, r: Range, published: string | null, what: string): { date: DraftDate; deadline?: string } {
  const inside = ctx.dated.filter((d) => d.mention.start >= r.start && d.mention.end <= r.end)
  const deadlineRe = /\b(?:by|until|no later than)\s+(?:the\s+end\s+of\s+)?$/iu
  const deadlines = inside.filter((d) => deadlineRe.test(ctx.text.slice(Math.max(r.start, d.mention.start - 25), d.mention.start)))
  const own = inside.find((d) => !deadlines.includes(d))
  const deadline = deadlines.map((d) => ctx.text.slice(d.mention.start, d.mention.end)).join(', ') || undefined
  if (own) return { date: own.date, ...(deadline ? { deadline } : {}) }
  void published
  return { date: { edtf: null, basis: 'unknown', note: `No date given for the ${what} in '${ctx.text.slice(r.start, r.end)}'` }, ...(deadline ? { deadline } : {}) }
}

function cite(ctx: EventContext, r: Range): QuoteCitation | null {
  const c = ctx.locator.at(r.start, r.end)
  return c ? { source_id: ctx.sourceId, ...c } : null
}

function actorsIn(ctx: EventContext, r: Range): { id: string; range: Range }[] {
  const seen = new Set<string>()
  const out: { id: string; range: Range }[] = []
  for (const m of ctx.mentions) {
    if (m.start < r.start || m.end > r.end || seen.has(m.actorId)) continue
    seen.add(m.actorId)
    out.push({ id: m.actorId, range: { start: m.start, end: m.end } })
  }
  for (const id of ctx.newActorsIn(r)) {
    if (seen.has(id)) continue
    seen.add(id)
    out.push({ id, range: r })
  }
  return out
}

export function findMeetings(ctx: EventContext, sentences: BodySentence[], published: string | null, ids: (base: string) => string): MeetingDraftSuggestion[] {
  const out: MeetingDraftSuggestion[] = []
  for (const f of findAll(ctx, sentences, MEETING)) {
    const { text } = ctx
    const c = cite(ctx, f.clause)
    if (!c) continue
    const before = text.slice(f.sentence.start, f.clause.start + text.slice(f.clause.start, f.clause.end).toLowerCase().indexOf(f.word.split(' ')[0] as string))
    const previous = out[out.length - 1]
    const inClause = dateIn(ctx, f.clause, published, 'meeting').date
    // No date in the clause: one opening the sentence ("In January, … presided over the first meeting").
    const date = inClause.edtf !== null ? inClause : dateIn(ctx, { start: f.sentence.start, end: f.clause.start }, published, 'meeting').date
    if (previous && BACK_REFERENCE.test(before) && !/^(?:first|second|third|next|last)\b/u.test(f.word) && date.edtf === null && !/\bon\s+\p{Lu}/u.test(text.slice(f.clause.start, f.clause.end))) {
      if (previous.draft.citations.length < 10) previous.draft.citations.push(c)
      previous.note += `; also cited: '${c.quote}' (it refers back)`
      continue
    }
    const kind = meetingKind(f.word)
    const location = /\b(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/u.exec(text.slice(f.clause.start, f.clause.end))?.[1]
    const participants = actorsIn(ctx, f.sentence)
      .map(({ id, range }) => {
        const pc = cite(ctx, range.end - range.start < f.clause.end - f.clause.start ? f.clause : range)
        return pc ? { actor_id: id, role: kind === 'press_briefing' && ctx.persons.has(id) ? ('spokesperson' as const) : ('participant' as const), citations: [pc] } : null
      })
      .filter((p): p is NonNullable<typeof p> => p !== null)
    const label = { press_briefing: 'Press briefing', dialogue_round: 'Round of talks', consultations: 'Consultations', bilateral_meeting: 'Meeting', talks: 'Talks', commission_meeting: 'Commission meeting' }[kind]
    const title = `${label}${location ? ` (${location.replace(/^the\s+/iu, '')})` : ''}${date.edtf ? `, ${date.edtf}` : ''}`
    out.push({
      draft: { id: ids(`${title}-${c.quote}`.slice(0, 70)), title, kind, date, ...(location ? { location } : {}), citations: [c], participants },
      note: `meeting: '${f.word}' in '${c.quote}'; kind ${kind}; participants are the actors the sentence names (check their roles)${date.note && date.basis !== 'unknown' ? `; date: ${date.note}` : ''}`,
    })
  }
  return out
}

export function findAgreements(ctx: EventContext, sentences: BodySentence[], published: string | null, ids: (base: string) => string): AgreementDraftSuggestion[] {
  const out: AgreementDraftSuggestion[] = []
  for (const f of findAll(ctx, sentences, AGREEMENT)) {
    const { text } = ctx
    const clauseText = text.slice(f.clause.start, f.clause.end)
    const c = cite(ctx, f.clause)
    if (!c) continue
    const wordAt = clauseText.toLowerCase().indexOf(f.word)
    const before = text.slice(f.sentence.start, f.clause.start + wordAt)
    const previous = out[out.length - 1]
    if (previous && /\b(?:the|this)\s+$/iu.test(before) && /^(?:agreement|deal|understanding|decision|plan)$/u.test(f.word)) {
      if (previous.draft.citations.length < 10) previous.draft.citations.push(c)
      previous.note += `; also cited: '${c.quote}' (it refers back)`
      continue
    }
    const kind = agreementKind(f.word)
    const status = agreementStatus(f.word, clauseText.toLowerCase())
    const { date, deadline } = dateIn(ctx, f.sentence, published, 'agreement')
    const named = actorsIn(ctx, f.sentence).filter((a) => ctx.states.has(a.id))
    const both = /\b(?:both sides|the two (?:governments|sides|countries)|they)\b/iu.test(text.slice(f.sentence.start, f.sentence.end))
    const parties = (named.length > 0 ? named.map((a) => ({ id: a.id, r: a.range })) : both ? ctx.parties.map((id) => ({ id, r: f.clause })) : [])
      .map(({ id, r }) => {
        const pc = cite(ctx, r)
        return pc ? { actor_id: id, citations: [pc] } : null
      })
      .filter((p): p is NonNullable<typeof p> => p !== null)
    const title = clauseText.replace(/^(?:and|but|while|as)\s+/iu, '').slice(0, 120)
    out.push({
      draft: { id: ids(title.slice(0, 60)), title, kind, status, date, ...(deadline ? { summary: `Deadline named: ${deadline}.` } : {}), citations: [c], parties },
      note: `${kind}: '${f.word}' in '${c.quote}'; status ${status}; parties are the states the sentence names${both && named.length === 0 ? ' (both sides)' : ''}${deadline ? `; '${deadline}' is a deadline, not the date it was agreed` : ''}`,
    })
  }
  return out
}
