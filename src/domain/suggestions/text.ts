// Text helpers: folding for matching names, code-point offsets, paragraphs, sentences and words.
// Positions are UTF-16 indices.
import { fold } from '../text-fold.js'

export interface Range {
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}]/u
export const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch)
export const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch)

/** Double quotation marks, straight and typographic; each toggles a quotation open or closed. */
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB'])
export const isMark = (ch: string | undefined) => ch !== undefined && QUOTE_MARKS.has(ch)

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
export const foldString = (s: string) => Array.from(s, foldChar).join('')
export const stripAccents = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '')

/** The folded text, with the original index of each folded unit and the index just after its character. */
export interface FoldedText {
  folded: string
  from: number[]
  to: number[]
}

export function foldText(text: string): FoldedText {
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
export function codePointIndex(text: string): Int32Array {
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
export function linesOf(text: string): Range[] {
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
export function endsSentence(text: string, i: number, lineEnd: number): boolean {
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
export function sentenceStart(text: string, pos: number, line: Range): number {
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
export function sentenceStop(text: string, pos: number, line: Range): number {
  for (let j = pos; j < line.end; j++) if (isMark(text[j]) || endsSentence(text, j, line.end)) return j
  return line.end
}

/** The sentence containing `pos` (not stopping at quotation marks). */
export function sentenceAround(text: string, pos: number, line: Range): Range {
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

export function trimRange(text: string, r: Range, extra = ''): Range {
  let { start, end } = r
  const trims = (ch: string | undefined) => isSpace(ch) || (ch !== undefined && extra.includes(ch))
  while (start < end && trims(text[start])) start++
  while (end > start && trims(text[end - 1])) end--
  return { start, end }
}

export interface Token {
  word: string
  start: number
  end: number
}

export function tokens(text: string, r: Range): Token[] {
  const out: Token[] = []
  for (const m of text.slice(r.start, r.end).matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ word: fold(m[0]), start: r.start + m.index, end: r.start + m.index + m[0].length })
  }
  return out
}

export const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

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

/** The line holding `pos` (a position the caller knows is on one). */
export const lineOf = (lines: Range[], pos: number) => lines.find((l) => pos >= l.start && pos <= l.end) as Range
