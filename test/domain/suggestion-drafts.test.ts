// Drafts for every kind of record: reported statements and quoted fragments, meetings, agreements,
// new actors and hints. On the made-up wire article of issue 18 (test/fixtures/suggest/) and small
// texts written here; every draft must validate as the write API's body once its gaps are filled.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { findQuote } from '../../src/domain/citations.js'
import { suggestAnnotations, type KnownActor } from '../../src/domain/suggestions.js'
import { projectRoot } from '../../src/paths.js'
import { AnnotatedActor, AnnotatedAgreement, AnnotatedMeeting, AnnotatedStatement } from '../../src/schemas/entity-inputs.js'
import { Suggestions as SuggestionsSchema } from '../../src/schemas/suggestions.js'
import { buildApp } from '../helper.js'

const WIRE = readFileSync(path.join(projectRoot, 'test', 'fixtures', 'suggest', 'wire-two-phases.txt'), 'utf8')
const actors: KnownActor[] = [
  { id: 'united-states', name: 'United States', aliases: ['US', 'Washington'], kind: 'state' },
  { id: 'iraq', name: 'Iraq', aliases: ['Baghdad'], kind: 'state' },
  { id: 'mohammed-shia-al-sudani', name: 'Mohammed Shia Al Sudani', aliases: ['al-Sudani'], kind: 'person' },
  { id: 'global-coalition', name: 'Global Coalition', aliases: ['US-led coalition'], kind: 'organization' },
]
const wire = () =>
  suggestAnnotations({
    sourceId: 'wire',
    text: WIRE,
    published: { edtf: '2025-09-27' },
    actors,
    meetings: [{ id: 'hmc-talks', title: 'Round of talks of the Higher Military Commission', date: '2025-01' }],
    agreements: [{ id: 'coalition-end', title: 'End of the coalition military mission in two phases' }],
    statements: [{ id: 'old-figure', source_id: 'other', text: 'About 2,500 US troops are in Iraq.' }],
  })

t.test('the wire article: all five statements a curator would write, with speakers and honest dates', async (t) => {
  const s = wire()
  t.ok(SuggestionsSchema.safeParse(s).success, 'the answer matches the Suggestions schema')
  const by = (words: string) => s.statements.find((x) => x.draft.text === words || x.draft.text.startsWith(words))
  const opening = by('The United States and Iraq said on Friday')
  t.match(opening?.draft, { kind: 'paraphrase', speakers: ['united-states', 'iraq'], date: { edtf: '2025-09-26', basis: 'inferred' } }, 'the reported statement that opens the article')
  t.match(opening?.draft.date.note, /Friday.*2025-09-27/)
  t.notMatch(opening?.draft.text, /WASHINGTON/, 'the dateline is not part of the statement')

  const first = by('will end in two phases')
  const second = by('will move to bilateral security partnerships')
  t.match(first?.draft, { kind: 'joint_statement', speakers: ['united-states', 'iraq'], occurrence: 3 }, 'a quoted fragment of a joint statement')
  t.match(second?.draft, { kind: 'joint_statement', speakers: ['united-states', 'iraq'] }, 'the second fragment of the same sentence')
  t.match(first?.note, /quoted fragment inside a reported sentence/)

  const page = by('turns a page')
  t.match(page?.draft, { kind: 'quote', speakers: ['mohammed-shia-al-sudani'] }, 'a short fragment that says something is a quote of the one reported')
  t.match(page?.draft.date, { edtf: '2025-09', basis: 'inferred' }, 'an undated remark keeps the month of publication, not a day')
  t.match(page?.draft.date.note, /2025-09-27/)
  t.notOk(s.statements.some((x) => x.draft.kind === 'paraphrase' && x.draft.text.includes('turns a page')), 'no paraphrase besides the fragment')

  const miller = by('This is not a withdrawal')
  t.equal(miller?.draft.kind, 'quote')
  const millerActor = s.new_actors.find((a) => a.draft.name === 'Mathew Miller')
  t.ok(millerActor, 'the spokesperson is proposed as a new actor')
  t.same(miller?.draft.speakers, [millerActor?.draft.id], 'and speaks the quote')
  t.match(millerActor?.note, /State Department Spokesperson/)

  for (const { draft } of s.statements) {
    const found = findQuote(WIRE, draft.text, draft.occurrence)
    t.ok(found.ok && found.span.quote === draft.text, `${draft.id}: its text is verbatim`)
    for (const c of draft.citations) t.ok(findQuote(WIRE, c.quote, c.occurrence).ok, `${draft.id}: citation "${c.quote}" verifies`)
    if (draft.speakers.length > 0) t.ok(AnnotatedStatement.safeParse(draft).success, `${draft.id} is a valid statement body`)
  }
})

t.test('the wire article: the round of talks, the two-phase decision, and the hints', async (t) => {
  const s = wire()
  const round = s.new_meetings.find((m) => m.draft.kind === 'dialogue_round')
  t.ok(round, 'a round of talks')
  t.match(round?.draft.date, { edtf: '2025-01', basis: 'inferred' }, '"began in January": a month, resolved against the publication date')
  for (const m of s.new_meetings) t.ok(AnnotatedMeeting.safeParse(m.draft).success, `${m.draft.id} is a valid meeting body`)

  const phases = s.new_agreements.find((a) => a.draft.citations.some((c) => c.quote.includes('will end in two phases')))
  t.match(phases?.draft, { kind: 'decision', status: 'announced', date: { edtf: '2025-09-26', basis: 'inferred' } })
  t.same(phases?.draft.parties.map((p) => p.actor_id).sort(), ['iraq', 'united-states'])
  const deadline = s.new_agreements.find((a) => a.draft.summary?.includes('September 2025'))
  t.equal(deadline?.draft.date.edtf, null, 'a deadline ("no later than September 2025") is not the date it was agreed')
  for (const a of s.new_agreements) t.ok(AnnotatedAgreement.safeParse(a.draft).success, `${a.draft.id} is a valid agreement body`)

  t.ok(s.hints.some((h) => h.kind === 'possible_match' && h.record_type === 'meeting' && h.record_id === 'hmc-talks' && h.draft_id === round?.draft.id), 'the round may be the known one of January')
  t.ok(s.hints.some((h) => h.kind === 'possible_match' && h.record_type === 'agreement' && h.record_id === 'coalition-end'), 'the decision may be the known one')
  const dispute = s.hints.find((h) => h.kind === 'possible_dispute')
  t.match(dispute, { record_type: 'statement', record_id: 'old-figure', note: /2,000 troops here, 2,500/ }, 'a differing figure')
})

const small = (text: string, published: string | null = '2024-07-23') =>
  suggestAnnotations({ sourceId: 'test-source', text, published: { edtf: published }, publisher: 'Rudaw', actors: [...actors, { id: 'rudaw', name: 'Rudaw', aliases: [], kind: 'organization' }], meetings: [] })

t.test('reports, paraphrases, new actors and the dates they may claim', async (t) => {
  const report = small('The US has around 2,500 soldiers in Iraq today.').statements
  t.match(report, [{ draft: { kind: 'report', speakers: ['rudaw'], date: { edtf: '2024-07-23', basis: 'inferred' } } }], "the outlet's own account, dated by its publication")
  const noDate = small('The US has around 2,500 soldiers in Iraq today.', null).statements
  t.match(noDate, [{ draft: { date: { edtf: null, basis: 'unknown' } } }], 'no publication date: no date at all')
  const monthOnly = small('Iraqi Foreign Minister Fouad Hussein said the talks would go on for years.', '2024-07').statements
  t.match(monthOnly[0]?.draft.date, { edtf: null, basis: 'unknown' }, 'a month-only publication date (itself an inference) dates no remark')
  const dayPublished = small('Iraqi Foreign Minister Fouad Hussein said the talks would go on for years.').statements
  t.match(dayPublished[0]?.draft.date, { edtf: '2024-07', basis: 'inferred' }, 'a publication day dates the remark by its month')
  const s = small('Iraqi Foreign Minister Fouad Hussein said the talks would go on for years.')
  const hussein = s.new_actors.find((a) => a.draft.name === 'Fouad Hussein')
  t.match(hussein?.draft, { kind: 'person', affiliations: [{ organization_id: 'iraq', role: 'Foreign Minister' }] }, 'a new person with a proposed affiliation from the title')
  t.ok(hussein && AnnotatedActor.safeParse(hussein.draft).success, 'a valid actor body')
  t.match(s.statements, [{ draft: { kind: 'paraphrase', speakers: [hussein?.draft.id] } }])
  const split = small('While Baghdad has maintained that the commission aims to end the mission, Washington has described the step only as a transition.').statements
  t.same(split.map((x) => [x.draft.kind, x.draft.speakers]), [['paraphrase', ['iraq']], ['paraphrase', ['united-states']]], 'two reporting clauses, two statements')
  const monday = small('US and Iraqi officials met in Baghdad on Monday to discuss the coalition.').new_meetings
  t.match(monday, [{ draft: { kind: 'bilateral_meeting', location: 'Baghdad', date: { edtf: '2024-07-22', basis: 'inferred' } } }], 'a weekday resolved against the publication date')
  t.match(monday[0]?.draft.date.note, /Monday.*2024-07-23/)
  const april = small('The commission grew out of a meeting in April between the two leaders in Washington.', null).new_meetings
  t.match(april[0]?.draft.date, { edtf: null, basis: 'unknown' }, 'a month without a year or publication date is not guessed')
})

t.test('through the API: hints against the stored dataset, and a 404 problem for an unknown source', async (t) => {
  const app = await buildApp(t)
  const res = await app.inject({ method: 'POST', url: '/v1/sources/rudaw-us-iraq-reach-understanding/suggestions' })
  t.equal(res.statusCode, 200)
  const body = res.json() as { hints: { kind: string; record_type: string; record_id: string; note: string }[] }
  t.ok(body.hints.some((h) => h.kind === 'possible_match' && h.record_id === 'jscd-2024-07-washington'), 'the Tuesday meeting may be the stored two-day dialogue')
  const dispute = body.hints.find((h) => h.kind === 'possible_dispute')
  t.match(dispute?.note, /2,500 troops here, 3,000/, 'the 2,500 soldiers against the 3,000 another source reports')
  for (const h of body.hints.filter((x) => x.kind === 'possible_dispute')) {
    const disputed = app.db.reader.prepare('SELECT source_id FROM statements WHERE id = ?').get(h.record_id) as { source_id: string } | undefined
    t.ok(disputed && disputed.source_id !== 'rudaw-us-iraq-reach-understanding', `${h.record_id}: a statement of another source`)
  }
  const missing = await app.inject({ method: 'POST', url: '/v1/sources/no-such-source/suggestions' })
  t.equal(missing.statusCode, 404)
  t.match(missing.headers['content-type'], /^application\/problem\+json/)
})

t.test('the publisher and the byline as new actors', async (t) => {
  const text = 'Talks go on\n\nBy Jane Doe\n\nBAGHDAD (WN) - Officials from both countries held more talks about the coalition on Monday.\n'
  const s = suggestAnnotations({ sourceId: 'test-source', text, published: { edtf: '2024-07-23' }, publisher: 'Wire News (WN)', actors, meetings: [] })
  const outlet = s.new_actors.find((a) => a.draft.kind === 'organization')
  t.match(outlet?.draft, { name: 'Wire News', aliases: ['WN'], citations: [{ quote: 'WN' }] }, 'the publisher, cited where the text prints its acronym')
  const author = s.new_actors.find((a) => a.draft.name === 'Jane Doe')
  t.match(author?.draft, { kind: 'person', affiliations: [{ organization_id: outlet?.draft.id, role: 'author (byline)' }] })
  t.ok(author && AnnotatedActor.safeParse(author.draft).success)
  t.match(s.statements, [{ draft: { kind: 'report', speakers: [outlet?.draft.id] } }], "the outlet's own account is the new publisher's")
})
