// Annotation suggestions for one source: its direct quotes as statement drafts in the curated input
// form (src/schemas/entity-inputs.ts, ready to POST once a curator has checked them), the likely
// speaker and date of each, and the known actors and meetings the text mentions. Pure: it reads and
// writes nothing. Heuristics, not truth: every suggestion says how it was reached, in its `note`.
//
// All positions are UTF-16 indices internally; everything returned counts code points, like every
// offset of the dataset (src/domain/code-points.ts).
import { findQuote } from './citations.js'
import { parseEdtf } from './edtf.js'
import { fold } from './text-fold.js'
import type { DateBasis, StatementKind, Topic } from './vocabulary.js'

// ---- Types --------------------------------------------------------------------------------------

export interface KnownActor {
  id: string
  name: string
  aliases: string[]
}

export interface KnownMeeting {
  id: string
  title: string
}

export interface SuggestInput {
  sourceId: string
  text: string
  /** The source's published date (EDTF or null); relative dates are resolved against it when it is a day. */
  published: { edtf: string | null }
  actors: KnownActor[]
  meetings: KnownMeeting[]
  /** Who speaks in a joint statement of "both sides"; default: `united-states` and `iraq`, those of them that are known actors. */
  jointParties?: string[]
}

/** `{source_id, start, end}` with code-point offsets. */
export interface OffsetCitation {
  source_id: string
  start: number
  end: number
}

/** `{source_id, quote, occurrence?}`: the exact words, and which occurrence when they occur more than once. */
export interface QuoteCitation {
  source_id: string
  quote: string
  occurrence?: number
}

export interface DraftDate {
  edtf: string | null
  basis: DateBasis
  note?: string
}

/** A statement in the curated input form (AnnotatedStatement); `speakers` is empty when none was found. */
export interface StatementDraft {
  id: string
  kind: Extract<StatementKind, 'quote' | 'joint_statement'>
  source_id: string
  text: string
  occurrence?: number
  speakers: string[]
  date: DraftDate
  about: string[]
  topics: Topic[]
  citations: QuoteCitation[]
}

export interface StatementSuggestion {
  draft: StatementDraft
  /** How the speaker and date were reached, and anything a curator should check. */
  note?: string
  /** The words that attribute the quote ("Ryder said"), when found. */
  attribution?: string
}

export interface ActorSuggestion {
  actor_id: string
  citations: OffsetCitation[]
}

export interface MeetingSuggestion {
  meeting_id: string
  citations: OffsetCitation[]
}

export interface Suggestions {
  statements: StatementSuggestion[]
  actors: ActorSuggestion[]
  meetings: MeetingSuggestion[]
}

// ---- Text helpers ---------------------------------------------------------------------------------

interface Range {
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}]/u
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch)
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch)

/** Double quotation marks, straight and typographic; each toggles a quotation open or closed. */
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB'])
const isMark = (ch: string | undefined) => ch !== undefined && QUOTE_MARKS.has(ch)

// Folding for matching names: fold() (case and accents), plus typographic quotes and dashes made plain.
const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
}
const foldChar = (ch: string) => (ch.length === 1 && ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : fold(PLAIN[ch] ?? ch))
const foldString = (s: string) => Array.from(s, foldChar).join('')
const stripAccents = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '')

/** The folded text, with the original index of each folded unit and the index just after its character. */
interface FoldedText {
  folded: string
  from: number[]
  to: number[]
}

function foldText(text: string): FoldedText {
  let folded = ''
  const from: number[] = []
  const to: number[] = []
  let i = 0
  for (const ch of text) {
    const f = foldChar(ch)
    for (let k = 0; k < f.length; k++) {
      from.push(i)
      to.push(i + ch.length)
    }
    folded += f
    i += ch.length
  }
  return { folded, from, to }
}

/** UTF-16 index -> code point index, for every index 0..text.length. */
function codePointIndex(text: string): Int32Array {
  const cp = new Int32Array(text.length + 1)
  let c = 0
  for (let i = 0; i < text.length; c++) {
    cp[i] = c
    const code = text.codePointAt(i) as number
    if (code > 0xffff) {
      cp[i + 1] = c
      i += 2
    } else i += 1
  }
  cp[text.length] = c
  return cp
}

/** Lines (paragraphs) with any non-space character, without their line break. */
function linesOf(text: string): Range[] {
  const lines: Range[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const next = end + 1
    if (end > start && text[end - 1] === '\r') end--
    if (/\S/u.test(text.slice(start, end))) lines.push({ start, end })
    start = next
  }
  return lines
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen brig lt col maj sgt capt cpt adm sen rep gov pres prof st jr sr no vol vs etc inc co corp ltd dept jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
)

/** True when the `.`, `!` or `?` at `i` ends a sentence (not "Gen." or "T." or "U.S." followed by a name). */
function endsSentence(text: string, i: number, lineEnd: number): boolean {
  const ch = text[i]
  if (ch !== '.' && ch !== '!' && ch !== '?') return false
  const next = i + 1 < lineEnd ? text[i + 1] : undefined
  if (next !== undefined && !isSpace(next) && !isMark(next) && next !== ')') return false
  if (ch !== '.') return true
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, i - 20), i))?.[0] ?? ''
  if (word.length === 1 || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase())) return false
  return true
}

/** Start of the sentence around `pos`: after the previous sentence end or quotation mark in the line. */
function sentenceStart(text: string, pos: number, line: Range): number {
  for (let j = pos - 1; j >= line.start; j--) {
    if (isMark(text[j]) || endsSentence(text, j, line.end)) {
      let s = j + 1
      while (s < pos && isSpace(text[s])) s++
      return s
    }
  }
  return line.start
}

/** End of the sentence from `pos` (exclusive): the next sentence end or quotation mark in the line. */
function sentenceStop(text: string, pos: number, line: Range): number {
  for (let j = pos; j < line.end; j++) if (isMark(text[j]) || endsSentence(text, j, line.end)) return j
  return line.end
}

/** The sentence containing `pos` (not stopping at quotation marks). */
function sentenceAround(text: string, pos: number, line: Range): Range {
  let start = line.start
  for (let j = pos - 1; j >= line.start; j--) {
    if (endsSentence(text, j, line.end)) {
      start = j + 1
      break
    }
  }
  let end = line.end
  for (let j = pos; j < line.end; j++) {
    if (endsSentence(text, j, line.end)) {
      end = j + 1
      break
    }
  }
  return { start, end }
}

function trimRange(text: string, r: Range, extra = ''): Range {
  let { start, end } = r
  const trims = (ch: string | undefined) => isSpace(ch) || (ch !== undefined && extra.includes(ch))
  while (start < end && trims(text[start])) start++
  while (end > start && trims(text[end - 1])) end--
  return { start, end }
}

interface Token {
  word: string
  start: number
  end: number
}

function tokens(text: string, r: Range): Token[] {
  const out: Token[] = []
  for (const m of text.slice(r.start, r.end).matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ word: fold(m[0]), start: r.start + m.index, end: r.start + m.index + m[0].length })
  }
  return out
}

const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

/** Lowercase slug of at most `max` characters, cut at a hyphen. */
export function slugify(s: string, max = 80): string {
  let slug = foldString(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length > max) {
    slug = slug.slice(0, max)
    const cut = slug.lastIndexOf('-')
    if (cut > max / 2) slug = slug.slice(0, cut)
    slug = slug.replace(/-+$/, '')
  }
  return slug
}

// ---- Citations: exact words, verified with findQuote ----------------------------------------------

const foldMarks = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')

/** Up to this length every suggested quote is re-checked with findQuote; beyond it (a book, not an article) the same computation stands alone. */
const VERIFY_LIMIT = 200_000

/** Locates the words of the text for citations, counting occurrences the way findQuote does. */
class QuoteLocator {
  private readonly folded: string
  private readonly positions = new Map<string, number[]>()
  constructor(
    private readonly text: string,
    private readonly cp: Int32Array,
  ) {
    this.folded = foldMarks(text)
  }

  /**
   * The `{quote, occurrence?}` that findQuote resolves to the words between UTF-16 indices `at` and
   * `end`, or null if it would not (occurrences overlap, curly and straight marks count alike).
   */
  at(at: number, end: number): { quote: string; occurrence?: number } | null {
    const quote = this.text.slice(at, end)
    if (quote.length === 0) return null
    const needle = foldMarks(quote)
    let positions = this.positions.get(needle)
    if (!positions) {
      positions = []
      for (let i = this.folded.indexOf(needle); i !== -1; i = this.folded.indexOf(needle, i + 1)) positions.push(i)
      this.positions.set(needle, positions)
    }
    const index = positions.indexOf(at)
    if (index === -1) return null
    const occurrence = positions.length > 1 ? index + 1 : undefined
    if (this.text.length <= VERIFY_LIMIT) {
      const found = findQuote(this.text, quote, occurrence)
      if (!found.ok || found.span.start !== this.cp[at]) return null
    }
    return occurrence === undefined ? { quote } : { quote, occurrence }
  }
}

// ---- Actor mentions ---------------------------------------------------------------------------------

interface Mention {
  actorId: string
  start: number
  end: number
}

/** An all-capitals short name ("US", "AA", "ISF", "U.S.") is matched case-sensitively: "us" is a pronoun. */
const isAcronym = (name: string) => /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&'’-]*$/u.test(name) && name.length <= 10

/**
 * Every mention of a known actor's name or alias, at word boundaries, case- and accent-insensitive;
 * where mentions overlap the longest wins ("US Department of Defense" over "US").
 */
export function findActorMentions(text: string, actors: KnownActor[]): { actorId: string; start: number; end: number }[] {
  const { folded, from, to } = foldText(text)
  const candidates: Mention[] = []
  for (const actor of actors) {
    const variants = [...new Set([actor.name, ...actor.aliases].map((v) => v.trim()).filter((v) => v.length > 0))]
    for (const variant of variants) {
      const needle = foldString(variant)
      if (needle.length === 0) continue
      const exact = isAcronym(variant) ? stripAccents(variant) : null
      for (let i = folded.indexOf(needle); i !== -1; i = folded.indexOf(needle, i + 1)) {
        const e = i + needle.length
        if (isWord(folded[i]) && isWord(folded[i - 1])) continue
        if (isWord(folded[e - 1]) && isWord(folded[e])) continue
        const start = from[i] as number
        const end = to[e - 1] as number
        if (exact !== null && stripAccents(text.slice(start, end)) !== exact) continue
        candidates.push({ actorId: actor.id, start, end })
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const taken = new Uint8Array(text.length)
  const kept: Mention[] = []
  for (const c of candidates) {
    let free = true
    for (let k = c.start; k < c.end && free; k++) if (taken[k]) free = false
    if (!free) continue
    taken.fill(1, c.start, c.end)
    kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}

// ---- Dates ------------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const M = MONTHS.join('|')
const W = WEEKDAYS.join('|')

export type DateMentionType =
  | 'explicit-day'
  | 'explicit-month'
  | 'explicit-year'
  | 'weekday'
  | 'last-weekday'
  | 'next-weekday'
  | 'month-day'
  | 'last-month'
  | 'in-month'
  | 'following-day'
  | 'yesterday'
  | 'today'

export interface DateMention {
  type: DateMentionType
  /** UTF-16 indices into the text searched. */
  start: number
  end: number
  /** The words as written: "on Tuesday", "last July", "July 18, 2024". */
  phrase: string
  year?: number
  month?: number
  day?: number
  weekday?: number
}

const monthOf = (name: string) => MONTHS.indexOf(name) + 1
const pad2 = (n: number) => String(n).padStart(2, '0')
const isoDay = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`

const DATE_PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end' | 'phrase'> | null }[] = [
  { re: new RegExp(`\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'), make: (m) => ({ type: 'explicit-day', month: monthOf(m[1]!), day: Number(m[2]), year: Number(m[3]) }) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+(${M})\\s+(\\d{4})\\b`, 'g'), make: (m) => ({ type: 'explicit-day', day: Number(m[1]), month: monthOf(m[2]!), year: Number(m[3]) }) },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, make: (m) => ({ type: 'explicit-day', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  { re: new RegExp(`\\b(${M})\\s+(\\d{4})\\b`, 'g'), make: (m) => ({ type: 'explicit-month', month: monthOf(m[1]!), year: Number(m[2]) }) },
  { re: new RegExp(`\\b[Ll]ast\\s+(${M})\\b`, 'g'), make: (m) => ({ type: 'last-month', month: monthOf(m[1]!) }) },
  { re: new RegExp(`\\b[Ii]n\\s+(${M})\\b`, 'g'), make: (m) => ({ type: 'in-month', month: monthOf(m[1]!) }) },
  { re: new RegExp(`\\b(?:[Oo]n\\s+)?(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g'), make: (m) => ({ type: 'month-day', month: monthOf(m[1]!), day: Number(m[2]) }) },
  { re: /\b[Ii]n\s+(\d{4})\b/g, make: (m) => (Number(m[1]) >= 1000 ? { type: 'explicit-year', year: Number(m[1]) } : null) },
  {
    re: new RegExp(`\\b(?:([Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\\s+)?(${W})\\b`, 'g'),
    make: (m) => {
      const prefix = m[1]?.toLowerCase()
      const type = prefix === 'last' ? 'last-weekday' : prefix === 'next' ? 'next-weekday' : 'weekday'
      return { type, weekday: WEEKDAYS.indexOf(m[2]!) }
    },
  },
  { re: /\b(?:[Tt]he\s+(?:following|next)\s+day|[Aa]\s+day\s+later)\b/g, make: () => ({ type: 'following-day' }) },
  { re: /\b[Yy]esterday\b/g, make: () => ({ type: 'yesterday' }) },
  { re: /\b[Tt]oday\b/g, make: () => ({ type: 'today' }) },
]

/** Every date expression in `text`, in order; where patterns overlap, the more explicit one wins. */
export function findDateMentions(text: string): DateMention[] {
  const taken = new Uint8Array(text.length)
  const found: DateMention[] = []
  for (const { re, make } of DATE_PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.subarray(start, end).some((x) => x === 1)) continue
      const parts = make(m)
      if (!parts) continue
      if (parts.type === 'explicit-day' && !validDay(parts.year!, parts.month!, parts.day!)) continue
      if (parts.type === 'month-day' && !validDay(2000, parts.month!, parts.day!)) continue
      taken.fill(1, start, end)
      found.push({ ...parts, start, end, phrase: m[0] })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

interface Publication {
  edtf: string
  year: number
  month?: number
  day?: number
  qualifier: '' | '?' | '~' | '%'
}

function publicationOf(edtf: string | null): Publication | null {
  if (edtf === null) return null
  let parsed
  try {
    parsed = parseEdtf(edtf)
  } catch {
    return null
  }
  if (parsed.interval || parsed.start === null) return null
  const [y, m, d] = parsed.start.split('-').map(Number) as [number, number, number]
  const qualifier = parsed.uncertain && parsed.approximate ? '%' : parsed.uncertain ? '?' : parsed.approximate ? '~' : ''
  if (parsed.precision === 'day') return { edtf, year: y, month: m, day: d, qualifier }
  if (parsed.precision === 'month') return { edtf, year: y, month: m, qualifier }
  if (parsed.precision === 'year') return { edtf, year: y, qualifier }
  return null
}

const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay()

/** The phrase as an unknown date's note quotes it: without a leading "on" ("'Thursday'"). */
const barePhrase = (m: DateMention) => m.phrase.replace(/^[Oo]n\s+/, '')

/** A resolved date mention, kept as the anchor of a later "the following day". */
export interface ResolvedMention {
  mention: DateMention
  date: DraftDate
}

/**
 * Resolves one date expression. Stated dates ("July 18, 2024", "in 2008") stand as they are; relative
 * ones are resolved against the publication date: a weekday is the most recent such day on or before
 * it ("last" such day: strictly before; "next": strictly after), "last July" is July of the previous
 * year, "in January" is January of the publication year unless that is after the publication month
 * (then of the year before), "the following day" the day after the previous date mentioned (`anchor`).
 */
export function resolveDateMention(mention: DateMention, published: string | null, anchor?: ResolvedMention): DraftDate {
  const { type, phrase } = mention
  switch (type) {
    case 'explicit-day':
      return { edtf: isoDay(mention.year!, mention.month!, mention.day!), basis: 'stated', note: `'${phrase}' in the text` }
    case 'explicit-month':
      return { edtf: `${String(mention.year!).padStart(4, '0')}-${pad2(mention.month!)}`, basis: 'stated', note: `'${phrase}' in the text` }
    case 'explicit-year':
      return { edtf: String(mention.year!).padStart(4, '0'), basis: 'stated', note: `'${phrase}' in the text` }
    default:
      break
  }

  if (type === 'following-day') {
    if (!anchor) return { edtf: null, basis: 'unknown', note: `'${phrase}'; no earlier day in the text to count from` }
    const a = anchor.date.edtf === null ? null : publicationOf(anchor.date.edtf)
    if (!a || a.day === undefined) {
      return { edtf: null, basis: 'unknown', note: `'${phrase}' after '${barePhrase(anchor.mention)}'; ${unresolvedReason(published)}` }
    }
    const iso = addDays(isoDay(a.year, a.month!, a.day), 1)
    const how = anchor.date.basis === 'stated' ? `after '${anchor.mention.phrase}' (${anchor.date.edtf})` : `after '${anchor.mention.phrase}', resolved against the publication date ${published}`
    return { edtf: `${iso}${a.qualifier}`, basis: 'inferred', note: `'${phrase}' ${how}` }
  }

  const pub = publicationOf(published)
  const unknown = (): DraftDate => ({ edtf: null, basis: 'unknown', note: `'${barePhrase(mention)}'; ${unresolvedReason(published)}` })
  const inferred = (edtf: string): DraftDate => ({ edtf: `${edtf}${pub!.qualifier}`, basis: 'inferred', note: `'${phrase}' resolved against the publication date ${published}` })
  if (!pub) return unknown()

  switch (type) {
    case 'last-month':
      return inferred(`${String(pub.year - 1).padStart(4, '0')}-${pad2(mention.month!)}`)
    case 'in-month': {
      if (pub.month === undefined) return unknown()
      const year = mention.month! <= pub.month ? pub.year : pub.year - 1
      return inferred(`${String(year).padStart(4, '0')}-${pad2(mention.month!)}`)
    }
    default:
      break
  }

  if (pub.day === undefined) return unknown()
  const pubIso = isoDay(pub.year, pub.month!, pub.day)
  switch (type) {
    case 'weekday':
    case 'last-weekday': {
      let back = (weekdayOf(pubIso) - mention.weekday! + 7) % 7
      if (type === 'last-weekday' && back === 0) back = 7
      return inferred(addDays(pubIso, -back))
    }
    case 'next-weekday': {
      const ahead = (mention.weekday! - weekdayOf(pubIso) + 7) % 7 || 7
      return inferred(addDays(pubIso, ahead))
    }
    case 'month-day': {
      const sameYear = mention.month! < pub.month! || (mention.month === pub.month && mention.day! <= pub.day)
      const year = sameYear ? pub.year : pub.year - 1
      if (!validDay(year, mention.month!, mention.day!)) return unknown()
      return inferred(isoDay(year, mention.month!, mention.day!))
    }
    case 'yesterday':
      return inferred(addDays(pubIso, -1))
    case 'today':
      return inferred(pubIso)
    default:
      return unknown()
  }
}

function unresolvedReason(published: string | null): string {
  return published === null ? 'the article carries no date' : `the publication date ${published} is not precise enough to resolve it`
}

/**
 * Resolves the first date expression in `phrase` ("on Tuesday", "last July", "in January") against a
 * publication date (EDTF, or null). Null when the phrase holds no date expression.
 */
export function resolveDatePhrase(phrase: string, published: string | null): DraftDate | null {
  const first = findDateMentions(phrase)[0]
  return first ? resolveDateMention(first, published) : null
}

// ---- Quotations -------------------------------------------------------------------------------------

interface Quotation {
  /** Index of the opening mark. */
  open: number
  /** Index of the final closing mark, or null when the quotation is never closed. */
  close: number | null
  /** The words inside the marks, one per paragraph, trimmed. */
  segments: Range[]
  firstLine: number
  lastLine: number
}

/**
 * Every double-quoted passage. Marks toggle open and closed within a paragraph (the articles mix
 * straight and curly marks freely). A quotation still open at the end of a paragraph continues when
 * the next paragraph opens with a mark (the print convention for a quote of several paragraphs);
 * otherwise it ends with the paragraph, unclosed.
 */
function scanQuotations(text: string, lines: Range[]): Quotation[] {
  const out: Quotation[] = []
  let current: { open: number; segStart: number; segments: Range[]; firstLine: number } | null = null
  const finish = (q: NonNullable<typeof current>, close: number | null, lastLine: number) => {
    const segments = q.segments.map((s) => trimRange(text, s)).filter((s) => s.end > s.start)
    if (segments.length > 0) out.push({ open: q.open, close, segments, firstLine: q.firstLine, lastLine })
  }
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Range
    const marks: number[] = []
    for (let i = line.start; i < line.end; i++) if (isMark(text[i])) marks.push(i)
    let k = 0
    if (current) {
      let first = line.start
      while (first < line.end && isSpace(text[first])) first++
      if (marks[0] === first) {
        current.segStart = first + 1
        k = 1
      } else {
        finish(current, null, li - 1)
        current = null
      }
    }
    for (; k < marks.length; k++) {
      const m = marks[k] as number
      if (!current) current = { open: m, segStart: m + 1, segments: [], firstLine: li }
      else {
        current.segments.push({ start: current.segStart, end: m })
        finish(current, m, li)
        current = null
      }
    }
    if (current) current.segments.push({ start: current.segStart, end: line.end })
  }
  if (current) finish(current, null, lines.length - 1)
  return out
}

// ---- Attribution ----------------------------------------------------------------------------------

const SPEECH_VERBS = new Set(
  (
    'said says say told tells added adds noted notes explained explains stated states stressed stresses read reads wrote writes ' +
    'announced announces continued continues remarked asked asks insisted insists emphasized emphasised emphasizes claimed claims ' +
    'declared declares commented replied argued argues warned warns urged affirmed reaffirmed confirmed confirms indicated tweeted posted concluded'
  ).split(' '),
)
const PRONOUNS = new Set(['he', 'she', 'it', 'they'])
const JOINT = /\bjoint\s+(?:statement|communiqu[eé]|declaration)\b/u
const BOTH = /\b(?:both|the\s+two)\s+(?:sides|delegations|parties|countries|governments|nations)\b/u
const CONNECTORS = new Set(['of', 'for', 'the', 'al', 'el', 'de', 'bin', 'ibn', 'van', 'von', 'der', 'la', 'le', 'du', 'da'])

const isVerbAt = (toks: Token[], i: number) =>
  SPEECH_VERBS.has(toks[i]?.word ?? '') || (toks[i]?.word === 'according' && toks[i + 1]?.word === 'to')

interface Attribution {
  side: 'after' | 'before'
  /** The attributing words, exactly as in the text. */
  range: Range
  verb: Token
  /** Where the subject is looked for: the words before the verb (and, failing that, the name right after it). */
  subject: Range
  /** The text searched for a date: the attributing sentence outside the quotation. */
  dateRegion: Range
}

/** `…," Ryder said` / `…," said X` / `…," he added` / `…," the joint statement read`, after the closing mark. */
function attributionAfter(text: string, q: Quotation, line: Range): Attribution | null {
  if (q.close === null) return null
  let s = q.close + 1
  while (s < line.end && (isSpace(text[s]) || ',;:\u2013\u2014-'.includes(text[s] as string))) s++
  const stop = sentenceStop(text, s, line)
  if (stop <= s) return null
  // Comma-separated parts: "Ryder, the Pentagon spokesman, said" has its verb first in a later part.
  const parts: Range[] = []
  let p = s
  for (let j = s; j < stop; j++) {
    if (text[j] === ',' || text[j] === ';') {
      parts.push({ start: p, end: j })
      p = j + 1
    }
  }
  parts.push({ start: p, end: stop })
  for (let k = 0; k < Math.min(parts.length, 3); k++) {
    const part = parts[k] as Range
    const toks = tokens(text, part)
    const limit = k === 0 ? 10 : 1
    for (let i = 0; i < Math.min(toks.length, limit); i++) {
      if (!isVerbAt(toks, i)) continue
      const range = trimRange(text, { start: s, end: part.end }, ',;:')
      const verb = toks[i] as Token
      const subject = k === 0 ? { start: s, end: verb.start } : { start: s, end: (parts[0] as Range).end }
      return { side: 'after', range, verb, subject, dateRegion: { start: s, end: stop } }
    }
  }
  return null
}

/** `X said: "…` / `X told Y that "…` / `according to X, "…`, before the opening mark. */
function attributionBefore(text: string, q: Quotation, line: Range): Attribution | null {
  const s = sentenceStart(text, q.open, line)
  const region = { start: s, end: q.open }
  const toks = tokens(text, region)
  for (let i = toks.length - 1; i >= 0; i--) {
    if (!isVerbAt(toks, i)) continue
    const verb = toks[i] as Token
    const rest = text.slice(verb.end, q.open)
    if (toks.length - i - 1 > 15) return null
    if (!/^\s*$/u.test(rest) && !/(?:\bthat|[:,])\s*$/u.test(rest)) return null
    // Start at the comma part holding the verb, reaching back over parts without a name or pronoun
    // ("Ryder, the Pentagon spokesman, said:"); the subject is the first part of what is kept.
    const commas: number[] = []
    for (let j = s; j < verb.start; j++) if (text[j] === ',') commas.push(j)
    const hasSubject = (r: Range) => tokens(text, r).some((t) => PRONOUNS.has(t.word) || /^\p{Lu}/u.test(text[t.start] as string))
    let start = s
    let last = commas.length - 1
    // The verb right after a comma closes an apposition: "X, the spokesman, said".
    if (last >= 0 && tokens(text, { start: (commas[last] as number) + 1, end: verb.start }).length === 0) last -= 2
    for (let c = last; c >= 0; c--) {
      const after = (commas[c] as number) + 1
      if (hasSubject({ start: after, end: verb.start })) {
        start = after
        break
      }
    }
    let range = trimRange(text, { start, end: q.open })
    range = trimRange(text, { start: range.start, end: range.start + text.slice(range.start, range.end).replace(/\s*(?:\bthat|[:,])\s*$/u, '').length })
    const firstComma = commas.find((c) => c >= range.start)
    return { side: 'before', range, verb, subject: { start: range.start, end: firstComma ?? verb.start }, dateRegion: region }
  }
  return null
}

// ---- The suggestions ----------------------------------------------------------------------------------

interface Resolved {
  speakers: string[]
  kind: StatementDraft['kind']
  /** The speaker was named (so "he added" later means them). */
  named: boolean
  /** The speaker (and date) carry over from the quote before ("he added", "it noted"). */
  fromPrevious: boolean
  /** How the speaker was found, or why not, for the suggestion's note. */
  how?: string
}

export function suggestAnnotations(input: SuggestInput): Suggestions {
  const { sourceId, text } = input
  const published = input.published.edtf
  const cp = codePointIndex(text)
  const locator = new QuoteLocator(text, cp)
  const foldedText = foldText(text)
  const lines = linesOf(text)
  const known = new Set(input.actors.map((a) => a.id))
  const parties = (input.jointParties ?? ['united-states', 'iraq']).filter((id) => known.has(id))

  const mentions = findActorMentions(text, input.actors)
  const quotations = scanQuotations(text, lines)
  const insideQuote = (pos: number) => quotations.some((q) => q.segments.some((s) => pos >= s.start && pos < s.end))

  // Date expressions in the narrative (outside quotations), each resolved; "the following day" counts from the one before.
  const dated: ResolvedMention[] = []
  for (const mention of findDateMentions(text)) {
    if (insideQuote(mention.start)) continue
    dated.push({ mention, date: resolveDateMention(mention, published, dated[dated.length - 1]) })
  }
  const DAY_LEVEL: DateMentionType[] = ['weekday', 'last-weekday', 'next-weekday', 'month-day', 'following-day', 'yesterday', 'today']
  const MONTH_LEVEL: DateMentionType[] = ['last-month', 'in-month']

  const lineOf = (pos: number) => lines.find((l) => pos >= l.start && pos <= l.end) as Range
  const mentionsIn = (r: Range) => mentions.filter((m) => m.start >= r.start && m.end <= r.end)
  const distinct = (ids: string[]) => [...new Set(ids)]

  let lastSpeakers: string[] = []
  let lastKind: StatementDraft['kind'] = 'quote'
  let lastNamed: string[] = []
  let previous: { q: Quotation; attribution: Attribution | null; resolved: Resolved; date: DraftDate } | null = null

  function resolveSpeakers(a: Attribution, q: Quotation): Resolved {
    const words = text.slice(a.range.start, a.range.end)
    const clause = fold(words)
    const sentence = fold(text.slice(sentenceStart(text, q.open, lineOf(q.open)), q.open))
    const toks = tokens(text, a.range)
    const vi = toks.findIndex((t) => t.start === a.verb.start)
    const pronounAt = (i: number) => (PRONOUNS.has(toks[i]?.word ?? '') ? toks[i]?.word : undefined)
    // The pronoun subject: "he added", "said he"; before the quote, "he said: …".
    const pronoun = a.side === 'after' ? (vi === 1 ? pronounAt(0) : vi === 0 ? pronounAt(1) : undefined) : pronounAt(vi - 1)

    // A named subject: the last actor named before the verb, or else the last in the name right after it.
    const subjectMentions = mentionsIn(a.subject)
    let named: Mention | undefined = pronoun ? undefined : subjectMentions[subjectMentions.length - 1]
    if (!named && !pronoun) {
      let runEnd = a.verb.end
      for (const t of tokens(text, { start: a.verb.end, end: a.range.end })) {
        if (a.verb.word === 'according' && t.word === 'to' && runEnd === a.verb.end) {
          runEnd = t.end
          continue
        }
        const first = text[t.start] as string
        if (first === first.toLowerCase() && first !== first.toUpperCase() && !CONNECTORS.has(t.word)) break
        runEnd = t.end
      }
      const after = mentionsIn({ start: a.verb.end, end: runEnd })
      named = after[after.length - 1]
    }

    const bothSides = `a joint statement of both parties (${parties.join(', ') || 'none of them a known actor'})`
    if (JOINT.test(clause)) {
      const inClause = distinct(mentionsIn(a.range).map((m) => m.actorId))
      if (!BOTH.test(clause) && !BOTH.test(sentence) && pronoun !== 'they' && inClause.length >= 2) {
        return { speakers: inClause, kind: 'joint_statement', named: false, fromPrevious: false, how: `speakers from '${words}': a joint statement of the actors it names` }
      }
      return { speakers: parties, kind: 'joint_statement', named: false, fromPrevious: false, how: `speakers from '${words}': ${bothSides}` }
    }
    if (BOTH.test(clause) || (BOTH.test(sentence) && !named && (pronoun === undefined || pronoun === 'they'))) {
      return { speakers: parties, kind: 'joint_statement', named: false, fromPrevious: false, how: `speakers from '${words}' and 'both sides': ${bothSides}` }
    }
    if (pronoun === 'he' || pronoun === 'she') {
      return lastNamed.length > 0
        ? { speakers: lastNamed, kind: 'quote', named: true, fromPrevious: true, how: `speaker from '${words}': the last named speaker (${lastNamed.join(', ')})` }
        : { speakers: [], kind: 'quote', named: false, fromPrevious: false, how: `no speaker found: '${words}' follows no named speaker` }
    }
    if (pronoun === 'it' || pronoun === 'they') {
      return lastSpeakers.length > 0
        ? { speakers: lastSpeakers, kind: lastKind, named: false, fromPrevious: true, how: `speaker from '${words}': the previous speaker (${lastSpeakers.join(', ')})` }
        : { speakers: [], kind: 'quote', named: false, fromPrevious: false, how: `no speaker found: '${words}' follows no quote with a speaker` }
    }
    if (named) return { speakers: [named.actorId], kind: 'quote', named: true, fromPrevious: false }
    return { speakers: [], kind: 'quote', named: false, fromPrevious: false, how: `no speaker found: no known actor is named in '${words}'` }
  }

  function dateFor(q: Quotation, a: Attribution | null, resolved: Resolved, inherited: DraftDate | null): { date: DraftDate; how?: string } {
    // 1. A date in the attributing sentence ("said … Lloyd Austin on Tuesday").
    if (a) {
      const own = dated.find((d) => d.mention.start >= a.dateRegion.start && d.mention.end <= a.dateRegion.end)
      if (own) return { date: own.date }
    }
    // 2. The quote it continues ("he added", the same paragraph, the same quotation).
    if (inherited) return { date: inherited, how: 'date as for the quote before' }
    // 3. A joint statement: the narrative sentence that dates "the joint statement" ("released the following day").
    if (resolved.kind === 'joint_statement') {
      const { folded, from, to } = foldedText
      for (const m of folded.matchAll(new RegExp(JOINT.source, 'gu'))) {
        const at = from[m.index] as number
        if (insideQuote(at) || (a && at >= a.range.start && at < a.range.end)) continue
        const sentence = sentenceAround(text, at, lineOf(at))
        const inSentence = dated.filter((d) => d.mention.start >= sentence.start && d.mention.end <= sentence.end)
        if (inSentence.length === 0) continue
        const nearest = inSentence.reduce((best, d) => (Math.abs(d.mention.start - at) < Math.abs(best.mention.start - at) ? d : best))
        const end = to[m.index + m[0].length - 1] as number
        const span = text.slice(Math.min(at, nearest.mention.start), Math.max(end, nearest.mention.end))
        return { date: nearest.date, how: `date of the joint statement from the narrative: '${span}'` }
      }
    }
    // 4. The nearest earlier relative date in the narrative (a day rather than a month).
    const earlier = dated.filter((d) => d.mention.end <= q.open)
    const pick = (types: DateMentionType[]) => [...earlier].reverse().find((d) => types.includes(d.mention.type))
    const near = pick(DAY_LEVEL) ?? pick(MONTH_LEVEL)
    if (near) return { date: near.date, how: `no date given for the remark; taken from the nearest earlier date in the text, '${near.mention.phrase}'` }
    // 5. The publication date, or nothing.
    if (published !== null) return { date: { edtf: published, basis: 'inferred', note: `No date given for the remark; the publication date ${published} stands in for it` }, how: 'dated by the publication date' }
    return { date: { edtf: null, basis: 'unknown', note: 'The article carries no date' } }
  }

  const statements: StatementSuggestion[] = []
  const ids = new Set<string>()
  const uniqueId = (base: string) => {
    let id = slugify(base, 80) || 'quote'
    for (let n = 2; ids.has(id); n++) id = `${slugify(base, 80 - String(n).length - 1)}-${n}`
    ids.add(id)
    return id
  }

  for (const q of quotations) {
    const words = q.segments.reduce((n, s) => n + wordCount(text.slice(s.start, s.end)), 0)
    const closeLine = lineOf(q.close ?? q.segments[q.segments.length - 1]!.end)
    const openLine = lineOf(q.open)
    const own = attributionAfter(text, q, closeLine) ?? attributionBefore(text, q, openLine)
    const notes: string[] = []

    let attribution = own
    let resolved: Resolved
    let inherited: DraftDate | null = null
    if (own) {
      resolved = resolveSpeakers(own, q)
      if (resolved.how) notes.push(resolved.how)
      if (resolved.fromPrevious && previous) inherited = previous.date
    } else if (words < 6) {
      continue // a quoted term ("very important", "transition"), not a statement
    } else if (previous && previous.q.lastLine === q.firstLine && previous.resolved.speakers.length > 0) {
      // `“…,” said X. “More words.”`: the same speaker goes on in the same paragraph.
      attribution = previous.attribution
      resolved = { ...previous.resolved, fromPrevious: true, how: undefined }
      inherited = previous.date
      notes.push(`no attribution of its own; it follows a quote by ${resolved.speakers.join(', ')} in the same paragraph`)
    } else {
      resolved = { speakers: [], kind: 'quote', named: false, fromPrevious: false }
      notes.push('no speaker found: no attributing words next to the quote')
    }
    if (q.close === null) notes.push('the quotation has no closing mark; check where it ends')

    const { date, how } = dateFor(q, attribution, resolved, inherited)
    if (how && how !== 'date as for the quote before') notes.push(how)

    const cite = attribution ? locator.at(attribution.range.start, attribution.range.end) : null
    const attributionWords = attribution ? text.slice(attribution.range.start, attribution.range.end) : undefined
    const speakerPart =
      resolved.kind === 'joint_statement' ? 'joint-statement' : resolved.speakers.length === 0 ? 'unattributed' : resolved.speakers.slice(0, 2).join('-')

    q.segments.forEach((seg, i) => {
      const located = locator.at(seg.start, seg.end)
      if (!located) return
      const firstWords = slugify(located.quote.replace(/[[\]]/g, ''), 48)
      const draft: StatementDraft = {
        id: uniqueId(`${speakerPart}-${firstWords}`),
        kind: resolved.kind,
        source_id: sourceId,
        text: located.quote,
        ...(located.occurrence !== undefined ? { occurrence: located.occurrence } : {}),
        speakers: resolved.speakers,
        date,
        about: [],
        topics: [],
        citations: cite ? [{ source_id: sourceId, ...cite }] : [],
      }
      const segmentNotes = q.segments.length > 1 ? [`part ${i + 1} of ${q.segments.length} of a quotation that continues across paragraphs`, ...notes] : notes
      statements.push({
        draft,
        ...(segmentNotes.length > 0 ? { note: segmentNotes.join('; ') } : {}),
        ...(attributionWords !== undefined ? { attribution: attributionWords } : {}),
      })
    })

    if (resolved.speakers.length > 0) {
      lastSpeakers = resolved.speakers
      lastKind = resolved.kind
      if (resolved.named) lastNamed = resolved.speakers
    }
    previous = { q, attribution, resolved, date }
  }

  // Actors: every mention, as code-point citations, in order of first mention.
  const byActor = new Map<string, OffsetCitation[]>()
  for (const m of mentions) {
    const list = byActor.get(m.actorId) ?? []
    list.push({ source_id: sourceId, start: cp[m.start] as number, end: cp[m.end] as number })
    byActor.set(m.actorId, list)
  }
  const actors = [...byActor].map(([actor_id, citations]) => ({ actor_id, citations }))

  return { statements, actors, meetings: findMeetingMentions(text, lines, input.meetings, sourceId, cp) }
}

// ---- Meetings ---------------------------------------------------------------------------------------

const STOP_WORDS = new Set('a an and at by for from in into of on or the to with its their his her'.split(' '))

/**
 * Meetings whose title words nearly all occur in one sentence (at least three, and three quarters of
 * them): each such sentence is cited by the span from the first to the last matching word.
 */
function findMeetingMentions(text: string, lines: Range[], meetings: KnownMeeting[], sourceId: string, cp: Int32Array): MeetingSuggestion[] {
  const sentences: Range[] = []
  for (const line of lines) {
    let start = line.start
    for (let j = line.start; j < line.end; j++) {
      if (endsSentence(text, j, line.end)) {
        sentences.push({ start, end: j + 1 })
        start = j + 1
      }
    }
    if (start < line.end) sentences.push({ start, end: line.end })
  }
  // Each sentence's words (folded), with the first token of each.
  const sentenceWords = sentences.map((s) => {
    const first = new Map<string, Token>()
    for (const t of tokens(text, s)) if (!first.has(t.word)) first.set(t.word, t)
    return first
  })
  const out: MeetingSuggestion[] = []
  for (const meeting of meetings) {
    const words = [...new Set(foldString(meeting.title).split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length >= 2 && !STOP_WORDS.has(w))
    if (words.length === 0) continue
    const citations: OffsetCitation[] = []
    sentenceWords.forEach((first) => {
      const firsts = words.map((w) => first.get(w)).filter((t): t is Token => t !== undefined)
      if (firsts.length < Math.min(3, words.length) || firsts.length / words.length < 0.75) return
      const start = Math.min(...firsts.map((t) => t.start))
      const end = Math.max(...firsts.map((t) => t.end))
      citations.push({ source_id: sourceId, start: cp[start] as number, end: cp[end] as number })
    })
    if (citations.length > 0) out.push({ meeting_id: meeting.id, citations })
  }
  return out
}
