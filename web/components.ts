// The pieces the views share: dates with their badges, citations, statement cards, sections, "load more".
import type { ActorRef, Citation, DateValue, Source, Statement } from './api-types.js'
import { announce, append, type Child, h, humanize, link, shorten } from './dom.js'
import { href } from './links.js'

const STATUS_LABELS: Record<string, string> = {
  adopted: 'adopted',
  reached: 'reached',
  announced: 'announced',
  reported_unconfirmed: 'reported, unconfirmed',
  planned: 'planned',
  disputed: 'disputed',
}
export const STATUS_NOTES: Record<string, string> = {
  adopted: 'Formally adopted.',
  reached: 'Reached by the parties.',
  announced: 'Announced by a party.',
  reported_unconfirmed: 'Reported, but not confirmed by a party.',
  planned: 'Planned, not yet done.',
  disputed: 'The sources disagree: see the statements about it.',
}
export const TYPE_LABELS: Record<string, string> = { meeting: 'Meeting', agreement: 'Agreement', statement: 'Statement', actor: 'Actor', source: 'Source', dispute: 'Dispute' }
export const KIND_GROUPS: Record<string, string> = { person: 'People', organization: 'Organizations', state: 'States', group: 'Groups' }

/** The `datetime` attribute for a date: as precise as the date is. */
function machineDate(d: DateValue): string | null {
  if (!d.start) return null
  if (d.precision === 'year' || d.precision === 'decade' || d.precision === 'century') return d.start.slice(0, 4)
  if (d.precision === 'month') return d.start.slice(0, 7)
  return d.start
}

export function badge(kind: string, label: string, note?: string | null): HTMLElement {
  // The note is the title (a tooltip on hover) and, for keyboard users, shown on focus (CSS).
  return h('span', { class: `badge badge-${kind}`, title: note ?? null, tabindex: note ? 0 : null }, label)
}

/** A date as its EDTF string, with its precision and badges for inferred, uncertain, approximate. */
export function dateView(d: DateValue, options: { block?: boolean } = {}): HTMLElement {
  const wrap = h('span', { class: `date${options.block ? ' date-block' : ''}` })
  if (d.edtf === null) {
    wrap.append(h('span', { class: 'date-unknown' }, 'date unknown'), badge('unknown', 'no date', d.note))
    return wrap
  }
  const covers = d.start && d.end && d.start !== d.end ? `Covers ${d.start} to ${d.end}` : d.start ? `The day ${d.start}` : 'Open-ended'
  append(wrap, [
    h('time', { class: 'edtf', datetime: machineDate(d), title: covers }, d.edtf),
    d.precision ? h('span', { class: 'precision' }, `${d.precision} precision`) : null,
  ])
  if (d.basis === 'inferred') wrap.append(badge('inferred', 'inferred', d.note ?? 'Worked out from the sources.'))
  else if (d.note) wrap.append(badge('stated', 'stated', d.note))
  if (d.uncertain) wrap.append(badge('uncertain', 'uncertain', 'EDTF “?”: the source is not sure of this date.'))
  if (d.approximate) wrap.append(badge('approximate', 'approximate', 'EDTF “~”: the date is approximate.'))
  return wrap
}

/** A date with its note behind a disclosure (in the source view's narrow side column). */
export function dateWithFoldedNote(d: DateValue): HTMLElement {
  const label = d.basis === 'inferred' ? 'How it was inferred' : d.basis === 'unknown' ? 'What the source says' : 'Note'
  return h('div', { class: 'date-with-note' }, dateView(d, { block: true }), d.note ? h('details', { class: 'note-details' }, h('summary', {}, label), h('p', { class: 'note' }, d.note)) : null)
}

/** A date with its note written out (on record pages, where there is room). */
export function dateWithNote(d: DateValue): HTMLElement {
  return h('div', { class: 'date-with-note' }, dateView(d, { block: true }), d.note ? h('p', { class: 'note' }, d.note) : null)
}

export function actorLinks(actors: ActorRef[]): Child {
  if (actors.length === 0) return null
  return h(
    'ul',
    { class: 'inline-list actors' },
    actors.map((a) => h('li', {}, link(href.actor(a.id), a.name))),
  )
}

export function sourceLabel(sources: Map<string, Source>, id: string): string {
  const s = sources.get(id)
  if (!s) return id
  return s.publisher ?? s.title ?? id
}

/** Cited words in quotation marks. Literal marks rather than <q>: generated content is not part of a link's hit area. */
export function quoted(text: string): Child[] {
  return ['“', h('span', { class: 'quote-text' }, text), '”']
}

/** The citations of a fact, each a link to its source with the words highlighted. */
export function citationList(citations: Citation[], sources: Map<string, Source>, label = 'Cited words'): Child {
  if (citations.length === 0) return null
  return h(
    'ul',
    { class: 'citations', 'aria-label': label },
    citations.map((c) =>
      h(
        'li',
        {},
        link(
          href.source(c.source_id, c),
          quoted(shorten(c.quote, 160)),
          ' ',
          h('span', { class: 'cite-where' }, `${sourceLabel(sources, c.source_id)} · ${c.start}–${c.end}`),
        ),
      ),
    ),
  )
}

export function statementCard(s: Statement, options: { showSource?: boolean } = {}): HTMLElement {
  const own = s.citations[0]
  return h(
    'article',
    { class: 'card statement' },
    h('blockquote', {}, h('p', {}, link(href.statement(s.id), s.text))),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: `kind kind-${s.kind}` }, humanize(s.kind)),
      s.speakers.length > 0 ? [' by ', joinLinks(s.speakers)] : null,
      ' · ',
      dateView(s.date),
    ),
    options.showSource !== false
      ? h(
          'p',
          { class: 'meta' },
          'In ',
          link(href.source(s.source.id, own), s.source.publisher ?? s.source.title ?? s.source.id),
          s.topics.length > 0 ? [' · ', s.topics.map(humanize).join(', ')] : null,
        )
      : null,
  )
}

export function joinLinks(actors: ActorRef[]): Child[] {
  return actors.flatMap((a, i) => [i > 0 ? ', ' : null, link(href.actor(a.id), a.name)])
}

export function section(title: string, ...children: Child[]): HTMLElement {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  return h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, title), ...children)
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text)
}

export function definitionList(rows: [string, Child][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))),
  )
}

export function loadMore(next: string | null, signal: AbortSignal, onPage: (next: string) => Promise<string | null>): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary' }, 'Load more')
  const wrap = h('p', { class: 'load-more' }, button)
  let cursor = next
  wrap.hidden = !cursor
  button.addEventListener('click', async () => {
    if (!cursor) return
    button.disabled = true
    button.textContent = 'Loading…'
    try {
      cursor = await onPage(cursor)
      announce('More items loaded.')
    } catch (error) {
      if (!signal.aborted) wrap.after(errorBox(error))
    } finally {
      button.disabled = false
      button.textContent = 'Load more'
      wrap.hidden = !cursor
    }
  })
  return wrap
}

export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error)
  return h('div', { class: 'notice error', role: 'alert' }, h('p', {}, message))
}

export function heading(text: Child, ...extra: Child[]): HTMLElement {
  return h('header', { class: 'page-head' }, h('h1', { tabindex: -1 }, text), ...extra)
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `status status-${status}`, title: STATUS_NOTES[status] ?? null }, STATUS_LABELS[status] ?? humanize(status))
}
