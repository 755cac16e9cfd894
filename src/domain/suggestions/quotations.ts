// Quote finding: the double-quoted passages of a text, and the exact words of a citation located
// the way findQuote locates them.
import { findQuote } from '../citations.js'
import { isMark, isSpace, trimRange, type Range } from './text.js'

export interface Quotation {
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
export function scanQuotations(text: string, lines: Range[]): Quotation[] {
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

const foldMarks = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')

/** Up to this length every suggested quote is re-checked with findQuote; beyond it (a book, not an article) the same computation stands alone. */
const VERIFY_LIMIT = 200_000

/** Locates the words of the text for citations, counting occurrences the way findQuote does. */
export class QuoteLocator {
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
