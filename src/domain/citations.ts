import { sliceCodePoints } from './code-points.js'

/** At most this many citations in one `citations` list (a record's own, or one relation's). */
export const MAX_CITATIONS_PER_LIST = 50
/** At most this many citations in one write: a record with all its relations (the seed's largest record has 20). */
export const MAX_CITATIONS_PER_WRITE = 100

export interface Span {
  start: number
  end: number
  quote: string
}

export type QuoteLookup =
  | { ok: true; span: Span }
  | { ok: false; reason: 'empty' | 'not_found' | 'ambiguous' | 'occurrence_out_of_range'; count: number }

// Curly and straight quotation marks count as equal while searching (curators type straight ones);
// each replacement keeps the length, so offsets found in the folded text hold for the original.
const FOLD: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"' }
const foldQuotes = (s: string) => s.replace(/[\u2018\u2019\u201C\u201D]/g, (c) => FOLD[c] as string)

/** A quote to look up: `occurrence` (1-based) picks one of several; without it the quote must occur once. */
export interface QuoteRequest {
  quote: string
  occurrence?: number
}

/**
 * Quotes are matched by their first ANCHOR characters (all of a shorter one), with a rolling hash:
 * one pass over the text for all the quotes whose anchors have the same length; a hash that matches
 * is checked against the whole quote.
 */
const ANCHOR = 32
const BASE = 0x01000193
/** Bits of the hash used for the quick membership filter. */
const FILTER_BITS = 18

/**
 * A source text prepared once for many citations: folded, with the positions of its characters
 * outside the BMP, so that each quote or offset pair costs no pass over the text of its own.
 */
export class SourceText {
  private readonly folded: string
  /** UTF-16 index of the first unit of each surrogate pair, ascending: the only places where code points and units part. */
  private readonly pairs: number[]
  readonly codePoints: number

  constructor(readonly text: string) {
    this.folded = foldQuotes(text)
    this.pairs = [...text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)].map((m) => m.index)
    this.codePoints = text.length - this.pairs.length
  }

  /** The code point index at UTF-16 index `unit` (which does not split a pair). */
  private toCodePoint(unit: number): number {
    // Pairs wholly before `unit` each count one code point for two units.
    let lo = 0
    let hi = this.pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.pairs[mid] as number) < unit) lo = mid + 1
      else hi = mid
    }
    return unit - lo
  }

  /** The UTF-16 index at which code point `cp` begins (text.length at the end). */
  private toUnit(cp: number): number {
    // Pair i begins at code point pairs[i] - i.
    let lo = 0
    let hi = this.pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.pairs[mid] as number) - mid < cp) lo = mid + 1
      else hi = mid
    }
    return cp + lo
  }

  /** The text between code points `start` (inclusive) and `end` (exclusive), or null when out of range. */
  slice(start: number, end: number): string | null {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > this.codePoints) return null
    return this.text.slice(this.toUnit(start), this.toUnit(end))
  }

  find(quote: string, occurrence?: number): QuoteLookup {
    return this.findAll([{ quote, occurrence }])[0] as QuoteLookup
  }

  /** The code-point offset of every occurrence of `quote` (overlapping ones too), in one pass. */
  occurrences(quote: string): number[] {
    return (this.scan([quote], [Infinity]).kept[0] as number[]).map((at) => this.toCodePoint(at))
  }

  /**
   * Counts every occurrence (overlapping ones too) of each quote in the folded text and keeps the
   * UTF-16 positions of the first `wanted[i]`: one rolling-hash pass per anchor length.
   */
  private scan(quotes: readonly string[], wanted: readonly number[]): { counts: number[]; kept: number[][] } {
    const needles = quotes.map(foldQuotes)
    const counts = new Array<number>(quotes.length).fill(0)
    const kept = quotes.map(() => [] as number[])
    const byLength = new Map<number, number[]>()
    needles.forEach((needle, i) => {
      if (needle.length === 0) return
      const length = Math.min(needle.length, ANCHOR)
      const group = byLength.get(length)
      if (group) group.push(i)
      else byLength.set(length, [i])
    })
    const text = this.folded
    for (const [length, group] of byLength) {
      if (length > text.length) continue
      const hashOf = (s: string) => {
        let h = 0
        for (let k = 0; k < length; k++) h = (Math.imul(h, BASE) + s.charCodeAt(k)) | 0
        return h
      }
      const anchors = new Map<number, number[]>()
      const filter = new Uint8Array(1 << FILTER_BITS)
      for (const i of group) {
        const h = hashOf(needles[i] as string)
        filter[h & ((1 << FILTER_BITS) - 1)] = 1
        const same = anchors.get(h)
        if (same) same.push(i)
        else anchors.set(h, [i])
      }
      // BASE^(length-1), to take the character leaving the window out of the hash.
      let top = 1
      for (let k = 1; k < length; k++) top = Math.imul(top, BASE)
      let h = hashOf(text)
      for (let at = 0; ; at++) {
        if (filter[h & ((1 << FILTER_BITS) - 1)] === 1) {
          for (const i of anchors.get(h) ?? []) {
            if (!text.startsWith(needles[i] as string, at)) continue
            if ((counts[i] as number) < (wanted[i] as number)) (kept[i] as number[]).push(at)
            counts[i]!++
          }
        }
        if (at + length >= text.length) break
        h = (Math.imul(h - Math.imul(text.charCodeAt(at), top), BASE) + text.charCodeAt(at + length)) | 0
      }
    }
    return { counts, kept }
  }

  /** Looks up every quote in one pass over the text; the answers are in the order asked. */
  findAll(requests: readonly QuoteRequest[]): QuoteLookup[] {
    const wanted = requests.map((r) => r.occurrence ?? 1)
    const { counts, kept } = this.scan(requests.map((r) => r.quote), wanted)
    return requests.map((r, i): QuoteLookup => {
      const count = counts[i]!
      if (r.quote.length === 0) return { ok: false, reason: 'empty', count: 0 }
      if (count === 0) return { ok: false, reason: 'not_found', count }
      if (r.occurrence === undefined && count > 1) return { ok: false, reason: 'ambiguous', count }
      const at = kept[i]![wanted[i]! - 1]
      if (at === undefined) return { ok: false, reason: 'occurrence_out_of_range', count }
      const end = at + r.quote.length
      return { ok: true, span: { start: this.toCodePoint(at), end: this.toCodePoint(end), quote: this.text.slice(at, end) } }
    })
  }
}

/**
 * Finds `quote` in `text`. With no `occurrence` the quote must occur exactly once;
 * `occurrence` (1-based) picks one of several. The returned span's quote is the source's own text.
 * For many quotes in one text, prepare it once with `new SourceText(text)`.
 */
export function findQuote(text: string, quote: string, occurrence?: number): QuoteLookup {
  return new SourceText(text).find(quote, occurrence)
}

export function describeLookupFailure(failure: Extract<QuoteLookup, { ok: false }>, occurrence?: number): string {
  switch (failure.reason) {
    case 'empty':
      return 'the quote is empty'
    case 'not_found':
      return 'the quote does not occur in the source'
    case 'ambiguous':
      return `the quote occurs ${failure.count} times in the source; add "occurrence" (1-${failure.count})`
    case 'occurrence_out_of_range':
      return `occurrence ${occurrence} asked, but the quote occurs ${failure.count} time(s)`
  }
}

/** A stored span is valid when its quote is exactly the source text between its offsets. */
export function verifySpan(text: string, span: Span): string | null {
  const actual = sliceCodePoints(text, span.start, span.end)
  if (actual === null) return `offsets ${span.start}-${span.end} fall outside the source`
  if (span.end <= span.start) return `offsets ${span.start}-${span.end} are empty or reversed`
  if (actual !== span.quote) return `the source text at ${span.start}-${span.end} is ${JSON.stringify(actual)}, not ${JSON.stringify(span.quote)}`
  return null
}
