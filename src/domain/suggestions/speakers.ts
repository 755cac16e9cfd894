// Speaker matching: who an attribution names — a known actor before the verb or right after it, a
// pronoun meaning an earlier speaker, or both parties of a joint statement.
import { fold } from '../text-fold.js'
import type { Mention } from './actor-mentions.js'
import { BOTH, CONNECTORS, JOINT, PRONOUNS, type Attribution } from './attribution.js'
import type { Quotation } from './quotations.js'
import { lineOf, sentenceStart, tokens, type Range } from './text.js'
import type { StatementDraft } from './types.js'

export interface Resolved {
  speakers: string[]
  kind: StatementDraft['kind']
  /** The speaker was named (so "he added" later means them). */
  named: boolean
  /** The speaker (and date) carry over from the quote before ("he added", "it noted"). */
  fromPrevious: boolean
  /** How the speaker was found, or why not, for the suggestion's note. */
  how?: string
}

/** The text, its lines, the actor mentions in it, and the parties a joint statement of "both sides" stands for. */
export interface SpeakerContext {
  text: string
  lines: Range[]
  mentions: Mention[]
  parties: string[]
}

/** What the quotes so far leave for the next: "he added" means the last named speaker, "it noted" the last speaker. */
export interface SpeakerMemory {
  lastSpeakers: string[]
  lastKind: StatementDraft['kind']
  lastNamed: string[]
}

export function resolveSpeakers(ctx: SpeakerContext, memory: SpeakerMemory, a: Attribution, q: Quotation): Resolved {
  const { text, parties } = ctx
  const { lastNamed, lastSpeakers, lastKind } = memory
  const mentionsIn = (r: Range) => ctx.mentions.filter((m) => m.start >= r.start && m.end <= r.end)
  const words = text.slice(a.range.start, a.range.end)
  const clause = fold(words)
  const sentence = fold(text.slice(sentenceStart(text, q.open, lineOf(ctx.lines, q.open)), q.open))
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
    const inClause = [...new Set(mentionsIn(a.range).map((m) => m.actorId))]
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

/** After a quote with speakers: remember them for the pronouns of later quotes. */
export function remember(memory: SpeakerMemory, resolved: Resolved): void {
  if (resolved.speakers.length === 0) return
  memory.lastSpeakers = resolved.speakers
  memory.lastKind = resolved.kind
  if (resolved.named) memory.lastNamed = resolved.speakers
}
