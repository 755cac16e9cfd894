// Attribution: the words next to a quotation that say who spoke (`…," Ryder said`, `X said: "…`).
import type { Quotation } from './quotations.js'
import { isSpace, sentenceStart, sentenceStop, tokens, trimRange, type Range, type Token } from './text.js'

const SPEECH_VERBS = new Set(
  (
    'said says say told tells added adds noted notes explained explains stated states stressed stresses read reads wrote writes ' +
    'announced announces continued continues remarked asked asks insisted insists emphasized emphasised emphasizes claimed claims ' +
    'declared declares commented replied argued argues warned warns urged affirmed reaffirmed confirmed confirms indicated tweeted posted concluded'
  ).split(' '),
)
export const PRONOUNS = new Set(['he', 'she', 'it', 'they'])
export const JOINT = /\bjoint\s+(?:statement|communiqu[eé]|declaration)\b/u
export const BOTH = /\b(?:both|the\s+two)\s+(?:sides|delegations|parties|countries|governments|nations)\b/u
export const CONNECTORS = new Set(['of', 'for', 'the', 'al', 'el', 'de', 'bin', 'ibn', 'van', 'von', 'der', 'la', 'le', 'du', 'da'])

const isVerbAt = (toks: Token[], i: number) =>
  SPEECH_VERBS.has(toks[i]?.word ?? '') || (toks[i]?.word === 'according' && toks[i + 1]?.word === 'to')

export interface Attribution {
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
export function attributionAfter(text: string, q: Quotation, line: Range): Attribution | null {
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
export function attributionBefore(text: string, q: Quotation, line: Range): Attribution | null {
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
