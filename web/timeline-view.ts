// The timeline: dated meetings, agreements, statements and disputes by year, its filters, and the
// undated items. A dispute is placed by the API at its earliest dated claim statement.
import type { ActorRef, Agreement, Dispute, ItemType, Meeting, Statement, TimelineItem, TimelinePage } from './api-types.js'
import { allActors, datasetIndex, getAll, getJson, query } from './api.js'
import { actorLinks, badge, dateView, empty, errorBox, heading, KIND_GROUPS, loadMore, TYPE_LABELS } from './components.js'
import { enc, h, humanize, link, plural, shorten } from './dom.js'
import { href } from './links.js'
import { navigate, type Route, type View } from './router.js'

let focusResultsNext = false

interface TimelineFilters {
  actor: string
  topic: string
  from: string
  to: string
  types: ItemType[]
}
const ALL_TYPES: ItemType[] = ['meeting', 'agreement', 'statement', 'dispute']

function timelineFilters(params: URLSearchParams): TimelineFilters {
  const types = (params.get('type') ?? '').split(',').filter((t): t is ItemType => (ALL_TYPES as string[]).includes(t))
  return {
    actor: params.get('actor') ?? '',
    topic: params.get('topic') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    types: types.length > 0 ? types : ALL_TYPES,
  }
}

function timelineQuery(f: TimelineFilters): Record<string, string> {
  return {
    actor: f.actor,
    topic: f.topic,
    from: f.from,
    to: f.to,
    type: f.types.length === ALL_TYPES.length ? '' : f.types.join(','),
  }
}

export async function timelineView(route: Route, signal: AbortSignal): Promise<View> {
  const f = timelineFilters(route.params)
  const [index, actors, page] = await Promise.all([
    datasetIndex(),
    allActors(),
    getJson<TimelinePage>(`/v1/timeline${query({ ...timelineQuery(f), limit: '100' })}`, signal),
  ])

  const form = filterForm(f, index.vocabularies.topics ?? [], actors)
  const list = h('div', { class: 'timeline' })
  let lastYear = ''
  let currentList: HTMLOListElement | null = null
  let shown = 0
  const count = h('p', { class: 'count', tabindex: -1 })
  const addItems = (items: TimelineItem[]) => {
    for (const item of items) {
      const year = item.date.start?.slice(0, 4) ?? ''
      if (!currentList || year !== lastYear) {
        lastYear = year
        currentList = h('ol', { class: 'events' })
        list.append(h('section', { class: 'year', 'aria-label': year }, h('h2', { class: 'year-label' }, year), currentList))
      }
      currentList.append(timelineItem(item))
    }
    shown += items.length
    count.textContent = `${plural(shown, 'dated item')} shown${shown > 0 ? ', oldest first' : ''}.`
  }
  addItems(page.data)
  const more = loadMore(page.links.next, signal, async (next) => {
    const body = await getJson<TimelinePage>(next, signal)
    addItems(body.data)
    return body.links.next
  })

  const undatedTotal = Object.values(page.meta.undated).reduce((a, b) => a + b, 0)
  const filtered = Boolean(f.actor || f.topic || f.from || f.to || f.types.length < ALL_TYPES.length)
  const focus = focusResultsNext ? count : null
  focusResultsNext = false

  return {
    title: 'Timeline',
    focus,
    node: h(
      'div',
      { class: 'page timeline-page' },
      heading(
        'Timeline',
        h(
          'p',
          { class: 'lede' },
          'Meetings, agreements and statements, oldest first. Each date is written as the sources support it (',
          h('abbr', { title: 'Extended Date/Time Format' }, 'EDTF'),
          ') with its precision; ',
          badge('inferred', 'inferred', 'Inferred dates were worked out from the sources; the note says how.'),
          ' marks a date worked out rather than stated (point at it, or focus it, for how). Open any item to read the words of its source.',
        ),
      ),
      form,
      h('div', { class: 'results-head' }, count, filtered ? link('#/', 'Clear the filters') : null),
      page.data.length === 0 ? empty('Nothing dated matches these filters.') : null,
      list,
      more,
      undatedTotal > 0 ? undatedBlock(f, page.meta.undated, undatedTotal, signal) : null,
    ),
  }
}

function timelineItem(item: TimelineItem): HTMLElement {
  const title = item.type === 'statement' ? shorten(item.title, 280) : item.title
  return h(
    'li',
    { class: `event event-${item.type}` },
    h('div', { class: 'event-date' }, dateView(item.date, { block: true })),
    h(
      'div',
      { class: 'event-body' },
      h('span', { class: `type type-${item.type}` }, TYPE_LABELS[item.type] ?? item.type),
      h('p', { class: `event-title${item.type === 'statement' ? ' is-quote' : ''}` }, link(href.item(item.type, item.id), title)),
      actorLinks(item.actors),
    ),
  )
}

function filterForm(f: TimelineFilters, topics: string[], actors: ActorRef[]): HTMLElement {
  const actorSelect = h('select', { id: 'f-actor', name: 'actor' }, h('option', { value: '' }, 'Any actor'))
  for (const kind of Object.keys(KIND_GROUPS)) {
    const ofKind = actors.filter((a) => a.kind === kind)
    if (ofKind.length === 0) continue
    actorSelect.append(
      h(
        'optgroup',
        { label: KIND_GROUPS[kind] ?? kind },
        ofKind.map((a) => h('option', { value: a.id, selected: a.id === f.actor }, a.name)),
      ),
    )
  }
  const topicSelect = h(
    'select',
    { id: 'f-topic', name: 'topic' },
    h('option', { value: '' }, 'Any topic'),
    topics.map((t) => h('option', { value: t, selected: t === f.topic }, humanize(t))),
  )
  const datePattern = '\\d{4}(-\\d{2}(-\\d{2})?)?'
  const dateHint = h('p', { class: 'hint', id: 'f-date-hint' }, 'Dates: YYYY, YYYY-MM or YYYY-MM-DD. An item matches when its date overlaps the range; undated items never do.')
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter the timeline' },
    h('div', { class: 'field' }, h('label', { for: 'f-actor' }, 'Actor'), actorSelect),
    h('div', { class: 'field' }, h('label', { for: 'f-topic' }, 'Topic'), topicSelect),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'f-from' }, 'From'),
      h('input', { id: 'f-from', name: 'from', type: 'text', inputmode: 'numeric', value: f.from, pattern: datePattern, placeholder: '2024-07', 'aria-describedby': 'f-date-hint', size: 10 }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'f-to' }, 'To'),
      h('input', { id: 'f-to', name: 'to', type: 'text', inputmode: 'numeric', value: f.to, pattern: datePattern, placeholder: '2024-12-31', 'aria-describedby': 'f-date-hint', size: 10 }),
    ),
    h(
      'fieldset',
      { class: 'field types' },
      h('legend', {}, 'Show'),
      ALL_TYPES.map((t) =>
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'type', value: t, checked: f.types.includes(t) }), `${TYPE_LABELS[t]}s`),
      ),
    ),
    dateHint,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply the filters')),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const types = data.getAll('type').map(String) as ItemType[]
    const next: TimelineFilters = {
      actor: String(data.get('actor') ?? ''),
      topic: String(data.get('topic') ?? ''),
      from: String(data.get('from') ?? '').trim(),
      to: String(data.get('to') ?? '').trim(),
      types: types.length > 0 ? types : ALL_TYPES,
    }
    focusResultsNext = true
    navigate(`#/timeline${query(timelineQuery(next))}`)
  })
  return form
}

/** Items the filters match but that have no date: counted by the timeline, listed from the collections. */
function undatedBlock(f: TimelineFilters, counts: Record<string, number>, total: number, signal: AbortSignal): HTMLElement {
  const parts = ALL_TYPES.filter((t) => (counts[t] ?? 0) > 0).map((t) => plural(counts[t] ?? 0, t))
  const body = h('div', { class: 'undated-body' }, h('p', { class: 'loading' }, 'Loading…'))
  const details = h(
    'details',
    { class: 'undated' },
    h('summary', {}, `${plural(total, 'item')} with no date (${parts.join(', ')}) cannot be placed on the timeline`),
    body,
  )
  let loaded = false
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return
    loaded = true
    try {
      const items = await undatedItems(f, signal)
      body.replaceChildren(
        h('p', { class: 'hint' }, `${plural(items.length, 'undated item')}. Each has a note on what its source says of the date.`),
        h('ol', { class: 'events undated-list' }, items.map(timelineItem)),
      )
    } catch (error) {
      loaded = false
      if (!signal.aborted) body.replaceChildren(errorBox(error))
    }
  })
  return details
}

async function undatedItems(f: TimelineFilters, signal: AbortSignal): Promise<TimelineItem[]> {
  const topic = f.topic ? `topic=${enc(f.topic)}` : ''
  const withTopic = (path: string) => (topic ? `${path}${path.includes('?') ? '&' : '?'}${topic}` : path)
  const a = enc(f.actor)
  // The timeline's topic filter keeps meetings and agreements that a statement on the topic refers to.
  const onTopic = f.topic && (f.types.includes('meeting') || f.types.includes('agreement')) ? await getAll<Statement>(`/v1/statements?${topic}`, signal) : []
  const jobs: Promise<TimelineItem[]>[] = []
  if (f.types.includes('meeting')) {
    jobs.push(
      getAll<Meeting>(f.actor ? `/v1/meetings?participant=${a}` : '/v1/meetings', signal).then((ms) =>
        ms
          .filter((m) => !f.topic || onTopic.some((s) => s.meeting?.id === m.id))
          .map((m) => ({ type: 'meeting', id: m.id, title: m.title, date: m.date, actors: m.participants.map((p) => p.actor) })),
      ),
    )
  }
  if (f.types.includes('agreement')) {
    jobs.push(
      getAll<Agreement>(f.actor ? `/v1/agreements?party=${a}` : '/v1/agreements', signal).then((as) =>
        as
          .filter((x) => !f.topic || onTopic.some((s) => s.agreement?.id === x.id))
          .map((x) => ({ type: 'agreement', id: x.id, title: x.title, date: x.date, actors: x.parties.map((p) => p.actor) })),
      ),
    )
  }
  if (f.types.includes('statement')) {
    const lists = f.actor
      ? [getAll<Statement>(withTopic(`/v1/statements?speaker=${a}`), signal), getAll<Statement>(withTopic(`/v1/statements?about=${a}`), signal)]
      : [getAll<Statement>(withTopic('/v1/statements'), signal)]
    jobs.push(
      Promise.all(lists).then((ls) => {
        const seen = new Map<string, Statement>()
        for (const s of ls.flat()) seen.set(s.id, s)
        return [...seen.values()].map((s) => ({ type: 'statement' as const, id: s.id, title: s.text, date: s.date, actors: s.speakers }))
      }),
    )
  }
  if (f.types.includes('dispute')) {
    const params = [f.actor ? `actor=${a}` : '', topic].filter(Boolean).join('&')
    // Undated: none of the statements of its claims has a date (the timeline places it by them).
    const noDate = { edtf: null, start: null, end: null, precision: null, uncertain: false, approximate: false, basis: 'unknown', note: 'None of the statements of its claims is dated.' } as const
    jobs.push(
      getAll<Dispute>(`/v1/disputes${params ? `?${params}` : ''}`, signal).then((ds) =>
        ds
          .filter((d) => d.claims.every((c) => c.statements.every((s) => s.date.edtf === null)))
          .map((d) => ({ type: 'dispute' as const, id: d.id, title: d.question, date: noDate, actors: d.actors })),
      ),
    )
  }
  const items = (await Promise.all(jobs)).flat().filter((i) => i.date.edtf === null)
  return items.sort((x, y) => ALL_TYPES.indexOf(x.type) - ALL_TYPES.indexOf(y.type) || x.id.localeCompare(y.id))
}
