// Meeting mentions: sentences that name a known meeting by (nearly) all the words of its title.
import type { KnownMeeting, MeetingSuggestion, OffsetCitation } from './types.js'
import { endsSentence, foldString, tokens, type Range, type Token } from './text.js'

const STOP_WORDS = new Set('a an and at by for from in into of on or the to with its their his her'.split(' '))

/**
 * Meetings whose title words nearly all occur in one sentence (at least three, and three quarters of
 * them): each such sentence is cited by the span from the first to the last matching word.
 */
export function findMeetingMentions(text: string, lines: Range[], meetings: KnownMeeting[], sourceId: string, cp: Int32Array): MeetingSuggestion[] {
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
