// suggestAnnotations: each quotation of a source with its attribution, speakers and date, as
// statement drafts; and the known actors and meetings the text mentions.
import { findActorMentions } from './actor-mentions.js'
import { bodyLines, bodySentences } from './article-body.js'
import { findAgreements, findMeetings } from './events.js'
import { findHints } from './hints.js'
import { findNewActors } from './new-actors.js'
import { reportedStatements, type QuoteSpan } from './reported.js'
import { attributionAfter, attributionBefore, type Attribution } from './attribution.js'
import { findMeetingMentions } from './meeting-mentions.js'
import { dateFor, narrativeDates, type DatingContext } from './quote-dates.js'
import { QuoteLocator, scanQuotations, type Quotation } from './quotations.js'
import { remember, resolveSpeakers, type Resolved, type SpeakerContext, type SpeakerMemory } from './speakers.js'
import { codePointIndex, endsSentence, foldString, foldText, lineOf, linesOf, slugify, wordCount, type Range } from './text.js'
import type { DraftDate, OffsetCitation, StatementDraft, StatementSuggestion, SuggestInput, Suggestions } from './types.js'

export function suggestAnnotations(input: SuggestInput): Suggestions {
  const { sourceId, text } = input
  const published = input.published.edtf
  const cp = codePointIndex(text)
  const locator = new QuoteLocator(text, cp)
  const lines = linesOf(text)
  const known = new Set(input.actors.map((a) => a.id))
  const parties = (input.jointParties ?? ['united-states', 'iraq']).filter((id) => known.has(id))

  const mentions = findActorMentions(text, input.actors)
  const quotations = scanQuotations(text, lines)
  const insideQuote = (pos: number) => quotations.some((q) => q.segments.some((s) => pos >= s.start && pos < s.end))
  const speakerContext: SpeakerContext = { text, lines, mentions, parties }
  const datingContext: DatingContext = { text, lines, foldedText: foldText(text), published, dated: narrativeDates(text, published, insideQuote), insideQuote }

  const memory: SpeakerMemory = { lastSpeakers: [], lastKind: 'quote', lastNamed: [] }
  let previous: { q: Quotation; attribution: Attribution | null; resolved: Resolved; date: DraftDate } | null = null

  const statements: StatementSuggestion[] = []
  const spans: QuoteSpan[] = []
  const ids = new Set<string>()
  const uniqueId = (base: string) => {
    let id = slugify(base, 80) || 'quote'
    for (let n = 2; ids.has(id); n++) id = `${slugify(base, 80 - String(n).length - 1)}-${n}`
    ids.add(id)
    return id
  }

  for (const q of quotations) {
    const words = q.segments.reduce((n, s) => n + wordCount(text.slice(s.start, s.end)), 0)
    const closeLine = lineOf(lines, q.close ?? q.segments[q.segments.length - 1]!.end)
    const openLine = lineOf(lines, q.open)
    const own = attributionAfter(text, q, closeLine) ?? attributionBefore(text, q, openLine)
    const notes: string[] = []

    let attribution = own
    let resolved: Resolved
    let inherited: DraftDate | null = null
    if (own) {
      resolved = resolveSpeakers(speakerContext, memory, own, q)
      if (resolved.how) notes.push(resolved.how)
      if (resolved.fromPrevious && previous) inherited = previous.date
    } else if (previous && previous.resolved.speakers.length > 0 && previous.q.close !== null && sameSentence(text, lines, previous.q.close, q.open)) {
      // `X said that the mission "will end" and that Iraq "will …"`: the second fragment of the same sentence.
      attribution = previous.attribution
      resolved = { ...previous.resolved, fromPrevious: true, how: undefined }
      inherited = previous.date
      notes.push(`a second quoted fragment in the sentence of a quote by ${resolved.speakers.join(', ')}`)
    } else if (words < 6) {
      continue // a quoted term ("very important", "transition"), not a statement
    } else if (previous && previous.q.lastLine === q.firstLine && (previous.resolved.speakers.length > 0 || previous.attribution !== null)) {
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

    const { date, how } = dateFor(datingContext, q, attribution, resolved, inherited)
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
      spans.push({ index: statements.length, start: seg.start, end: seg.end, attributed: attribution !== null, speakers: resolved.speakers, attribution: attribution?.range ?? null })
      statements.push({
        draft,
        ...(segmentNotes.length > 0 ? { note: segmentNotes.join('; ') } : {}),
        ...(attributionWords !== undefined ? { attribution: attributionWords } : {}),
      })
    })

    remember(memory, resolved)
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

  // Everything else the body says: new actors, reported statements and fragments, meetings, agreements.
  const sentences = bodySentences(text, bodyLines(text))
  const newActors = findNewActors({ text, sourceId, locator, actors: input.actors, mentions, published, publisher: input.publisher ?? null }, sentences)
  const newActorsIn = (r: Range) => [...newActors.at].filter(([, rs]) => rs.some((x) => x.start >= r.start && x.end <= r.end)).map(([id]) => id)
  const kinds = new Map((input.actors).map((a) => [a.id, a.kind]))
  for (const d of newActors.drafts) kinds.set(d.draft.id, d.draft.kind)
  const persons = new Set([...kinds].filter(([, k]) => k === 'person').map(([id]) => id))
  const states = new Set([...kinds].filter(([, k]) => k === 'state').map(([id]) => id))
  const publisherName = input.publisher ? foldString(input.publisher) : null
  const publisher =
    publisherName === null
      ? null
      : (input.actors.find((a) => [a.name, ...a.aliases].some((n) => publisherName.includes(foldString(n)) && n.length > 1))?.id ??
        newActors.drafts.find((d) => d.note.includes('the publisher'))?.draft.id ??
        null)
  // A quote whose attribution names a proposed new actor ("said Brig. Gen. Steven T. Rivera"): that actor.
  let lastPerson: string[] = []
  for (const sp of spans) {
    const st = statements[sp.index]
    if (st && st.draft.speakers.some((id) => persons.has(id))) lastPerson = st.draft.speakers
    if (!st || st.draft.speakers.length > 0 || !sp.attribution) continue
    const words = text.slice(sp.attribution.start, sp.attribution.end)
    const found = /^(?:he|she)\b|\b(?:he|she)$/iu.test(words.replace(/\s+\w+$/u, '')) || /^(?:he|she)\s/iu.test(words) ? lastPerson : newActorsIn(sp.attribution).filter((id) => persons.has(id))
    if (found.length === 0) continue
    st.draft.speakers = found.slice(-1)
    sp.speakers = st.draft.speakers
    lastPerson = st.draft.speakers
    st.note = `${st.note ? `${st.note}; ` : ''}speaker: ${found.slice(-1)[0]}, a proposed new actor named in the attribution`
  }
  const reported = reportedStatements(
    { text, sourceId, locator, mentions, quotations, quoteSpans: spans, publisher, published, dated: datingContext.dated, persons, parties, newActorIn: (r) => newActorsIn(r)[0], uniqueId },
    sentences,
  )
  const at = new Map(spans.map((sp) => [sp.index, sp.start]))
  const all = [
    ...statements.map((suggestion, i) => ({ at: at.get(i) ?? 0, suggestion, i })).filter((x) => !reported.replaced.has(x.i)),
    ...reported.statements.map((x) => ({ ...x, i: -1 })),
  ].sort((a, b) => a.at - b.at)

  const eventContext = { text, sourceId, locator, mentions, newActorsIn, dated: datingContext.dated, parties, states, persons, insideQuote }
  const eventIds = new Set<string>()
  const eventId = (base: string) => {
    let id = slugify(base, 70) || 'draft'
    for (let n = 2; eventIds.has(id); n++) id = `${slugify(base, 66)}-${n}`
    eventIds.add(id)
    return id
  }
  const newMeetings = findMeetings(eventContext, sentences, published, eventId)
  const newAgreements = findAgreements(eventContext, sentences, published, eventId)
  const allStatements = all.map((x) => x.suggestion)
  const hints = findHints(allStatements, newMeetings, newAgreements, { meetings: input.meetings, agreements: input.agreements ?? [], statements: input.statements ?? [] })

  return {
    statements: allStatements,
    actors,
    meetings: findMeetingMentions(text, lines, input.meetings, sourceId, cp),
    new_actors: newActors.drafts,
    new_meetings: newMeetings,
    new_agreements: newAgreements,
    hints,
  }
}

/** No sentence ends in the text between `from` and `to`, on one line. */
function sameSentence(text: string, lines: Range[], from: number, to: number): boolean {
  const line = lineOf(lines, from)
  if (to > line.end) return false
  for (let j = from + 1; j < to; j++) if (endsSentence(text, j, line.end)) return false
  return true
}
