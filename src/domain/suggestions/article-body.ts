// The article body: its paragraphs without the page furniture around them (headlines, bylines, the
// comment form, disclaimers, sidebars), and its sentences. A sentence is what a reported statement,
// a meeting or an agreement draft cites.
import { endsSentence, isMark, isSpace, linesOf, type Range } from './text.js'

/** A line that starts the furniture after the article: nothing from it on is the article's. */
const FURNITURE =
  /^\s*(?:comments?\b|legal disclaimer\b|leave a reply\b|kaynak:|add a comment\b|post a comment\b|the latest\b|related (?:news|articles|stories)\b|read more\b|share this\b|MENAFN\d)/iu

/** A dateline or credit that opens the first paragraph: "WASHINGTON (AA) - ", "ERBIL, Kurdistan Region - ", "(MENAFN) ". */
const DATELINE = /^(?:\p{Lu}{2,}[\p{L} ,.]{0,40}?(?:\s*\([\p{L}\p{N} ]+\))?\s+[-–—]\s+|\([\p{Lu}\p{N}]+\)\s+)/u

/**
 * The paragraphs of the article proper: up to the first furniture line, those that read as prose
 * (ending in a sentence stop, possibly inside a closing mark) and have at least six words, each
 * without a leading dateline.
 */
export function bodyLines(text: string): Range[] {
  const out: Range[] = []
  for (const line of linesOf(text)) {
    const words = text.slice(line.start, line.end)
    if (FURNITURE.test(words)) break
    let end = line.end
    while (end > line.start && (isSpace(text[end - 1]) || isMark(text[end - 1]) || text[end - 1] === '\u2019' || text[end - 1] === "'")) end--
    if (!/[.!?]/u.test(text[end - 1] ?? '')) continue
    if ((words.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 6) continue
    const dateline = DATELINE.exec(words)
    out.push({ start: line.start + (dateline ? dateline[0].length : 0), end: line.end })
  }
  return out
}

/**
 * The sentences of a paragraph, trimmed (wink-nlp's sentence splitter gives the same boundaries on
 * all 54 body paragraphs of the evaluation texts, so its model is not loaded for this); a closing quotation mark right after a stop stays with its sentence. */
export function sentencesOf(text: string, line: Range): Range[] {
  const out: Range[] = []
  let start = line.start
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text[s])) s++
    while (e > s && isSpace(text[e - 1])) e--
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e })
  }
  for (let j = line.start; j < line.end; j++) {
    if (!endsSentence(text, j, line.end)) continue
    let e = j + 1
    while (e < line.end && isMark(text[e])) e++
    // A stop inside a quotation that the sentence goes on after (`…forces.” he said`) does not end it.
    if (e > j + 1 && /^\s*[,\p{Ll}]/u.test(text.slice(e, e + 3))) continue
    push(start, e)
    start = e
    j = e - 1
  }
  push(start, line.end)
  return out
}

export interface BodySentence extends Range {
  /** Index of its paragraph among the body lines. */
  line: number
}

export function bodySentences(text: string, lines: Range[] = bodyLines(text)): BodySentence[] {
  return lines.flatMap((line, i) => sentencesOf(text, line).map((s) => ({ ...s, line: i })))
}
