// One article: title, byline and dateline; a paragraph on each of its meetings and agreements and a
// line on each actor it covers; then statements until it holds enough candidates. The citations its
// mentions made are resolved against the finished text.
import { TOPICS, type Topic } from '../../domain/vocabulary.js'
import { Doc, object, spanText, type ArticleContext, type Candidate } from './article-context.js'
import { agreementSentence, coverageSentence, meetingParagraph } from './mention-sentences.js'
import type { Rng } from './random.js'
import { jointSentence, paraphraseSentence, quoteSentence, reportSentence } from './statement-sentences.js'
import { capitalize, fill, slugWords, type IdMaker } from './text.js'
import { CITIES, PUBLISHER_WEIGHTS, PUBLISHERS, REPORTERS, TOPIC_OBJECTS } from './word-lists.js'
import type { Actor, World } from './world.js'

export interface Article {
  sourceId: string
  title: string
  author: string | null
  publisher: (typeof PUBLISHERS)[number]
  text: string
  day: number
  dated: boolean
  /** Spans that could be statements; the caller keeps as many as it wants. */
  candidates: Candidate[]
}

/** Article j's share of a list: items j, j+S, j+2S… of S articles. */
const shareOf = <T>(list: readonly T[], j: number, articles: number): T[] => {
  const out: T[] = []
  for (let i = j; i < list.length; i += articles) out.push(list[i] as T)
  return out
}

/** Writes article j of `articles`, with at least `want` statement candidates. */
export function writeArticle(rng: Rng, world: World, j: number, articles: number, want: number, sourceIds: IdMaker): Article {
  const publisher = world.publishers[rng.weighted(PUBLISHER_WEIGHTS)] as Actor
  const pub = PUBLISHERS.find((p) => p.name === publisher.name)!
  const meetings = shareOf(world.meetings, j, articles)
  const agreements = shareOf(world.agreements, j, articles)
  const coverage = shareOf(world.actors, j, articles)
  const day = world.articleDays[j] as number
  const dated = world.articleDated[j] === 1
  const focus = [...new Set([...meetings.map((m) => m.topic), ...agreements.map((g) => g.topic), rng.pick(TOPICS)])]
  const mainStates = meetings[0] ? [meetings[0].participants[0]!.actor, meetings[0].participants[1]!.actor] : [rng.pick(world.states), rng.pick(world.states)]
  const title = capitalize(
    fill(rng.pick(['{a}, {b} {verb} {o}', '{a} and {b} {verb} {o}', '{a}–{b} talks: {o} {tail}', '{who} says {o} {tail}', '{a} {verb} {o} with {b}']), {
      a: mainStates[0]!.short,
      b: mainStates[1]!.short,
      verb: rng.pick(['discuss', 'hold talks on', 'reach understanding on', 'continue talks on', 'weigh', 'disagree over']),
      o: rng.pick(TOPIC_OBJECTS[focus[0] as Topic]),
      tail: rng.pick(['under review', 'on the agenda', 'still unresolved', 'to continue', 'in focus']),
      who: rng.pick(['Pentagon', 'Baghdad', 'Official', 'Minister', 'Spokesman', 'Commander', 'Parliament']),
    }),
  )
  const sourceId = sourceIds.make(`${slugWords(pub.code, 2)}-${slugWords(title, 6)}`)
  const doc = new Doc()
  const ctx: ArticleContext = { rng, world, doc, sourceId, publisher, candidates: [], pending: [], introduced: new Set(), day, dated, focus }

  doc.add(`${title}\n\n`)
  const author = rng.chance(0.7) ? rng.pick(REPORTERS) : null
  if (author) doc.add(`By ${author}\n\n`)
  doc.add(`${rng.chance(0.5) ? pub.city : rng.pick(CITIES).toUpperCase()} (${pub.code}) - `)
  let sentences = 0
  const paragraph = () => {
    sentences++
    if (sentences % rng.range(2, 4) === 0) doc.add('\n\n')
  }
  for (const m of meetings) {
    meetingParagraph(ctx, m)
    paragraph()
    const cast = m.participants.map((p) => p.actor)
    for (let k = rng.range(1, 3); k > 0; k--) {
      if (rng.chance(0.15) && cast.length >= 2) jointSentence(ctx, cast[0]!, cast[1]!, m, null)
      else if (rng.chance(0.7)) quoteSentence(ctx, cast.filter((a) => a.kind === 'person'), m, null, cast.slice(0, 2))
      else paraphraseSentence(ctx, cast.filter((a) => a.kind === 'person'), m, null, cast.slice(0, 2))
      paragraph()
    }
  }
  for (const g of agreements) {
    agreementSentence(ctx, g)
    paragraph()
    if (rng.chance(0.7)) {
      quoteSentence(ctx, [], g.meeting, g, g.parties.map((p) => p.actor).slice(0, 2))
      paragraph()
    }
  }
  for (const a of coverage) {
    coverageSentence(ctx, a)
    paragraph()
  }
  const cast = meetings.flatMap((m) => m.participants.map((p) => p.actor)).filter((a) => a.kind === 'person')
  const minSentences = rng.range(12, 20)
  while (ctx.candidates.length < want || sentences < minSentences) {
    const roll = rng.next()
    const m = meetings.length > 0 && rng.chance(0.5) ? rng.pick(meetings) : null
    if (roll < 0.5) quoteSentence(ctx, cast, m, null, [])
    else if (roll < 0.72) paraphraseSentence(ctx, cast, m, null, [])
    else if (roll < 0.76 && world.states.length >= 2) jointSentence(ctx, rng.pick(world.states), rng.pick(world.states), m, null)
    else reportSentence(ctx, m)
    paragraph()
  }
  // Now and then a line from social media, with characters outside the BMP (offsets count code points).
  if (rng.chance(0.08)) doc.add(`\n\n${rng.pick(['In a post on X', 'On social media'])}, the ministry wrote: “${capitalize(object(ctx).text)} 🇮🇶🤝🇺🇸”`)
  doc.add(`\n\n${rng.chance(0.5) ? `(Reporting by ${rng.pick(REPORTERS)}; editing by ${rng.pick(REPORTERS)})` : `© ${pub.name}`}\n`)
  const text = doc.text()
  for (const p of ctx.pending) p.list.push({ source_id: sourceId, start: p.span.c0, end: p.span.c1, quote: spanText(text, p.span) })
  return { sourceId, title, author, publisher: pub, text, day, dated, candidates: ctx.candidates }
}
