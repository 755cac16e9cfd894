// The evaluation's matching rules (src/domain/suggestions/evaluate.ts), on a text written here: the
// figures npm run eval:suggest prints are only as honest as these.
import t from 'tap'
import { findQuote } from '../../src/domain/citations.js'
import { evaluate, type Span, type Truth } from '../../src/domain/suggestions/evaluate.js'
import type { StatementSuggestion, Suggestions } from '../../src/domain/suggestions/types.js'

const TEXT = 'Officials met in Baghdad on Monday. The talks were long and hard. Nobody said anything new about the talks.'
const span = (words: string): Span => {
  const found = findQuote(TEXT, words)
  if (!found.ok) throw new Error(`not in the text: ${words}`)
  return { start: found.span.start, end: found.span.end }
}
const statement = (text: string, kind = 'report', edtf: string | null = null): StatementSuggestion => ({
  draft: { id: text.slice(0, 10).toLowerCase().replace(/\W+/g, '-'), kind: kind as 'report', source_id: 's', text, speakers: [], date: edtf === null ? { edtf: null, basis: 'unknown' } : { edtf, basis: 'inferred', note: 'n' }, about: [], topics: [], citations: [] },
})
const none: Suggestions = { statements: [], actors: [], meetings: [], new_actors: [], new_meetings: [], new_agreements: [], hints: [] }
const truth = (over: Partial<Truth> = {}): Truth => ({ statements: [], meetings: [], agreements: [], actors: [], ...over })

t.test('statements: the same kind and an overlap of half the longer span', async (t) => {
  const curated = [{ id: 'c1', kind: 'report', span: span('The talks were long and hard.'), date: '2024-07' }]
  const ev = evaluate(TEXT, { ...none, statements: [statement('The talks were long and hard.', 'report', '2024-07')] }, truth({ statements: curated }), 'x')
  t.match(ev.statements, { drafts: 1, curated: 1, matched: 1 })
  t.match(ev.dates, { compared: 1, correct: 1, tooPrecise: 0 })
  t.equal(evaluate(TEXT, { ...none, statements: [statement('The talks were long and hard.', 'paraphrase')] }, truth({ statements: curated }), 'x').statements.matched, 0, 'another kind does not match')
  t.equal(evaluate(TEXT, { ...none, statements: [statement('The talks')] }, truth({ statements: curated }), 'x').statements.matched, 0, 'a third of the span does not match')
  const twice = evaluate(TEXT, { ...none, statements: [statement('The talks were long and hard.'), statement('talks were long and hard.')] }, truth({ statements: curated }), 'x')
  t.match(twice.statements, { drafts: 2, matched: 1 }, 'one to one: a second draft of the same statement is a false positive')
})

t.test('dates more precise than the curator’s are counted, and failed citations reported', async (t) => {
  const curated = [{ id: 'c1', kind: 'report', span: span('The talks were long and hard.'), date: '2024-07' }]
  const day = evaluate(TEXT, { ...none, statements: [statement('The talks were long and hard.', 'report', '2024-07-23')] }, truth({ statements: curated }), 'x')
  t.match(day.dates, { compared: 1, correct: 0, tooPrecise: 1 })
  const nothing = evaluate(TEXT, { ...none, statements: [statement('The talks were long and hard.', 'report', '2024')] }, truth({ statements: [{ ...curated[0]!, date: null }] }), 'x')
  t.equal(nothing.dates.tooPrecise, 1, 'any date where the curator has none')
  const coarser = evaluate(TEXT, { ...none, statements: [statement('The talks were long and hard.', 'report', '2024')] }, truth({ statements: curated }), 'x')
  t.equal(coarser.dates.tooPrecise, 0, 'a coarser date is wrong, not too precise')
  const bad = evaluate(TEXT, { ...none, statements: [statement('words that are not there')] }, truth(), 'x')
  t.equal(bad.citations.failed.length, 1)
})

t.test('meetings: overlapping citations; a known record only through a hint', async (t) => {
  const draft = { draft: { id: 'm', title: 'Meeting', kind: 'bilateral_meeting' as const, date: { edtf: null, basis: 'unknown' as const }, citations: [{ source_id: 's', quote: 'Officials met in Baghdad on Monday' }], participants: [] }, note: '' }
  const curatedNew = { id: 'baghdad', spans: [span('met in Baghdad')], date: null, known: false }
  t.match(evaluate(TEXT, { ...none, new_meetings: [draft] }, truth({ meetings: [curatedNew] }), 'x').meetings, { drafts: 1, curated: 1, matched: 1 })
  const known = { ...curatedNew, known: true }
  t.equal(evaluate(TEXT, { ...none, new_meetings: [draft] }, truth({ meetings: [known] }), 'x').meetings.matched, 0, 'a draft of a known meeting without a hint is a duplicate')
  const hinted = { ...none, new_meetings: [draft], hints: [{ kind: 'possible_match' as const, draft_type: 'meeting' as const, draft_id: 'm', record_type: 'meeting' as const, record_id: 'baghdad', note: '' }] }
  t.equal(evaluate(TEXT, hinted, truth({ meetings: [known] }), 'x').meetings.matched, 1, 'found through its hint')
})

t.test('new actors match by name or alias', async (t) => {
  const actor = (name: string) => ({ draft: { id: 'a', kind: 'person' as const, name, aliases: [], citations: [{ source_id: 's', quote: 'Officials' }], affiliations: [] }, note: '' })
  t.equal(evaluate(TEXT, { ...none, new_actors: [actor('Pat Ryder')] }, truth({ actors: [{ id: 'pat-ryder', names: ['Pat Ryder', 'Ryder'] }] }), 'x').actors.matched, 1)
  t.equal(evaluate(TEXT, { ...none, new_actors: [actor('Ryder')] }, truth({ actors: [{ id: 'pat-ryder', names: ['Major General Pat Ryder'] }] }), 'x').actors.matched, 1, 'a surname the full name ends with')
  t.equal(evaluate(TEXT, { ...none, new_actors: [actor('Someone Else')] }, truth({ actors: [{ id: 'pat-ryder', names: ['Pat Ryder'] }] }), 'x').actors.matched, 0)
})
