// The sentences that carry statements: quotes, paraphrases, joint statements and the publisher's own reports.
import { weekdayOf } from './dates.js'
import { capitalize, fill } from './text.js'
import { CITIES, EVENTS, FACILITIES, MONTHS, ORDINALS, PARAPHRASES, QUOTE_CLOSINGS, QUOTE_OPENINGS, REPORTS, UNITS, WHEN, WHOM } from './word-lists.js'
import type { Actor, Agreement, Meeting } from './world.js'
import { mentionName, object, pickSpeaker, topicsOf, yearText, type ArticleContext, type Candidate, type Span } from './article-context.js'

/** A quoted sentence: “Q1, Q2,” Speaker said. — the quote, its first clause, and its second clause are statements. */
export function quoteSentence(ctx: ArticleContext, cast: Actor[], meeting: Meeting | null, agreement: Agreement | null, about: Actor[]): void {
  const { rng, doc } = ctx
  const speaker = pickSpeaker(ctx, cast)
  const o1 = object(ctx)
  const o2 = object(ctx)
  const values = { o: o1.text, o2: o2.text, year: yearText(ctx), capital: rng.pick(ctx.world.states).state!.capital }
  const first = capitalize(fill(rng.pick(QUOTE_OPENINGS), values))
  const second = rng.chance(0.75) ? fill(rng.pick(QUOTE_CLOSINGS), values) : null
  const curly = rng.chance(0.7)
  const [open, close] = curly ? ['“', '”'] : ['"', '"']
  const topics = topicsOf(ctx, [o1.topic])
  const speakerFirst = rng.chance(0.25)
  if (speakerFirst) {
    const who = doc.add(mentionName(ctx, speaker))
    const said = doc.add(` ${rng.pick(['said', 'told reporters', 'added'])}: `)
    doc.add(open)
    const q1 = doc.add(first)
    let whole = q1
    let q2: Span | null = null
    if (second) {
      doc.add(', ')
      q2 = doc.add(second)
      whole = doc.join(q1, q2)
    }
    doc.add(`.${close} `)
    const attribution = doc.join(who, { ...said, u1: said.u1 - 2, c1: said.c1 - 2 })
    ctx.candidates.push({ kind: 'quote', span: whole, speakers: [speaker], about, topics, meeting, agreement, attribution, dateHint: 'article' })
    if (q2) {
      ctx.candidates.push({ kind: 'quote', span: q1, speakers: [speaker], about, topics, meeting, agreement, attribution, dateHint: 'article' })
      ctx.candidates.push({ kind: 'quote', span: q2, speakers: [speaker], about: [], topics: topicsOf(ctx, [o2.topic]), meeting, agreement, attribution, dateHint: 'article' })
    }
    return
  }
  doc.add(open)
  const q1 = doc.add(first)
  let whole: Span
  let q2: Span | null = null
  if (second) {
    doc.add(', ')
    q2 = doc.add(second)
    whole = doc.join(q1, doc.add(','))
  } else whole = doc.join(q1, doc.add(','))
  doc.add(`${close} `)
  const who = doc.add(mentionName(ctx, speaker))
  const verb = doc.add(` ${rng.pick(['said', 'said', 'added', 'told reporters', 'said in a statement'])}`)
  const when = ctx.dated && rng.chance(0.4) ? ` on ${weekdayOf(ctx.day)}` : ''
  doc.add(`${when}. `)
  const attribution = doc.join(who, verb)
  ctx.candidates.push({ kind: 'quote', span: whole, speakers: [speaker], about, topics, meeting, agreement, attribution, dateHint: 'article' })
  if (q2) {
    ctx.candidates.push({ kind: 'quote', span: q1, speakers: [speaker], about, topics: topicsOf(ctx, [o1.topic]), meeting, agreement, attribution, dateHint: 'article' })
    ctx.candidates.push({ kind: 'quote', span: q2, speakers: [speaker], about: [], topics: topicsOf(ctx, [o2.topic]), meeting, agreement, attribution, dateHint: 'article' })
  }
}

export function paraphraseSentence(ctx: ArticleContext, cast: Actor[], meeting: Meeting | null, agreement: Agreement | null, about: Actor[]): void {
  const { rng, doc } = ctx
  const speaker = rng.chance(0.15) ? rng.pick(ctx.world.organizations) : pickSpeaker(ctx, cast)
  const o1 = object(ctx)
  const o2 = object(ctx)
  const state = rng.pick(ctx.world.states)
  const clause = fill(rng.pick(PARAPHRASES), { o: o1.text, o2: o2.text, state: state.name, when: rng.pick(WHEN) })
  const who = doc.add(capitalize(mentionName(ctx, speaker)))
  const verb = doc.add(` ${rng.pick(['said', 'said', 'stressed', 'noted', 'told reporters'])}`)
  doc.add(rng.chance(0.5) ? ' that ' : ' ')
  const body = doc.add(clause)
  doc.add(rng.chance(0.2) ? `, ${rng.pick(['according to a statement', 'in a televised address', 'during a visit to ' + rng.pick(CITIES)])}. ` : '. ')
  const candidate: Candidate = {
    kind: 'paraphrase',
    span: body,
    speakers: [speaker],
    about: [...about, ...(clause.includes(state.name) ? [state] : [])].slice(0, 3),
    topics: topicsOf(ctx, [o1.topic]),
    meeting,
    agreement,
    attribution: doc.join(who, verb),
    dateHint: rng.chance(0.8) ? 'article' : 'month',
  }
  ctx.candidates.push(candidate)
  // The same claim with its attribution, as a report of the publisher would cite it.
  if (rng.chance(0.7)) ctx.candidates.push({ ...candidate, kind: 'report', span: doc.join(who, body), speakers: [ctx.publisher], about: [speaker], attribution: null })
}

export function jointSentence(ctx: ArticleContext, a: Actor, b: Actor, meeting: Meeting | null, agreement: Agreement | null): void {
  const { rng, doc } = ctx
  const o1 = object(ctx)
  const intro = doc.add(`In a joint statement, ${mentionName(ctx, a)} and ${mentionName(ctx, b)} said`)
  doc.add(' they ')
  const body = doc.add(`${rng.pick(['reaffirmed their commitment to', 'agreed to continue discussions on', 'welcomed progress on', 'will form a committee on'])} ${o1.text}`)
  doc.add('. ')
  ctx.candidates.push({ kind: 'joint_statement', span: body, speakers: a.id === b.id ? [a] : [a, b], about: [], topics: topicsOf(ctx, [o1.topic]), meeting, agreement, attribution: intro, dateHint: 'article' })
}

export function reportSentence(ctx: ArticleContext, meeting: Meeting | null): void {
  const { rng, doc, world } = ctx
  const o1 = object(ctx)
  const o2 = object(ctx)
  const country = rng.pick(world.states)
  const country2 = rng.pick(world.states)
  const group = world.groups.length > 0 ? rng.pick(world.groups) : country
  const values = {
    o: o1.text,
    o2: o2.text,
    n: rng.pick(['2,500', '3,000', '900', '2,000', '1,500', '4,000', '500']),
    unit: rng.pick(UNITS),
    country: country.name,
    country2: country2.name,
    whom: rng.pick(WHOM),
    group: group.name,
    k: String(rng.range(3, 180)),
    facility: rng.pick(FACILITIES),
    month: rng.pick(MONTHS),
    ordinal: rng.pick(ORDINALS),
    year: yearText(ctx),
    adj: country.state!.adj,
    event: '',
  }
  values.event = fill(rng.pick(EVENTS), values)
  const text = fill(rng.pick(REPORTS), values)
  const body = doc.add(capitalize(text))
  doc.add('. ')
  ctx.candidates.push({
    kind: 'report',
    span: body,
    speakers: [ctx.publisher],
    about: text.includes(group.name) && group !== country ? [group] : text.includes(country.name) ? [country] : [],
    topics: topicsOf(ctx, [o1.topic]),
    meeting,
    agreement: null,
    attribution: null,
    dateHint: rng.chance(0.5) ? 'none' : rng.chance(0.5) ? 'article' : 'year',
  })
}
