/* eslint-disable @typescript-eslint/no-explicit-any -- seed entries are loose YAML here */
// Annotation suggestions, checked against how the curators annotated the five seed articles.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t, { type Test } from 'tap'
import { parse } from 'yaml'
import { findQuote } from '../../src/domain/citations.js'
import { sliceCodePoints } from '../../src/domain/code-points.js'
import { resolveDatePhrase, suggestAnnotations, type KnownActor, type Suggestions } from '../../src/domain/suggestions.js'
import { fold } from '../../src/domain/text-fold.js'
import { seedDir } from '../../src/paths.js'
import { AnnotatedStatement } from '../../src/schemas/entity-inputs.js'
import { SLUG_PATTERN } from '../../src/schemas/primitives.js'
import { Suggestions as SuggestionsSchema } from '../../src/schemas/suggestions.js'
import { suggestForSource } from '../../src/services/suggestion-service.js'
import { buildApp } from '../helper.js'

type Entry = Record<string, any> & { id: string }
const load = (name: string) => parse(readFileSync(path.join(seedDir, `${name}.yaml`), 'utf8')) as Entry[]
const sources = load('sources')
const statements = load('statements')
const actors: KnownActor[] = load('actors').map((a) => ({ id: a.id, name: a.name, aliases: a.aliases ?? [], kind: a.kind }))
const meetings = load('meetings').map((m) => ({ id: m.id as string, title: m.title as string }))

const textOf = (s: Entry) => readFileSync(path.join(seedDir, 'documents', s.file as string), 'utf8')
const sourceById = (id: string) => sources.find((s) => s.id === id) as Entry
const suggest = (id: string): Suggestions => {
  const s = sourceById(id)
  return suggestAnnotations({ sourceId: s.id, text: textOf(s), published: { edtf: s.published.edtf }, publisher: s.publisher, actors, meetings })
}
const ANADOLU = 'anadolu-us-iraq-continuing-discussions'
const RUDAW_JULY = 'rudaw-us-iraq-reach-understanding'
const RUDAW_BAGHDAD = 'rudaw-baghdad-technical-consultations'

/** The draft whose text is, or contains, `words`. */
const draftFor = (result: Suggestions, words: string) => result.statements.find((s) => s.draft.text.includes(words))?.draft
/** The direct quotes among the statement drafts (the rest are paraphrases and reports of the narrative). */
const directQuotes = (result: Suggestions) => result.statements.filter((s) => s.draft.kind === 'quote' || s.draft.kind === 'joint_statement')

// Curly and straight marks, and dashes, count as equal when comparing a mention with a name.
const plain = (s: string) => fold(s).replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2014\u2212]/g, '-')


/**
 * A suggested date: its values exactly; its note by what it must mention (the words it read and the
 * date it resolved them against), not by its exact wording.
 */
function dateIs(t: Test, actual: { edtf: string | null; basis: string; note?: string } | null | undefined, edtf: string | null, basis: string, mentions: string[], message = 'the suggested date') {
  t.same(Object.keys(actual ?? {}).sort(), ['basis', 'edtf', 'note'], `${message}: edtf, basis and a note`)
  t.equal(actual?.edtf, edtf, `${message}: edtf`)
  t.equal(actual?.basis, basis, `${message}: basis`)
  for (const m of mentions) t.ok(actual?.note?.includes(m), `${message}: the note mentions ${m}`, { note: actual?.note })
}

t.test('every suggestion on every seed article is exact and well-formed', async (t) => {
  for (const source of sources) {
    const text = textOf(source)
    const result = suggest(source.id)
    const ids = result.statements.map((s) => s.draft.id)
    t.equal(new Set(ids).size, ids.length, `${source.id}: draft ids are unique`)
    t.ok(SuggestionsSchema.safeParse(result).success, `${source.id}: the answer matches the Suggestions schema`)
    for (const { draft, note } of result.statements) {
      t.match(draft.id, SLUG_PATTERN, `${draft.id} is a slug`)
      t.ok(draft.id.length <= 80, `${draft.id} has at most 80 characters`)
      t.equal(draft.source_id, source.id)
      const found = findQuote(text, draft.text, draft.occurrence)
      t.ok(found.ok && found.span.quote === draft.text, `${draft.id}: its text is a verbatim span of the source`)
      for (const c of draft.citations) {
        t.equal(c.source_id, source.id)
        const cited = findQuote(text, c.quote, c.occurrence)
        t.ok(cited.ok && cited.span.quote === c.quote, `${draft.id}: its citation "${c.quote}" is found`)
      }
      const parsed = AnnotatedStatement.safeParse(draft)
      if (draft.speakers.length > 0) t.ok(parsed.success, `${draft.id} validates as AnnotatedStatement`)
      else {
        // The one thing a speakerless draft lacks is its speaker, and the note says so.
        t.same(parsed.error?.issues.map((i) => i.path.join('.')), ['speakers'], `${draft.id}: only the speaker is missing`)
        t.match(note, /no speaker found/)
      }
    }
    for (const a of result.actors) {
      const actor = actors.find((x) => x.id === a.actor_id) as KnownActor
      const names = [actor.name, ...actor.aliases].map(plain)
      for (const c of a.citations) {
        const words = sliceCodePoints(text, c.start, c.end)
        t.ok(words !== null && names.includes(plain(words)), `${a.actor_id} at ${c.start}-${c.end} ("${words}") is one of its names`)
      }
    }
    for (const m of result.meetings) {
      t.ok(meetings.some((x) => x.id === m.meeting_id))
      for (const c of m.citations) t.ok((sliceCodePoints(text, c.start, c.end) ?? '').length > 0, `${m.meeting_id}: a span of the text`)
    }
  }
})

t.test('every quote the curators recorded is suggested, with the same kind and speakers', async (t) => {
  const curated = statements.filter((s) => s.kind === 'quote' || s.kind === 'joint_statement')
  t.ok(curated.length >= 15)
  for (const s of curated) {
    const draft = draftFor(suggest(s.source_id), s.text)
    t.ok(draft, `${s.id}: a draft contains "${s.text.slice(0, 50)}…"`)
    t.equal(draft?.kind, s.kind, `${s.id}: kind ${s.kind}`)
    t.same(draft?.speakers, s.speakers, `${s.id}: speakers ${s.speakers.join(', ')}`)
  }
})

t.test('the Anadolu article: every direct quote, each attributed to Pat Ryder', async (t) => {
  const result = suggest(ANADOLU)
  const quotes = statements.filter((s) => s.source_id === ANADOLU && s.kind === 'quote')
  t.equal(quotes.length, 6)
  for (const q of quotes) t.ok(result.statements.some((s) => s.draft.text === q.text || s.draft.text.includes(q.text)), `found: ${q.id}`)
  t.equal(directQuotes(result).length, 6, 'no scare quote ("very important") and no single-quoted pull quote becomes a quote draft')
  for (const { draft } of directQuotes(result)) {
    t.same(draft.speakers, ['pat-ryder'])
    t.equal(draft.kind, 'quote')
    dateIs(t, draft.date, null, 'unknown', ["'Monday'"], 'dated by "the Pentagon said Monday", unresolvable')
  }
  t.match(draftFor(result, 'we may have more to provide'), { citations: [{ source_id: ANADOLU, quote: 'he added', occurrence: 1 }] }, '"he added": the last named speaker')

  // A quotation of two paragraphs: the first opens and never closes, the second reopens and closes.
  const first = result.statements.find((s) => s.draft.text.startsWith('As part of the US-Iraq Joint Security Cooperation Dialogue'))
  const second = result.statements.find((s) => s.draft.text === 'Those conversations are ongoing,')
  t.ok(first && second)
  t.match(first?.note, /part 1 of 2 of a quotation that continues across paragraphs/)
  t.match(second?.note, /part 2 of 2/)
  t.same(first?.draft.citations, second?.draft.citations, 'both parts cite the attribution at the end')
  t.equal(first?.attribution, 'Ryder said')
})

t.test('the Rudaw article of July 2024: joint statements, Austin and Miller', async (t) => {
  const result = suggest(RUDAW_JULY)
  const joint = result.statements.filter((s) => s.draft.kind === 'joint_statement')
  t.equal(joint.length, 4)
  for (const { draft } of joint) t.same(draft.speakers, ['united-states', 'iraq'])
  const bracketed = draftFor(result, '[T]he delegations reached an understanding')
  t.ok(bracketed?.text.startsWith('[T]he delegations'), 'a bracketed insertion stays in the text')
  t.same(bracketed?.citations, [{ source_id: RUDAW_JULY, quote: 'read the joint statement from both delegations' }])
  dateIs(t, bracketed?.date, '2024-07-24?', 'inferred', ["'the following day'", "'on Tuesday'", "2024-07-24?"])
  t.match(draftFor(result, 'The delegations further discussed'), { speakers: ['united-states', 'iraq'], citations: [{ quote: 'it added' }] }, '"it added": the previous speaker')

  const miller = draftFor(result, 'the question about the United States military presence')
  t.same(miller?.speakers, ['mathew-miller'], 'the article spells him "Mathew Miller"')
  dateIs(t, miller?.date, '2024-07-24?', 'inferred', ["'on Wednesday'", "2024-07-24?"])
  t.match(miller?.citations, [{ quote: /^State Department Spokesperson Mathew Miller told/ }])

  const austin = draftFor(result, 'Our bond is especially important')
  t.same(austin?.speakers, ['lloyd-austin'])
  t.equal(austin?.text.endsWith('that fight,'), true, 'the space before the closing mark is left out')
  dateIs(t, austin?.date, '2024-07-23?', 'inferred', ["'on Tuesday'", "2024-07-24?"])

  t.notOk(result.statements.some((s) => s.draft.text === 'transition'), 'a one-word scare quote is no statement')
  t.ok(result.actors.some((a) => a.actor_id === 'mathew-miller'))
  t.ok(result.meetings.some((m) => m.meeting_id === 'state-department-briefing-2024-07-24'))
})

t.test('the Rudaw Baghdad article: "both sides" and a quote that goes on in the same paragraph', async (t) => {
  const result = suggest(RUDAW_BAGHDAD)
  t.match(draftFor(result, 'expressed their ongoing commitment'), {
    kind: 'joint_statement',
    speakers: ['united-states', 'iraq'],
  })
  const thursday = draftFor(result, 'expressed their ongoing commitment')?.date
  dateIs(t, thursday, null, 'unknown', ["'Thursday'"])
  const second = result.statements.find((s) => s.draft.text.startsWith('It is a clear example'))
  t.same(second?.draft.speakers, ['steven-t-rivera'])
  t.match(second?.note, /no attribution of its own/)
  t.same(second?.draft.citations, [{ source_id: RUDAW_BAGHDAD, quote: 'said Brig. Gen. Steven T. Rivera' }])
})

t.test('relative dates resolved against the publication date', async (t) => {
  // 2024-07-23 is a Tuesday.
  dateIs(t, resolveDatePhrase('on Tuesday', '2024-07-23'), '2024-07-23', 'inferred', ["'on Tuesday'", "2024-07-23"], 'the same day')
  dateIs(t, resolveDatePhrase('Monday', '2024-07-23'), '2024-07-22', 'inferred', ["'Monday'", "2024-07-23"])
  t.equal(resolveDatePhrase('on Wednesday', '2024-07-23')?.edtf, '2024-07-17', 'a later weekday is last week’s')
  t.equal(resolveDatePhrase('last Tuesday', '2024-07-23')?.edtf, '2024-07-16')
  t.equal(resolveDatePhrase('on Tuesday', '2024-07-24?')?.edtf, '2024-07-23?', 'an uncertain publication date leaves the result uncertain')
  dateIs(t, resolveDatePhrase('last July', '2021-10-14'), '2020-07', 'inferred', ["'last July'", "2021-10-14"])
  dateIs(t, resolveDatePhrase('in January', '2024-07-23'), '2024-01', 'inferred', ["'in January'", "2024-07-23"], 'a month, not a day')
  t.equal(resolveDatePhrase('in September', '2024-07-23')?.edtf, '2023-09', 'a month after the publication month is last year’s')
  t.equal(resolveDatePhrase('in July', '2024-07-23')?.edtf, '2024-07')
  t.equal(resolveDatePhrase('yesterday', '2024-03-01')?.edtf, '2024-02-29')
  dateIs(t, resolveDatePhrase('on Thursday', null), null, 'unknown', ["'Thursday'"])
  dateIs(t, resolveDatePhrase('last July', null), null, 'unknown', ["'last July'"])
  t.match(resolveDatePhrase('on Thursday', '2024-07'), { edtf: null, basis: 'unknown', note: /not precise enough/ })
  dateIs(t, resolveDatePhrase('July 18, 2024', null), '2024-07-18', 'stated', ["'July 18, 2024'"])
  dateIs(t, resolveDatePhrase('in 2008', '2024-07-23'), '2008', 'stated', ["'in 2008'"])
  t.equal(resolveDatePhrase('the January 1998 parliamentary resolution', null)?.edtf, '1998-01', 'a month with its year is stated')
  t.equal(resolveDatePhrase('we may have more', '2024-07-23'), null, '"may" is no month')
})

const ryder = [{ id: 'pat-ryder', name: 'Pat Ryder', aliases: ['Ryder'] }, { id: 'united-states', name: 'United States', aliases: ['US'] }]
const small = (text: string, published: string | null = '2024-07-23') => suggestAnnotations({ sourceId: 'test-source', text, published: { edtf: published }, actors: ryder, meetings: [] })

t.test('attributions before the quote, unknown speakers, repeated words and code points', async (t) => {
  t.match(small('Ryder said on Monday: "We are not leaving any time soon, not at all."').statements, [
    { draft: { speakers: ['pat-ryder'], date: { edtf: '2024-07-22', basis: 'inferred' }, citations: [{ quote: 'Ryder said on Monday' }] } },
  ])
  t.match(small('Ryder, the Pentagon spokesman, said: "We remain committed to the mission in full."').statements, [
    { draft: { speakers: ['pat-ryder'], citations: [{ quote: 'Ryder, the Pentagon spokesman, said' }] } },
  ], 'the subject of an apposition, not the name inside it')
  t.match(small('"It is early days for all of us here," Ryder said, "but we will see what happens."').statements, [
    { draft: { speakers: ['pat-ryder'], text: 'It is early days for all of us here,' } },
    { draft: { speakers: ['pat-ryder'], text: 'but we will see what happens.' } },
  ])
  const unknown = small('"We will keep working with our partners on this," said a spokesman.').statements
  t.match(unknown, [{ draft: { speakers: [], citations: [{ quote: 'said a spokesman' }] }, note: /no speaker found: no known actor is named in 'said a spokesman'/ }])
  t.match(unknown[0]?.draft.id, /^unattributed-/)

  const twice = small('"Repeat this sentence here," Ryder said. "Repeat this sentence here," Ryder said.').statements
  t.same(twice.map((s) => [s.draft.occurrence, s.draft.citations[0]?.occurrence]), [[1, 1], [2, 2]], 'repeated words carry their occurrence')
  t.same(twice.map((s) => s.draft.id), ['pat-ryder-repeat-this-sentence-here', 'pat-ryder-repeat-this-sentence-here-2'])

  const text = '😀 The US will stay, 𝔸 Ryder said: "Nothing has changed in our posture at all." us'
  const result = small(text)
  t.same(
    result.actors.map((a) => [a.actor_id, a.citations.map((c) => sliceCodePoints(text, c.start, c.end))]),
    [['united-states', ['US']], ['pat-ryder', ['Ryder']]],
    'offsets count code points; the lowercase pronoun "us" is not the US',
  )
  t.same(result.statements[0]?.draft.speakers, ['pat-ryder'])
  t.same(small('No quotes here at all.'), { statements: [], actors: [], meetings: [], new_actors: [], new_meetings: [], new_agreements: [], hints: [] }, 'a five-word aside is no statement')
})

t.test('the service suggests for a stored source from the actors and meetings in the database', async (t) => {
  const app = await buildApp(t)
  t.equal(suggestForSource(app.db.reader, 'no-such-source'), undefined)
  const stored = suggestForSource(app.db.reader, RUDAW_JULY)
  t.ok(stored && SuggestionsSchema.safeParse(stored).success)
  const fromFiles = suggest(RUDAW_JULY)
  t.same(stored?.statements, fromFiles.statements, 'the same drafts as from the seed files')
  const byId = <T extends { citations: unknown }>(list: T[], key: (x: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)))
  t.same(byId(stored?.actors ?? [], (a) => a.actor_id), byId(fromFiles.actors, (a) => a.actor_id))
  t.same(byId(stored?.meetings ?? [], (m) => m.meeting_id), byId(fromFiles.meetings, (m) => m.meeting_id))
})
