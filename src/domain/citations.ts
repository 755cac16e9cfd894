import { sliceCodePoints, utf16ToCodePoint } from './code-points.js'

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

/**
 * Finds `quote` in `text`. With no `occurrence` the quote must occur exactly once;
 * `occurrence` (1-based) picks one of several. The returned span's quote is the source's own text.
 */
export function findQuote(text: string, quote: string, occurrence?: number): QuoteLookup {
  if (quote.length === 0) return { ok: false, reason: 'empty', count: 0 }
  const haystack = foldQuotes(text)
  const needle = foldQuotes(quote)
  const positions: number[] = []
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) positions.push(i)
  const count = positions.length
  if (count === 0) return { ok: false, reason: 'not_found', count }
  if (occurrence === undefined && count > 1) return { ok: false, reason: 'ambiguous', count }
  const at = positions[(occurrence ?? 1) - 1]
  if (at === undefined) return { ok: false, reason: 'occurrence_out_of_range', count }
  const start = utf16ToCodePoint(text, at)
  const end = start + utf16ToCodePoint(quote, quote.length)
  return { ok: true, span: { start, end, quote: text.slice(at, at + quote.length) } }
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
