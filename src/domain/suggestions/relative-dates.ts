// Relative-date resolution: the date expressions of a text ("on Tuesday", "last month", "March 3",
// "the following day") and the EDTF date each stands for, given the publication date.
// Hand-written rather than chrono-node: on the six evaluation texts chrono resolved "in January" of a
// July article to the next January, read "at 3,000" as a time, gave "end of this year" a day's
// precision, resolved weekdays of undated articles against an arbitrary reference date, and missed
// "in 2008" and "the following day".
import { parseEdtf } from '../edtf.js'
import type { DraftDate } from './types.js'

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
