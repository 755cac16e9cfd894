// Reported statements: every sentence of the article body that no direct quote covers, as a
// `paraphrase` (someone is said to have said it: "Ryder said Iraq plays …", "Kirby claimed that …")
// or a `report` (the outlet's own account, or "X reported", "according to X"); and the quoted
// fragments inside such sentences (`told reporters that the agreement "turns a page"`) as quotes
// of the one the sentence reports.
import type { Mention } from './actor-mentions.js'
import { JOINT, BOTH } from './attribution.js'
import type { BodySentence } from './article-body.js'
import { fragmentHasVerb } from './fragment-verbs.js'
import type { QuoteLocator, Quotation } from './quotations.js'
import { undatedRemark } from './quote-dates.js'
import type { ResolvedMention } from './relative-dates.js'
import { foldString, tokens, wordCount, type Range, type Token } from './text.js'
import type { DraftDate, StatementDraft, StatementSuggestion } from './types.js'

const REPORTING = new Set(
  ('said says told tells stressed stresses claimed claims indicated stated states announced announces added noted explained insisted ' +
    'emphasized emphasised warned urged affirmed reaffirmed confirmed maintained described argued declared reiterated pledged vowed acknowledged denied').split(' '),
)
const NEWS_VERBS = new Set(['reported', 'reports', 'wrote', 'writes'])
/** "announced" and the like report a speech only before a clause ("announced that …") or at the end ("…, CENTCOM announced"). */
const NEEDS_CLAUSE = new Set(['announced', 'announces', 'confirmed', 'maintained', 'denied', 'acknowledged'])

export interface QuoteSpan {
  /** Index of the draft in the statements list. */
  index: number
  start: number
  end: number
  attributed: boolean
  speakers: string[]
  /** The attributing words (UTF-16 range), when found. */
  attribution: Range | null
}

export interface ReportedContext {
  text: string
  sourceId: string
  locator: QuoteLocator
  mentions: Mention[]
  quotations: Quotation[]
  quoteSpans: QuoteSpan[]
  /** The actor standing for the outlet (its publisher), when it is a known actor. */
  publisher: string | null
  published: string | null
  dated: ResolvedMention[]
  persons: Set<string>
  /** The parties of a joint statement of "both sides". */
  parties: string[]
  /** A proposed new actor named exactly in `r`, if any. */
  newActorIn: (r: Range) => string | undefined
  uniqueId: (base: string) => string
}

interface Speech {
  kind: 'paraphrase' | 'report'
  speakers: string[]
  verb: Token
  subject: Range
  how: string
}

export interface ReportedResult {
  statements: { at: number; suggestion: StatementSuggestion }[]
  /** Quote drafts replaced by an attributed fragment. */
  replaced: Set<number>
}

export function reportedStatements(ctx: ReportedContext, sentences: BodySentence[]): ReportedResult {
  const { text } = ctx
  const out: ReportedResult = { statements: [], replaced: new Set() }
  let lastPerson: string[] = []
  const inside = (r: Range, s: Range) => r.start >= s.start && r.end <= s.end
  const segmentsIn = (s: Range) => ctx.quotations.flatMap((q) => q.segments.filter((g) => inside(g, s)).map((g) => ({ q, g })))

  // The speaker of the last attributed quote in the paragraph: first-person sentences after it go on in their voice.
  let quotedBy: { line: number; speakers: string[]; draft: StatementDraft | null } | null = null
  for (const whole of sentences) {
    const quotes = ctx.quoteSpans.filter((q) => q.start >= whole.start && q.start < whole.end)
    for (const q of quotes) if (q.attributed) lastPerson = personOf(ctx, q) ?? lastPerson
    if (quotes.some((q) => q.attributed)) {
      quotedBy = { line: whole.line, speakers: quotes.find((q) => q.attributed)?.speakers ?? [], draft: null }
      continue
    }
    // `"…," he added. We need help in training the forces. We need air support.`: unquoted words in the speaker's voice.
    if (quotedBy && quotedBy.line === whole.line && /^(?:We|I|Our|My)\b/u.test(text.slice(whole.start, whole.end))) {
      if (quotedBy.draft) {
        const previous = quotedBy.draft
        const from = (out.statements.find((x) => x.suggestion.draft === previous)?.at ?? whole.start)
        const located = ctx.locator.at(from, whole.end)
        if (located) {
          previous.text = located.quote
          if (located.occurrence !== undefined) previous.occurrence = located.occurrence
          else delete previous.occurrence
          continue
        }
      }
      const located = ctx.locator.at(whole.start, whole.end)
      if (located) {
        const draft: StatementDraft = {
          id: ctx.uniqueId(`${quotedBy.speakers.slice(0, 2).join('-') || 'unattributed'}-${located.quote}`),
          kind: 'paraphrase',
          source_id: ctx.sourceId,
          text: located.quote,
          ...(located.occurrence !== undefined ? { occurrence: located.occurrence } : {}),
          speakers: quotedBy.speakers,
          date: dateOf(ctx, whole, null).date,
          about: [],
          topics: [],
          citations: [],
        }
        quotedBy.draft = draft
        out.statements.push({ at: whole.start, suggestion: { draft, note: `${quotedBy.speakers.length === 0 ? 'no speaker found; ' : ''}paraphrase: first-person words without quotation marks right after a quote by ${quotedBy.speakers.join(', ') || 'an unknown speaker'} in the same paragraph; check whether they are the speaker's` } })
        continue
      }
    }
    quotedBy = null
    for (const sentence of splitAtSecondReport(text, whole, segmentsIn(whole).map(({ g }) => g))) {
    if (wordCount(text.slice(sentence.start, sentence.end)) < 6) continue
    const segments = segmentsIn(sentence)
    const outsideQuotes = (pos: number) => !segments.some(({ g }) => pos >= g.start - 1 && pos <= g.end)
    const speech = findSpeech(ctx, sentence, outsideQuotes, lastPerson)
    if (speech?.kind === 'paraphrase' && speech.speakers.some((s) => ctx.persons.has(s))) lastPerson = speech.speakers.filter((s) => ctx.persons.has(s))

    // Quoted fragments after the reporting verb that say something: quotes of the one reported.
    const fragments = speech?.kind === 'paraphrase' ? segments.filter(({ g }) => g.start > speech.verb.start && saysSomething(text.slice(g.start, g.end))) : []
    const date = dateOf(ctx, sentence, speech)
    if (fragments.length > 0 && speech) {
      const joint = JOINT.test(foldString(text.slice(sentence.start, sentence.end)))
      for (const { g } of fragments) {
        const located = ctx.locator.at(g.start, g.end)
        if (!located) continue
        for (const q of quotes) if (q.start === g.start) out.replaced.add(q.index)
        const attribution = ctx.locator.at(speech.subject.start, speech.verb.end)
        const draft: StatementDraft = {
          id: ctx.uniqueId(`${joint ? 'joint-statement' : speech.speakers.slice(0, 2).join('-') || 'unattributed'}-${located.quote}`),
          kind: joint ? 'joint_statement' : 'quote',
          source_id: ctx.sourceId,
          text: located.quote,
          ...(located.occurrence !== undefined ? { occurrence: located.occurrence } : {}),
          speakers: speech.speakers,
          date: date.date,
          about: [],
          topics: [],
          citations: attribution ? [{ source_id: ctx.sourceId, ...attribution }] : [],
        }
        const note = [speech.speakers.length === 0 ? 'no speaker found' : '', `a quoted fragment inside a reported sentence; ${speech.how}`, date.how].filter(Boolean).join('; ')
        out.statements.push({ at: g.start, suggestion: { draft, note, attribution: text.slice(speech.subject.start, speech.verb.end) } })
      }
      continue
    }

    const located = ctx.locator.at(sentence.start, sentence.end)
    if (!located) continue
    const kind = speech?.kind ?? 'report'
    const speakers = speech?.speakers ?? (ctx.publisher ? [ctx.publisher] : [])
    const how = speech?.how ?? (ctx.publisher ? `no reporting verb: the outlet's own account (${ctx.publisher}, its publisher)` : 'no reporting verb: the outlet’s own account; its publisher is not a known actor')
    const draft: StatementDraft = {
      id: ctx.uniqueId(`${speakers.slice(0, 2).join('-') || 'unattributed'}-${located.quote}`),
      kind,
      source_id: ctx.sourceId,
      text: located.quote,
      ...(located.occurrence !== undefined ? { occurrence: located.occurrence } : {}),
      speakers,
      date: date.date,
      about: [],
      topics: [],
      citations: [],
    }
    out.statements.push({ at: sentence.start, suggestion: { draft, note: [speakers.length === 0 ? 'no speaker found' : '', `${kind}: ${sentence.start === whole.start && sentence.end === whole.end ? 'the whole sentence' : 'one of two reporting clauses of a sentence'}; ${how}`, date.how].filter(Boolean).join('; ') } })
    }
  }
  return out
}

/**
 * A sentence with two reporting verbs separated by a comma ("While Baghdad has maintained that …,
 * Washington has described …"; "… reported last July that …, and wrote that …") as two parts, split
 * at that comma.
 */
function splitAtSecondReport(text: string, s: BodySentence, quotes: Range[]): BodySentence[] {
  const toks = tokens(text, s).filter((t) => !quotes.some((g) => t.start >= g.start && t.start < g.end))
  const verbs = toks.filter((t, i) => (REPORTING.has(t.word) || NEWS_VERBS.has(t.word)) && text[t.start] === text[t.start]?.toLowerCase() && (!NEEDS_CLAUSE.has(t.word) || nextIsClause(toks, i)))
  if (verbs.length < 2) return [s]
  const [first, second] = verbs as [Token, Token]
  let comma = -1
  for (let j = second.start - 1; j > first.end; j--) if (text[j] === ',' && !quotes.some((g) => j >= g.start && j < g.end)) {
    comma = j
    break
  }
  if (comma === -1) return [s]
  let next = comma + 1
  while (next < s.end && /\s/u.test(text[next] as string)) next++
  return [{ start: s.start, end: comma, line: s.line }, { start: next, end: s.end, line: s.line }]
}

const saysSomething = (words: string) => wordCount(words) >= 2 && (wordCount(words) >= 6 || fragmentHasVerb(words))

function personOf(ctx: ReportedContext, q: QuoteSpan): string[] | null {
  const persons = q.speakers.filter((s) => ctx.persons.has(s))
  return persons.length > 0 ? persons : null
}

/** The reporting verb of a sentence and who it names, or null for the outlet's own account. */
function findSpeech(ctx: ReportedContext, sentence: Range, outsideQuotes: (pos: number) => boolean, lastPerson: string[]): Speech | null {
  const { text } = ctx
  const toks = tokens(text, sentence).filter((t) => outsideQuotes(t.start))
  let according: Speech | null = null
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token
    const next = toks[i + 1]
    if (t.word === 'according' && next?.word === 'to') {
      const end = clauseEnd(text, next.end, sentence.end)
      const named = ctx.mentions.filter((m) => m.start >= next.end && m.end <= end)
      const newActor = named.length === 0 ? ctx.newActorIn({ start: next.end, end }) : undefined
      const speakers = named.length > 0 ? [...new Set(named.map((m) => m.actorId))] : newActor ? [newActor] : null
      if (speakers && !according) {
        according = { kind: 'report', speakers, verb: next, subject: { start: t.start, end }, how: `report: '${text.slice(t.start, end)}'` }
      }
      continue
    }
    const isNews = NEWS_VERBS.has(t.word)
    if ((!REPORTING.has(t.word) && !isNews) || text[t.start] !== text[t.start]?.toLowerCase()) continue
    if (NEEDS_CLAUSE.has(t.word) && !nextIsClause(toks, i)) continue
    const subject = subjectBefore(text, sentence, t)
    const who = speakersIn(ctx, subject, lastPerson)
    if (!who) continue
    const words = text.slice(subject.start, t.end)
    // An announcement that closes the sentence ("…, Central Command announced on Wednesday") reports; "X said" paraphrases.
    const trailing = t.word.startsWith('announc') && nextIsClause(toks, i) && toks[i + 1]?.word !== 'that'
    return { kind: isNews || trailing ? 'report' : 'paraphrase', speakers: who.speakers, verb: t, subject, how: `${isNews ? 'report' : 'paraphrase'} by ${who.speakers.join(', ') || 'an unknown speaker'} from '${words}'${who.how}` }
  }
  return according
}

function nextIsClause(toks: Token[], i: number): boolean {
  // "announced that …", or the verb ends the sentence's reporting clause ("…, CENTCOM announced on Wednesday").
  const after = toks.slice(i + 1, i + 4).map((t) => t.word)
  return after[0] === 'that' || after.length === 0 || (after[0] === 'on' && after.length <= 2)
}

function clauseEnd(text: string, from: number, end: number): number {
  for (let j = from; j < end; j++) if (text[j] === ',' || text[j] === ';') return j
  let e = end
  while (e > from && /[.!?\s]/u.test(text[e - 1] as string)) e--
  return e
}

/** The words before the verb back to the previous comma (or the sentence start): "Ryder", "A Pentagon spokesman". */
function subjectBefore(text: string, sentence: Range, verb: Token): Range {
  let start = sentence.start
  for (let j = verb.start - 1; j >= sentence.start; j--) {
    if (text[j] === ',' || text[j] === ';') {
      start = j + 1
      break
    }
  }
  while (start < verb.start && /\s/u.test(text[start] as string)) start++
  return { start, end: verb.start }
}

function speakersIn(ctx: ReportedContext, subject: Range, lastPerson: string[]): { speakers: string[]; how: string } | null {
  const words = foldString(ctx.text.slice(subject.start, subject.end)).trim()
  const named = [...new Set(ctx.mentions.filter((m) => m.start >= subject.start && m.end <= subject.end).map((m) => m.actorId))]
  const newActor = ctx.newActorIn(subject)
  if (JOINT.test(words) || BOTH.test(words) || /\b(?:two|both) governments\b/u.test(words)) {
    return { speakers: named.length >= 2 ? named : ctx.parties, how: named.length >= 2 ? '' : ': both parties' }
  }
  // A person's title and name: the person, not the organization in the title ("Pentagon Press Secretary … Pat Ryder").
  const persons = named.filter((id) => ctx.persons.has(id))
  if (newActor && persons.length === 0) return { speakers: [newActor], how: ' (a proposed new actor)' }
  if (persons.length > 0) return { speakers: persons.slice(-1), how: '' }
  if (named.length > 0) return { speakers: named.length > 1 && /\band\b/u.test(words) ? named : named.slice(-1), how: '' }
  if (/^(?:he|she)$/u.test(words)) return lastPerson.length > 0 ? { speakers: lastPerson, how: `: '${words}' taken as the last person named` } : { speakers: [], how: `: '${words}' follows no named person` }
  if (/^(?:it|they)$/u.test(words)) return null
  // Someone the dataset does not know: "the White House Middle East Coordinator has also", "A senior official".
  const raw = ctx.text.slice(subject.start, subject.end).trim()
  if (raw.split(/\s+/u).length <= 9 && (/\s\p{Lu}/u.test(raw) || /\b(?:spokes\w+|officials?|minister|coordinator|secretary|president|envoy|ambassador)\b/u.test(words))) {
    return { speakers: [], how: ': no known actor named; add the speaker' }
  }
  return null
}

function dateOf(ctx: ReportedContext, sentence: Range, speech: Speech | null): { date: DraftDate; how?: string } {
  if (speech) {
    // A date in the reporting clause: from the subject to a few words after the verb ("said Monday", "told a news conference on Thursday").
    const own = ctx.dated.find((d) => d.mention.start >= speech.subject.start && d.mention.start <= speech.verb.end + 40 && d.mention.end <= sentence.end)
    if (own) return { date: own.date }
  }
  const undated = speech ? undatedRemark(ctx.published) : null
  if (undated) return undated
  // Only a publication day stands in (see undatedRemark: a month-only publication date is itself an inference).
  if (ctx.published !== null && /^\d{4}-\d{2}-\d{2}[?~%]?$/u.test(ctx.published)) {
    return {
      date: { edtf: ctx.published, basis: 'inferred', note: `No date given for the ${speech ? 'remark' : 'report'}; the publication date ${ctx.published} stands in for it` },
      how: 'dated by the publication date',
    }
  }
  return { date: { edtf: null, basis: 'unknown', note: 'The article carries no date' } }
}
