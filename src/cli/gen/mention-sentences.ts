// The sentences that mention the world's records and cite them: a meeting and who took part, an
// agreement and its parties, and the coverage that gives every actor (and affiliation) a citation.
import { dateRec, ISO_DAYS, weekdayOf } from './dates.js'
import { capitalize, fill } from './text.js'
import { AFFILIATION_TAILS, EVENTS, FACILITIES, GENERIC_MENTIONS, MEETING_VERBS, STATUS_PHRASES } from './word-lists.js'
import type { Actor, Agreement, Meeting } from './world.js'
import { cite, mentionName, object, topicsOf, type ArticleContext } from './article-context.js'

export function meetingParagraph(ctx: ArticleContext, m: Meeting): void {
  const { rng, doc } = ctx
  const [p1, p2, ...others] = m.participants
  const when = m.date.edtf && rng.chance(0.6) ? ` on ${weekdayOf(m.day)}` : ''
  const a = doc.add(mentionName(ctx, p1!.actor))
  doc.add(' and ')
  const b = doc.add(mentionName(ctx, p2!.actor))
  const rest = doc.add(` ${rng.pick(MEETING_VERBS)} ${m.location}${when} for the ${m.title.replace(/, [^,]+$/, '')}`)
  doc.add('. ')
  cite(ctx, doc.join(a, rest), m.citations)
  cite(ctx, a, p1!.citations)
  cite(ctx, b, p2!.citations)
  ctx.candidates.push({ kind: 'report', span: doc.join(a, rest), speakers: [ctx.publisher], about: [p1!.actor, p2!.actor], topics: topicsOf(ctx, [m.topic]), meeting: m, agreement: null, attribution: null, dateHint: 'article' })
  if (others.length > 0) {
    doc.add(rng.pick(['The delegations included ', 'Also present were ', 'Among the participants were ']))
    others.forEach((p, k) => {
      if (k > 0) doc.add(k === others.length - 1 ? ' and ' : ', ')
      const span = doc.add(mentionName(ctx, p.actor))
      cite(ctx, span, p.citations)
      cite(ctx, span, p.actor.citations, 3)
    })
    doc.add('. ')
  }
  if (rng.chance(0.4)) {
    const span = doc.add(capitalize(m.description.replace(/\.$/, '')))
    doc.add('. ')
    cite(ctx, span, m.citations, 2)
  }
}

export function agreementSentence(ctx: ArticleContext, g: Agreement): void {
  const { rng, doc } = ctx
  const [p1, ...rest] = g.parties
  const title = g.title[0]!.toLowerCase() + g.title.slice(1)
  const reported = g.status === 'reported_unconfirmed' && rng.chance(0.5)
  if (reported) doc.add('Some reports claimed that ')
  const a = doc.add(reported ? mentionName(ctx, p1!.actor) : capitalize(mentionName(ctx, p1!.actor)))
  cite(ctx, a, p1!.citations)
  rest.forEach((p, k) => {
    doc.add(k === rest.length - 1 ? ' and ' : ', ')
    cite(ctx, doc.add(mentionName(ctx, p.actor)), p.citations)
  })
  const phrase = doc.add(` ${fill(rng.pick(STATUS_PHRASES[g.status]), { title })}`)
  doc.add('. ')
  cite(ctx, doc.join(a, phrase), g.citations)
  ctx.candidates.push({ kind: 'report', span: doc.join(a, phrase), speakers: [ctx.publisher], about: g.parties.map((p) => p.actor).slice(0, 3), topics: topicsOf(ctx, [g.topic]), meeting: g.meeting, agreement: g, attribution: null, dateHint: 'article' })
}

export function coverageSentence(ctx: ArticleContext, a: Actor): void {
  const { rng, doc } = ctx
  if (a.kind === 'person' && a.affiliations.length > 0) {
    for (const aff of a.affiliations) {
      const span = doc.add(`${aff.organization.name} ${aff.role} ${a.name}`)
      ctx.introduced.add(a.id)
      cite(ctx, span, aff.citations)
      cite(ctx, span, a.citations, 3)
      if (aff.date.edtf === null && ctx.dated && rng.chance(0.4)) aff.date = dateRec(ISO_DAYS[ctx.day] as string, 'inferred', `Holding the post in an article published ${ISO_DAYS[ctx.day]}.`)
      doc.add(` ${fill(rng.pick(AFFILIATION_TAILS), { weekday: weekdayOf(ctx.day) })}. `)
    }
    return
  }
  if (a.kind === 'person') {
    const span = doc.add(a.name)
    ctx.introduced.add(a.id)
    cite(ctx, span, a.citations, 3)
    doc.add(` ${rng.pick(AFFILIATION_TAILS).replace('{weekday}', weekdayOf(ctx.day))}. `)
    return
  }
  const template = rng.pick(GENERIC_MENTIONS[a.kind])
  const [before, after] = template.split('{name}') as [string, string]
  const o = object(ctx)
  const values = { o: o.text, event: fill(rng.pick(EVENTS), { facility: rng.pick(FACILITIES), o2: object(ctx).text }) }
  const lead = fill(before, values)
  const start = lead ? doc.add(capitalize(lead)) : null
  const span = doc.add(lead ? a.name : capitalize(a.name))
  ctx.introduced.add(a.id)
  cite(ctx, span, a.citations, 3)
  const end = doc.add(fill(after, values))
  doc.add('. ')
  ctx.candidates.push({ kind: 'report', span: doc.join(start ?? span, end), speakers: [ctx.publisher], about: [a], topics: topicsOf(ctx, [o.topic]), meeting: null, agreement: null, attribution: null, dateHint: 'article' })
}
