// Where the sources disagree: each dispute's question with its claims side by side, every claim with
// the statements that give it and its cited words highlighted in their source's text.
import type { Citation, Claim, Dispute, DisputeRef, SourceDetail } from './api-types.js'
import { getAll, getJson } from './api.js'
import { dateView, empty, heading, joinLinks, section, statusBadge } from './components.js'
import { type Child, enc, h, humanize, link, splitAtCodePoints } from './dom.js'
import { href } from './links.js'
import type { Route, View } from './router.js'

const KIND_LABELS: Record<string, string> = {
  figure: 'A figure',
  existence: 'Whether it exists',
  framing: 'How it is framed',
  chronology: 'When',
  origin: 'Where it came from',
  date_plausibility: 'Whether the date can be right',
  attribution: 'Who said it',
}
/** Code points of context shown on each side of the cited words. */
const CONTEXT = 90

type Texts = Map<string, string>

async function sourceTexts(disputes: Dispute[], signal: AbortSignal): Promise<Texts> {
  const ids = [...new Set(disputes.flatMap((d) => d.claims.flatMap((c) => c.citations.map((x) => x.source_id))))]
  const sources = await Promise.all(ids.map((id) => getJson<SourceDetail>(`/v1/sources/${enc(id)}`, signal)))
  return new Map(sources.map((s) => [s.id, s.text]))
}

/** The cited words marked in a window of their source's text (offsets are code points). */
function passage(c: Citation, texts: Texts): HTMLElement {
  const text = texts.get(c.source_id) ?? ''
  const [before, cited, after] = splitAtCodePoints(text, c.start, c.end)
  const lead = Array.from(before)
  const tail = Array.from(after)
  return h(
    'blockquote',
    { class: 'passage' },
    h(
      'p',
      {},
      lead.length > CONTEXT ? '…' : null,
      lead.slice(-CONTEXT).join(''),
      h('mark', { 'data-start': c.start, 'data-end': c.end }, cited),
      tail.slice(0, CONTEXT).join(''),
      tail.length > CONTEXT ? '…' : null,
    ),
    h('p', { class: 'cite-where' }, link(href.source(c.source_id, c), `${c.source_id} · ${c.start}–${c.end}`)),
  )
}

function claimCard(claim: Claim, index: number, texts: Texts): HTMLElement {
  return h(
    'article',
    { class: 'card claim', 'aria-label': `Claim ${index + 1}` },
    h('h3', { class: 'claim-answer' }, claim.answer),
    claim.note ? h('p', { class: 'note' }, claim.note) : null,
    h(
      'ul',
      { class: 'claim-statements' },
      claim.statements.map((s) =>
        h(
          'li',
          {},
          link(href.statement(s.id), s.speakers.length > 0 ? s.speakers.map((a) => a.name).join(', ') : s.id),
          ' in ',
          s.source.publisher ?? s.source.title ?? s.source.id,
          ' · ',
          dateView(s.date),
        ),
      ),
    ),
    h('div', { class: 'claim-citations', 'aria-label': 'Cited words' }, claim.citations.map((c) => passage(c, texts))),
  )
}

function disputeBlock(d: Dispute, texts: Texts, level: 'page' | 'list'): HTMLElement {
  const about: Child[] = [
    d.actors.length > 0 ? ['About ', joinLinks(d.actors)] : null,
    d.agreement ? [' · agreement ', link(href.agreement(d.agreement.id), d.agreement.title), ' ', statusBadge(d.agreement.status)] : null,
    d.meeting ? [' · meeting ', link(href.meeting(d.meeting.id), d.meeting.title)] : null,
    d.topics.length > 0 ? [' · ', d.topics.map(humanize).join(', ')] : null,
  ]
  const question = level === 'list' ? h('h2', { class: 'dispute-question' }, link(href.dispute(d.id), d.question)) : null
  return h(
    'section',
    { class: 'dispute', id: `dispute-${d.id}`, 'data-dispute': d.id },
    question,
    h('p', { class: 'kicker' }, KIND_LABELS[d.kind] ?? humanize(d.kind), ' · ', h('span', { class: `dispute-status status-${d.status}` }, d.status)),
    d.superseded_by ? h('p', { class: 'notice' }, 'Settled by later reporting: ', link(href.statement(d.superseded_by.id), d.superseded_by.text)) : null,
    h('p', { class: 'meta' }, about),
    d.note ? h('p', { class: 'note dispute-note' }, d.note) : null,
    h('div', { class: 'claims' }, d.claims.map((c, i) => claimCard(c, i, texts))),
  )
}

export async function disputesView(route: Route, signal: AbortSignal): Promise<View> {
  const topic = route.params.get('topic')
  const disputes = await getAll<Dispute>(`/v1/disputes${topic ? `?topic=${enc(topic)}` : ''}`, signal)
  const texts = await sourceTexts(disputes, signal)
  return {
    title: 'Where sources disagree',
    node: h(
      'div',
      { class: 'page disputes-page' },
      heading(
        'Where sources disagree',
        h('p', { class: 'lede' }, 'Each question below is answered differently by the sources. The answers (claims) stand side by side, each with the statements that give it and the cited words highlighted in their article.'),
      ),
      disputes.length === 0 ? empty('No dispute is recorded.') : disputes.map((d) => disputeBlock(d, texts, 'list')),
    ),
  }
}

export async function disputeView(route: Route, signal: AbortSignal): Promise<View> {
  const dispute = await getJson<Dispute>(`/v1/disputes/${enc(route.parts[1] ?? '')}`, signal)
  const texts = await sourceTexts([dispute], signal)
  return {
    title: dispute.question,
    node: h(
      'div',
      { class: 'page disputes-page' },
      heading(dispute.question, h('p', {}, link('#/disputes', 'Every place the sources disagree'))),
      disputeBlock(dispute, texts, 'page'),
    ),
  }
}

/** The disputes a record takes part in, each a link to its claims side by side. */
export function disputeList(disputes: DisputeRef[]): HTMLElement {
  return h('ul', { class: 'dispute-links' }, disputes.map((d) => h('li', {}, link(href.dispute(d.id), d.question), ' ', h('span', { class: 'kind' }, KIND_LABELS[d.kind] ?? humanize(d.kind)))))
}

/** The same, as a section of a meeting or agreement page (nothing when there are none). */
export function disputeLinks(disputes: DisputeRef[]): HTMLElement | null {
  return disputes.length === 0 ? null : section('Where sources disagree', disputeList(disputes))
}
