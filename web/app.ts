/*
 * The dataset explorer: one static page over the public /v1 API, using nothing but fetch and the DOM.
 * Compiled by `npm run build:web` (tsconfig.web.json) to public/app.js.
 *
 * WHERE THE API IS. By default the page's own origin. To use an API served from another origin:
 *   - add `?api=URL` to the page's address, before the `#`:
 *       http://127.0.0.1:8080/?api=http://127.0.0.1:3000#/timeline
 *   - or set `<meta name="api-base" content="URL">` in index.html (for a deployment).
 * The query parameter wins over the meta tag; only http: and https: URLs are accepted. That API must
 * allow the page's origin (CORS); the dataset API opens its reads to any origin.
 *
 * ROUTES (hash routes, so the page works from any static host):
 *   #/  or  #/timeline?actor=&topic=&from=&to=&type=    the timeline with its filters
 *   #/search?q=withdrawal                               search (GET /v1/search)
 *   #/actor/ID  #/meeting/ID  #/agreement/ID            one record with what relates to it
 *   #/statement/ID[?highlight=START-END]                a statement, shown in its source article
 *   #/source/ID[?highlight=START-END]                   a source article, cited words highlighted
 *   #/sources                                           every source
 * START-END are citation offsets in Unicode code points, as the API gives them.
 *
 * SAFETY. Nothing from the API is parsed as HTML: every value goes in through textContent or
 * attributes (createElement). The one exception the API offers, search snippets (HTML-escaped, with
 * <mark> around matches), is not given to innerHTML either: it is split on <mark>/</mark> and the
 * escaped entities are decoded into text nodes (snippetNodes), so a snippet can only ever produce
 * text and <mark> elements, whatever server the page is pointed at.
 */

// ---------------------------------------------------------------------------------------------
// API types (the subset of openapi/openapi.json the page reads)

type Precision = 'day' | 'month' | 'year' | 'decade' | 'century'
interface DateValue {
  edtf: string | null
  start: string | null
  end: string | null
  precision: Precision | null
  uncertain: boolean
  approximate: boolean
  basis: 'stated' | 'inferred' | 'unknown'
  note: string | null
}
interface Citation {
  source_id: string
  start: number
  end: number
  quote: string
}
interface ActorRef {
  id: string
  name: string
  kind: string
}
interface MeetingRef {
  id: string
  title: string
  date: DateValue
}
interface AgreementRef {
  id: string
  title: string
  status: string
  date: DateValue
}
interface SourceRef {
  id: string
  publisher: string | null
  title: string | null
  published: DateValue
}
interface Source extends SourceRef {
  author: string | null
  url: string | null
  language: string
  notes: string | null
  sha256: string
  length: number
  counts: { statements: number; citations: number }
}
interface SourceDetail extends Source {
  text: string
}
interface Affiliation {
  organization: ActorRef
  role: string
  date: DateValue
  citations: Citation[]
}
interface Member {
  person: ActorRef
  role: string
  date: DateValue
  citations: Citation[]
}
interface Actor extends ActorRef {
  aliases: string[]
  country: string | null
  description: string | null
  affiliations: Affiliation[]
  members: Member[]
  citations: Citation[]
}
interface Participant {
  actor: ActorRef
  role: string
  citations: Citation[]
}
interface Meeting extends MeetingRef {
  kind: string
  location: string | null
  description: string | null
  participants: Participant[]
  agreements: AgreementRef[]
  citations: Citation[]
}
interface Party {
  actor: ActorRef
  citations: Citation[]
}
interface Agreement extends AgreementRef {
  kind: string
  summary: string | null
  meeting: MeetingRef | null
  parties: Party[]
  citations: Citation[]
}
interface Statement {
  id: string
  kind: string
  text: string
  speakers: ActorRef[]
  date: DateValue
  source: SourceRef
  meeting: MeetingRef | null
  agreement: AgreementRef | null
  about: ActorRef[]
  topics: string[]
  citations: Citation[]
}
type ItemType = 'meeting' | 'agreement' | 'statement'
interface TimelineItem {
  type: ItemType
  id: string
  title: string
  date: DateValue
  actors: ActorRef[]
}
interface SearchHit {
  type: 'statement' | 'actor' | 'meeting' | 'agreement' | 'source'
  id: string
  title: string
  snippet: string
}
interface Page<T> {
  data: T[]
  links: { self: string; next: string | null }
}
interface TimelinePage extends Page<TimelineItem> {
  meta: { undated: Record<string, number> }
}
interface SearchPage extends Page<SearchHit> {
  meta: { total: number; query: string }
}
interface DatasetIndex {
  revision: number
  counts: Record<string, number>
  vocabularies: Record<string, string[]>
}
interface Problem {
  title?: string
  status?: number
  detail?: string
}

// ---------------------------------------------------------------------------------------------
// Configuration and the API client

/** The API's base URL without a trailing slash; '' means this page's origin. */
function resolveApiBase(): { base: string; warning: string | null } {
  const fromQuery = new URLSearchParams(location.search).get('api')
  const fromMeta = document.querySelector<HTMLMetaElement>('meta[name="api-base"]')?.content
  const raw = (fromQuery ?? fromMeta ?? '').trim()
  if (raw === '') return { base: '', warning: null }
  try {
    const url = new URL(raw, location.href)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '')
    return { base: base === location.origin ? '' : base, warning: null }
  } catch {
    return { base: '', warning: `The API address “${raw}” is not an http(s) URL; using this page’s own server instead.` }
  }
}

const API = resolveApiBase()

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function apiUrl(path: string): string {
  return `${API.base}${path}`
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(apiUrl(path), { headers: { accept: 'application/json' }, signal, mode: 'cors' })
  } catch (error) {
    if (signal?.aborted) throw error
    const where = API.base || location.origin
    throw new ApiError(
      0,
      `Could not reach the API at ${where}.` + (API.base ? ' An API on another origin must allow this page’s origin (CORS).' : ''),
    )
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`
    try {
      const problem = (await response.json()) as Problem
      if (problem.detail) detail = problem.detail
      else if (problem.title) detail = problem.title
    } catch {
      // not a problem document; keep the status line
    }
    throw new ApiError(response.status, detail)
  }
  return (await response.json()) as T
}

/** Every item of a list, following links.next (at most `maxPages` pages of 500). */
async function getAll<T>(path: string, signal?: AbortSignal, maxPages = 20): Promise<T[]> {
  const items: T[] = []
  let next: string | null = `${path}${path.includes('?') ? '&' : '?'}limit=500`
  for (let page = 0; next && page < maxPages; page++) {
    const body: Page<T> = await getJson<Page<T>>(next, signal)
    items.push(...body.data)
    next = body.links.next
  }
  return items
}

const query = (params: Record<string, string | undefined | null>): string => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v)
  const s = q.toString()
  return s ? `?${s}` : ''
}

// Looked up once: the vocabularies, every actor (for the filter) and every source (for labels).
let indexPromise: Promise<DatasetIndex> | null = null
let actorsPromise: Promise<ActorRef[]> | null = null
let sourcesPromise: Promise<Source[]> | null = null
const datasetIndex = () => (indexPromise ??= getJson<DatasetIndex>('/v1').catch((e: unknown) => ((indexPromise = null), Promise.reject(e))))
const allActors = () =>
  (actorsPromise ??= getAll<ActorRef>('/v1/actors?fields=id,name,kind&sort=name').catch((e: unknown) => ((actorsPromise = null), Promise.reject(e))))
const allSources = () => (sourcesPromise ??= getAll<Source>('/v1/sources').catch((e: unknown) => ((sourcesPromise = null), Promise.reject(e))))

// ---------------------------------------------------------------------------------------------
// DOM helpers: everything is built with createElement and text nodes.

type Child = Node | string | number | null | undefined | false | Child[]
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value)
    else if (value === true) el.setAttribute(name, '')
    else el.setAttribute(name, String(value))
  }
  append(el, children)
  return el
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    if (Array.isArray(child)) append(parent, child)
    else parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child)
  }
}

const link = (href: string, ...children: Child[]) => h('a', { href }, ...children)
const enc = encodeURIComponent
const href = {
  actor: (id: string) => `#/actor/${enc(id)}`,
  meeting: (id: string) => `#/meeting/${enc(id)}`,
  agreement: (id: string) => `#/agreement/${enc(id)}`,
  statement: (id: string, c?: Citation) => `#/statement/${enc(id)}${c ? `?highlight=${c.start}-${c.end}` : ''}`,
  source: (id: string, c?: { start: number; end: number }) => `#/source/${enc(id)}${c ? `?highlight=${c.start}-${c.end}` : ''}`,
  item: (type: string, id: string) => (type === 'statement' ? href.statement(id) : `#/${type}/${enc(id)}`),
}

const humanize = (s: string) => s.replace(/[_-]+/g, ' ')
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const shorten = (s: string, max: number) => {
  const cps = Array.from(s)
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('').trimEnd()}…`
}
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Splits a text at code-point offsets (never UTF-16 indices): before, the cited words, after. */
function splitAtCodePoints(text: string, start: number, end: number): [string, string, string] {
  const cps = Array.from(text)
  return [cps.slice(0, start).join(''), cps.slice(start, end).join(''), cps.slice(end).join('')]
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" }

/** A search snippet (HTML-escaped text with <mark>…</mark>) as text nodes and <mark> elements only. */
function snippetNodes(snippet: string): Node[] {
  const nodes: Node[] = []
  let marked = false
  for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>'
      continue
    }
    if (part === '') continue
    const text = part.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m)
    nodes.push(marked ? h('mark', {}, text) : document.createTextNode(text))
  }
  return nodes
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of the views

const STATUS_LABELS: Record<string, string> = {
  adopted: 'adopted',
  reached: 'reached',
  announced: 'announced',
  reported_unconfirmed: 'reported, unconfirmed',
  planned: 'planned',
  disputed: 'disputed',
}
const STATUS_NOTES: Record<string, string> = {
  adopted: 'Formally adopted.',
  reached: 'Reached by the parties.',
  announced: 'Announced by a party.',
  reported_unconfirmed: 'Reported, but not confirmed by a party.',
  planned: 'Planned, not yet done.',
  disputed: 'The sources disagree: see the statements about it.',
}
const TYPE_LABELS: Record<string, string> = { meeting: 'Meeting', agreement: 'Agreement', statement: 'Statement', actor: 'Actor', source: 'Source' }
const KIND_GROUPS: Record<string, string> = { person: 'People', organization: 'Organizations', state: 'States', group: 'Groups' }

/** The `datetime` attribute for a date: as precise as the date is. */
function machineDate(d: DateValue): string | null {
  if (!d.start) return null
  if (d.precision === 'year' || d.precision === 'decade' || d.precision === 'century') return d.start.slice(0, 4)
  if (d.precision === 'month') return d.start.slice(0, 7)
  return d.start
}

function badge(kind: string, label: string, note?: string | null): HTMLElement {
  // The note is the title (a tooltip on hover) and, for keyboard users, shown on focus (CSS).
  return h('span', { class: `badge badge-${kind}`, title: note ?? null, tabindex: note ? 0 : null }, label)
}

/** A date as its EDTF string, with its precision and badges for inferred, uncertain, approximate. */
function dateView(d: DateValue, options: { block?: boolean } = {}): HTMLElement {
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
function dateWithFoldedNote(d: DateValue): HTMLElement {
  const label = d.basis === 'inferred' ? 'How it was inferred' : d.basis === 'unknown' ? 'What the source says' : 'Note'
  return h('div', { class: 'date-with-note' }, dateView(d, { block: true }), d.note ? h('details', { class: 'note-details' }, h('summary', {}, label), h('p', { class: 'note' }, d.note)) : null)
}

/** A date with its note written out (on record pages, where there is room). */
function dateWithNote(d: DateValue): HTMLElement {
  return h('div', { class: 'date-with-note' }, dateView(d, { block: true }), d.note ? h('p', { class: 'note' }, d.note) : null)
}

function actorLinks(actors: ActorRef[]): Child {
  if (actors.length === 0) return null
  return h(
    'ul',
    { class: 'inline-list actors' },
    actors.map((a) => h('li', {}, link(href.actor(a.id), a.name))),
  )
}

function sourceLabel(sources: Map<string, Source>, id: string): string {
  const s = sources.get(id)
  if (!s) return id
  return s.publisher ?? s.title ?? id
}

/** Cited words in quotation marks. Literal marks rather than <q>: generated content is not part of a link's hit area. */
function quoted(text: string): Child[] {
  return ['“', h('span', { class: 'quote-text' }, text), '”']
}

/** The citations of a fact, each a link to its source with the words highlighted. */
function citationList(citations: Citation[], sources: Map<string, Source>, label = 'Cited words'): Child {
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

function statementCard(s: Statement, options: { showSource?: boolean } = {}): HTMLElement {
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

function joinLinks(actors: ActorRef[]): Child[] {
  return actors.flatMap((a, i) => [i > 0 ? ', ' : null, link(href.actor(a.id), a.name)])
}

function section(title: string, ...children: Child[]): HTMLElement {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  return h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, title), ...children)
}

function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text)
}

function definitionList(rows: [string, Child][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))),
  )
}

function loadMore(next: string | null, signal: AbortSignal, onPage: (next: string) => Promise<string | null>): HTMLElement {
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

function errorBox(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error)
  return h('div', { class: 'notice error', role: 'alert' }, h('p', {}, message))
}

function announce(text: string): void {
  const status = document.getElementById('status')
  if (status) status.textContent = text
}

// ---------------------------------------------------------------------------------------------
// Views. Each returns its content, a document title, and optionally what to focus.

interface View {
  title: string
  node: Node
  focus?: HTMLElement | null
  after?: () => void
}
interface Route {
  parts: string[]
  params: URLSearchParams
}

function heading(text: Child, ...extra: Child[]): HTMLElement {
  return h('header', { class: 'page-head' }, h('h1', { tabindex: -1 }, text), ...extra)
}

// --- Timeline ---------------------------------------------------------------------------------

let focusResultsNext = false

interface TimelineFilters {
  actor: string
  topic: string
  from: string
  to: string
  types: ItemType[]
}
const ALL_TYPES: ItemType[] = ['meeting', 'agreement', 'statement']

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

async function timelineView(route: Route, signal: AbortSignal): Promise<View> {
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
  const items = (await Promise.all(jobs)).flat().filter((i) => i.date.edtf === null)
  return items.sort((x, y) => ALL_TYPES.indexOf(x.type) - ALL_TYPES.indexOf(y.type) || x.id.localeCompare(y.id))
}

// --- Search -----------------------------------------------------------------------------------

async function searchView(route: Route, signal: AbortSignal): Promise<View> {
  const q = (route.params.get('q') ?? '').trim()
  const input = document.getElementById('search-q')
  if (input instanceof HTMLInputElement && input.value !== q) input.value = q
  if (!q) {
    return {
      title: 'Search',
      node: h('div', { class: 'page' }, heading('Search'), h('p', {}, 'Type words in the search box above: all of them must match. “Exact phrases”, prefix*, OR, NOT and -word work too.')),
    }
  }
  let page: SearchPage
  try {
    page = await getJson<SearchPage>(`/v1/search${query({ q, limit: '50' })}`, signal)
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      return { title: `Search: ${q}`, node: h('div', { class: 'page' }, heading(['Search: ', h('q', {}, q)]), errorBox(error)) }
    }
    throw error
  }
  const results = h('ol', { class: 'results' })
  const add = (hits: SearchHit[]) => results.append(...hits.map(searchHit))
  add(page.data)
  return {
    title: `Search: ${q}`,
    node: h(
      'div',
      { class: 'page search-page' },
      heading(['Search: ', h('q', {}, q)], h('p', { class: 'lede' }, `${plural(page.meta.total, 'match', 'matches')}, best first.`)),
      page.data.length === 0 ? empty('Nothing matches. Try fewer words, or word* for a prefix.') : results,
      loadMore(page.links.next, signal, async (next) => {
        const body = await getJson<SearchPage>(next, signal)
        add(body.data)
        return body.links.next
      }),
    ),
  }
}

function searchHit(hit: SearchHit): HTMLElement {
  return h(
    'li',
    { class: `card hit hit-${hit.type}` },
    h('span', { class: `type type-${hit.type}` }, TYPE_LABELS[hit.type] ?? hit.type),
    h('p', { class: 'hit-title' }, link(href.item(hit.type, hit.id), hit.type === 'statement' ? shorten(hit.title, 200) : hit.title)),
    h('p', { class: 'snippet' }, snippetNodes(hit.snippet)),
  )
}

// --- Actor ------------------------------------------------------------------------------------

async function actorView(route: Route, signal: AbortSignal): Promise<View> {
  const id = route.parts[1] ?? ''
  const [actor, sources] = await Promise.all([getJson<Actor>(`/v1/actors/${enc(id)}`, signal), sourceMap()])
  const [meetings, agreements, said, about] = await Promise.all([
    getAll<Meeting>(`/v1/meetings?participant=${enc(id)}`, signal),
    getAll<Agreement>(`/v1/agreements?party=${enc(id)}`, signal),
    getAll<Statement>(`/v1/statements?speaker=${enc(id)}`, signal),
    getAll<Statement>(`/v1/statements?about=${enc(id)}`, signal),
  ])
  return {
    title: actor.name,
    node: h(
      'div',
      { class: 'page record actor-page' },
      heading(
        actor.name,
        h('p', { class: 'kicker' }, capitalized(humanize(actor.kind)), actor.country ? ` · ${actor.country}` : null),
        actor.description ? h('p', { class: 'lede' }, actor.description) : null,
        actor.aliases.length > 0 ? h('p', { class: 'aliases' }, 'Also called ', actor.aliases.map((x, i) => [i > 0 ? ', ' : null, h('q', {}, x)])) : null,
      ),
      h(
        'div',
        { class: 'columns' },
        h(
          'div',
          { class: 'col-main' },
          section(
            'Affiliations',
            actor.affiliations.length === 0
              ? empty('No affiliation is recorded.')
              : h(
                  'ul',
                  { class: 'cards' },
                  actor.affiliations.map((af) =>
                    h(
                      'li',
                      { class: 'card' },
                      h('p', { class: 'card-title' }, af.role, ', ', link(href.actor(af.organization.id), af.organization.name)),
                      dateWithNote(af.date),
                      citationList(af.citations, sources),
                    ),
                  ),
                ),
          ),
          actor.members.length > 0
            ? section(
                'Members',
                h(
                  'ul',
                  { class: 'cards' },
                  actor.members.map((m) =>
                    h('li', { class: 'card' }, h('p', { class: 'card-title' }, link(href.actor(m.person.id), m.person.name), `, ${m.role}`), dateWithNote(m.date), citationList(m.citations, sources)),
                  ),
                ),
              )
            : null,
          section(
            'Meetings',
            meetings.length === 0
              ? empty('Not recorded as taking part in a meeting.')
              : h(
                  'ul',
                  { class: 'cards' },
                  meetings.map((m) => {
                    const roles = m.participants.filter((p) => p.actor.id === id).map((p) => humanize(p.role))
                    return h(
                      'li',
                      { class: 'card' },
                      h('p', { class: 'card-title' }, link(href.meeting(m.id), m.title)),
                      h('p', { class: 'meta' }, dateView(m.date), roles.length > 0 ? ` · ${roles.join(', ')}` : null),
                    )
                  }),
                ),
          ),
          section('Statements', said.length === 0 ? empty('No statement is attributed to this actor.') : said.map((s) => statementCard(s))),
          about.length > 0 ? section('Statements about this actor', about.map((s) => statementCard(s))) : null,
        ),
        h(
          'aside',
          { class: 'col-side' },
          agreements.length > 0
            ? section(
                'Party to',
                h(
                  'ul',
                  { class: 'plain' },
                  agreements.map((x) => h('li', {}, link(href.agreement(x.id), x.title), ' ', statusBadge(x.status))),
                ),
              )
            : null,
          section('Where the sources name this actor', citationList(actor.citations, sources) ?? empty('No citation.')),
        ),
      ),
    ),
  }
}

function statusBadge(status: string): HTMLElement {
  return h('span', { class: `status status-${status}`, title: STATUS_NOTES[status] ?? null }, STATUS_LABELS[status] ?? humanize(status))
}

async function sourceMap(): Promise<Map<string, Source>> {
  return new Map((await allSources()).map((s) => [s.id, s]))
}

// --- Agreement --------------------------------------------------------------------------------

async function agreementView(route: Route, signal: AbortSignal): Promise<View> {
  const id = route.parts[1] ?? ''
  const [agreement, sources, statements] = await Promise.all([
    getJson<Agreement>(`/v1/agreements/${enc(id)}`, signal),
    sourceMap(),
    getAll<Statement>(`/v1/statements?agreement=${enc(id)}`, signal),
  ])
  return {
    title: agreement.title,
    node: h(
      'div',
      { class: 'page record agreement-page' },
      heading(
        agreement.title,
        h('p', { class: 'kicker' }, capitalized(humanize(agreement.kind)), ' · ', statusBadge(agreement.status)),
        agreement.summary ? h('p', { class: 'lede' }, agreement.summary) : null,
      ),
      h(
        'div',
        { class: 'columns' },
        h(
          'div',
          { class: 'col-main' },
          definitionList([
            ['Status', [statusBadge(agreement.status), ' ', STATUS_NOTES[agreement.status] ?? '']],
            ['Date', dateWithNote(agreement.date)],
            ['Meeting', agreement.meeting ? [link(href.meeting(agreement.meeting.id), agreement.meeting.title), ' · ', dateView(agreement.meeting.date)] : null],
          ]),
          section(
            'Statements about it',
            agreement.status === 'disputed' ? h('p', { class: 'notice' }, 'The sources disagree about this agreement; each claim is kept as its own attributed statement.') : null,
            statements.length === 0 ? empty('No statement refers to it.') : statements.map((s) => statementCard(s)),
          ),
        ),
        h(
          'aside',
          { class: 'col-side' },
          section(
            'Parties',
            agreement.parties.length === 0
              ? empty('No party is recorded.')
              : h(
                  'ul',
                  { class: 'cards' },
                  agreement.parties.map((p) => h('li', { class: 'card' }, h('p', { class: 'card-title' }, link(href.actor(p.actor.id), p.actor.name)), citationList(p.citations, sources))),
                ),
          ),
          section('Where the sources say so', citationList(agreement.citations, sources) ?? empty('No citation.')),
        ),
      ),
    ),
  }
}

// --- Meeting ----------------------------------------------------------------------------------

async function meetingView(route: Route, signal: AbortSignal): Promise<View> {
  const id = route.parts[1] ?? ''
  const [meeting, sources, statements] = await Promise.all([
    getJson<Meeting>(`/v1/meetings/${enc(id)}`, signal),
    sourceMap(),
    getAll<Statement>(`/v1/statements?meeting=${enc(id)}`, signal),
  ])
  return {
    title: meeting.title,
    node: h(
      'div',
      { class: 'page record meeting-page' },
      heading(
        meeting.title,
        h('p', { class: 'kicker' }, capitalized(humanize(meeting.kind)), meeting.location ? ` · ${meeting.location}` : null),
        meeting.description ? h('p', { class: 'lede' }, meeting.description) : null,
      ),
      h(
        'div',
        { class: 'columns' },
        h(
          'div',
          { class: 'col-main' },
          definitionList([
            ['Date', dateWithNote(meeting.date)],
            ['Location', meeting.location],
            [
              'Agreements',
              meeting.agreements.length > 0
                ? h('ul', { class: 'plain' }, meeting.agreements.map((x) => h('li', {}, link(href.agreement(x.id), x.title), ' ', statusBadge(x.status))))
                : null,
            ],
          ]),
          section('Statements', statements.length === 0 ? empty('No statement is recorded for this meeting.') : statements.map((s) => statementCard(s))),
        ),
        h(
          'aside',
          { class: 'col-side' },
          section(
            'Participants',
            h(
              'ul',
              { class: 'cards' },
              meeting.participants.map((p) =>
                h('li', { class: 'card' }, h('p', { class: 'card-title' }, link(href.actor(p.actor.id), p.actor.name), h('span', { class: 'role' }, humanize(p.role))), citationList(p.citations, sources)),
              ),
            ),
          ),
          section('Where the sources say so', citationList(meeting.citations, sources) ?? empty('No citation.')),
        ),
      ),
    ),
  }
}

// --- Sources ----------------------------------------------------------------------------------

async function sourcesView(): Promise<View> {
  const sources = await allSources()
  return {
    title: 'Sources',
    node: h(
      'div',
      { class: 'page sources-page' },
      heading('Sources', h('p', { class: 'lede' }, `${plural(sources.length, 'article')}, kept byte for byte. Every fact in the dataset cites words of one of them.`)),
      h(
        'ul',
        { class: 'cards source-cards' },
        sources.map((s) =>
          h(
            'li',
            { class: 'card' },
            h('p', { class: 'card-title' }, link(href.source(s.id), s.title ?? h('span', { class: 'untitled' }, 'Untitled document'))),
            h('p', { class: 'meta' }, s.publisher ?? h('span', { class: 'untitled' }, 'publisher not named'), ' · ', dateView(s.published)),
            h('p', { class: 'meta' }, `${plural(s.counts.statements, 'statement')} · ${plural(s.counts.citations, 'citation')} · `, h('code', { class: 'hash', title: `SHA-256 ${s.sha256}` }, `sha256 ${s.sha256.slice(0, 12)}…`)),
          ),
        ),
      ),
    ),
  }
}

// --- Source view ------------------------------------------------------------------------------

interface Fact {
  type: 'statement' | 'meeting' | 'agreement' | 'actor'
  id: string
  label: string
  href: string
  /** The citations of the fact (and its relations) that point into this source, in text order. */
  citations: Citation[]
}

function parseHighlight(value: string | null): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '')
  if (!m) return null
  const start = Number(m[1])
  const end = Number(m[2])
  return end > start ? { start, end } : null
}

async function statementView(route: Route, signal: AbortSignal): Promise<View> {
  const id = route.parts[1] ?? ''
  const statement = await getJson<Statement>(`/v1/statements/${enc(id)}`, signal)
  const chosen = parseHighlight(route.params.get('highlight'))
  const citation = statement.citations.find((c) => chosen && c.start === chosen.start && c.end === chosen.end) ?? statement.citations[0]
  const sourceId = citation?.source_id ?? statement.source.id
  return sourceView(sourceId, citation ?? null, signal, statement)
}

async function sourceRoute(route: Route, signal: AbortSignal): Promise<View> {
  return sourceView(route.parts[1] ?? '', parseHighlight(route.params.get('highlight')), signal, null)
}

async function sourceView(id: string, highlight: { start: number; end: number } | null, signal: AbortSignal, statement: Statement | null): Promise<View> {
  const s = enc(id)
  const [source, statements, meetings, agreements, actors, sources] = await Promise.all([
    getJson<SourceDetail>(`/v1/sources/${s}`, signal),
    getAll<Statement>(`/v1/statements?source=${s}`, signal),
    getAll<Meeting>(`/v1/meetings?source=${s}`, signal),
    getAll<Agreement>(`/v1/agreements?source=${s}`, signal),
    getAll<Actor>(`/v1/actors?source=${s}`, signal),
    sourceMap(),
  ])
  const here = (cs: Citation[]) => cs.filter((c) => c.source_id === id).sort((a, b) => a.start - b.start || a.end - b.end)
  const facts: Fact[] = [
    ...statements.map((x): Fact => ({ type: 'statement', id: x.id, label: x.text, href: href.statement(x.id), citations: here(x.citations) })),
    ...meetings.map((x): Fact => ({
      type: 'meeting',
      id: x.id,
      label: x.title,
      href: href.meeting(x.id),
      citations: here([...x.citations, ...x.participants.flatMap((p) => p.citations)]),
    })),
    ...agreements.map((x): Fact => ({
      type: 'agreement',
      id: x.id,
      label: x.title,
      href: href.agreement(x.id),
      citations: here([...x.citations, ...x.parties.flatMap((p) => p.citations)]),
    })),
    ...actors.map((x): Fact => ({
      type: 'actor',
      id: x.id,
      label: x.name,
      href: href.actor(x.id),
      citations: here([...x.citations, ...x.affiliations.flatMap((a) => a.citations), ...x.members.flatMap((m) => m.citations)]),
    })),
  ]
  const length = Array.from(source.text).length
  const range = highlight && highlight.end <= length ? highlight : null
  const isCited = (c: Citation) => range !== null && c.start === range.start && c.end === range.end
  const citedBy = facts.filter((f) => f.citations.some(isCited) && !(statement && f.type === 'statement' && f.id === statement.id))

  // The text, with the cited words in <mark>: offsets are code points, so the text is split as such.
  const textBlock = h('div', { class: 'source-text', lang: source.language })
  let mark: HTMLElement | null = null
  if (range) {
    const [before, cited, after] = splitAtCodePoints(source.text, range.start, range.end)
    mark = h('mark', { id: 'cited', tabindex: -1, 'data-start': range.start, 'data-end': range.end }, cited)
    textBlock.append(before, mark, after)
  } else {
    textBlock.append(source.text)
  }

  const title = source.title ?? 'Untitled document'
  const outside = highlight && !range ? h('p', { class: 'notice error', role: 'alert' }, `The highlight ${highlight.start}–${highlight.end} is outside this text (${length} code points).`) : null
  const node = h(
    'div',
    { class: 'page source-page' },
    heading(
      source.title ?? h('span', { class: 'untitled' }, 'Untitled document'),
      h('p', { class: 'kicker' }, 'Source article · ', source.publisher ?? 'publisher not named', ' · ', dateView(source.published)),
    ),
    outside,
    h(
      'div',
      { class: 'source-layout' },
      h(
        'section',
        { class: 'source-main', 'aria-labelledby': 'text-h' },
        h('h2', { id: 'text-h', class: 'visually-hidden' }, 'Text of the article'),
        h('article', { class: 'card text-card' }, textBlock),
      ),
      h(
        'aside',
        { class: 'source-side', 'aria-label': 'About the highlighted words and this source' },
        range ? citedBox(id, source, range, statement, citedBy, sources) : null,
        h(
          'section',
          { class: 'card source-meta', 'aria-labelledby': 'meta-h' },
          h('h2', { id: 'meta-h' }, 'This source'),
          definitionList([
            ['Title', source.title ?? h('span', { class: 'untitled' }, 'none (the document has no headline)')],
            ['Publisher', source.publisher ?? h('span', { class: 'untitled' }, 'not named in the text')],
            ['Published', dateWithFoldedNote(source.published)],
            ['Author', source.author],
            ['Address', source.url && /^https?:\/\//i.test(source.url) ? h('a', { href: source.url, rel: 'noopener noreferrer' }, source.url) : source.url],
            ['SHA-256', h('code', { class: 'hash' }, source.sha256)],
            ['Length', `${source.length.toLocaleString('en')} code points`],
            ['Language', source.language],
          ]),
          source.notes ? h('details', { class: 'curator-notes' }, h('summary', {}, 'Curator notes'), h('p', {}, source.notes)) : null,
        ),
        h('section', { class: 'facts-block', 'aria-labelledby': 'facts-h' }, h('h2', { id: 'facts-h' }, 'Facts from this article'), factsList(facts, id, range, statement)),
      ),
    ),
  )
  return {
    title: `${title} (source)`,
    node,
    focus: mark,
    after: () => mark?.scrollIntoView({ block: 'center' }),
  }
}

/** What the highlighted words are: the statement shown (with its details), or the facts citing them. */
function citedBox(sourceId: string, source: SourceDetail, range: { start: number; end: number }, statement: Statement | null, citedBy: Fact[], sources: Map<string, Source>): HTMLElement {
  const moves = h(
    'p',
    { class: 'cited-moves' },
    h('span', { class: 'meta' }, `Highlighted: code points ${range.start}–${range.end}`),
    h('a', { href: '#cited', class: 'in-page' }, 'Go to the words'),
    link(href.source(sourceId), 'Clear the highlight'),
  )
  const others =
    citedBy.length > 0
      ? [
          h('h3', {}, statement ? 'The same words are also cited for' : 'Cited for'),
          h('ul', { class: 'plain cited-for' }, citedBy.map((f) => h('li', {}, h('span', { class: `type type-${f.type}` }, TYPE_LABELS[f.type]), ' ', link(f.href, shorten(f.label, 140))))),
        ]
      : null
  if (!statement) {
    return h(
      'section',
      { class: 'card cited-box', 'aria-labelledby': 'cited-h' },
      h('h2', { id: 'cited-h' }, 'Highlighted words'),
      h('p', { class: 'quote' }, quoted(splitAtCodePoints(source.text, range.start, range.end)[1])),
      moves,
      others,
    )
  }
  const s = statement
  return h(
    'section',
    { class: 'card cited-box statement-panel', 'aria-labelledby': 'cited-h' },
    h('h2', { id: 'cited-h' }, TYPE_LABELS.statement, ' ', h('span', { class: `kind kind-${s.kind}` }, humanize(s.kind))),
    definitionList([
      ['Said by', s.speakers.length > 0 ? joinLinks(s.speakers) : null],
      ['Date', dateWithFoldedNote(s.date)],
      ['Meeting', s.meeting ? [link(href.meeting(s.meeting.id), s.meeting.title), ' ', dateView(s.meeting.date)] : null],
      ['Agreement', s.agreement ? [link(href.agreement(s.agreement.id), s.agreement.title), ' ', statusBadge(s.agreement.status)] : null],
      ['About', s.about.length > 0 ? joinLinks(s.about) : null],
      ['Topics', s.topics.length > 0 ? s.topics.map(humanize).join(', ') : null],
    ]),
    h('h3', {}, 'Its citations'),
    h(
      'ul',
      { class: 'citations' },
      s.citations.map((c, i) => {
        const current = c.start === range.start && c.end === range.end
        return h(
          'li',
          {},
          h(
            'a',
            { href: href.statement(s.id, c), 'aria-current': current ? 'true' : null },
            quoted(shorten(c.quote, 160)),
            ' ',
            h('span', { class: 'cite-where' }, `${i === 0 ? 'the statement' : 'attribution'} · ${c.source_id === sourceId ? 'this article' : sourceLabel(sources, c.source_id)} · ${c.start}–${c.end}`),
          ),
        )
      }),
    ),
    moves,
    others,
  )
}

function factsList(facts: Fact[], sourceId: string, range: { start: number; end: number } | null, statement: Statement | null): HTMLElement {
  const groups: [Fact['type'], string][] = [
    ['statement', 'Statements'],
    ['meeting', 'Meetings'],
    ['agreement', 'Agreements'],
    ['actor', 'Actors'],
  ]
  const wrap = h('div', { class: 'facts-list' })
  for (const [type, label] of groups) {
    const ofType = facts.filter((f) => f.type === type).sort((a, b) => (a.citations[0]?.start ?? 0) - (b.citations[0]?.start ?? 0))
    if (ofType.length === 0) continue
    wrap.append(
      h(
        'section',
        { class: 'fact-group', 'aria-label': label },
        h('h3', {}, `${label} (${ofType.length})`),
        h(
          'ul',
          { class: 'plain facts-ul' },
          ofType.map((f) => {
            const current = (statement && f.type === 'statement' && f.id === statement.id) || f.citations.some((c) => range && c.start === range.start && c.end === range.end)
            return h(
              'li',
              { class: current ? 'is-current' : null },
              f.type === 'statement'
                ? link(f.href, shorten(f.label, 140))
                : [
                    link(f.href, f.label),
                    h(
                      'span',
                      { class: 'cite-links' },
                      f.citations.map((c) =>
                        h(
                          'a',
                          {
                            href: href.source(sourceId, c),
                            class: 'cite-chip',
                            title: c.quote,
                            'aria-label': `Highlight the words “${shorten(c.quote, 80)}” (${c.start}–${c.end})`,
                            'aria-current': range && c.start === range.start && c.end === range.end ? 'true' : null,
                          },
                          `${c.start}–${c.end}`,
                        ),
                      ),
                    ),
                  ],
            )
          }),
        ),
      ),
    )
  }
  if (!wrap.firstChild) wrap.append(empty('No fact cites this article.'))
  return wrap
}

// --- Router -----------------------------------------------------------------------------------

function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  const [path = '', search = ''] = raw.split('?', 2) as [string?, string?]
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p)
      } catch {
        return p
      }
    })
  return { parts, params: new URLSearchParams(search) }
}

const ROUTES: Record<string, (route: Route, signal: AbortSignal) => Promise<View>> = {
  '': timelineView,
  timeline: timelineView,
  search: searchView,
  actor: actorView,
  meeting: meetingView,
  agreement: agreementView,
  statement: statementView,
  source: sourceRoute,
  sources: () => sourcesView(),
}

function navigate(hash: string): void {
  if (location.hash === hash) void render()
  else location.hash = hash
}

let controller: AbortController | null = null
let firstRender = true

async function render(): Promise<void> {
  const hash = location.hash
  // In-page anchors (the skip link, "go to the words") are not routes.
  if (hash !== '' && !hash.startsWith('#/')) {
    if (!firstRender) return
  }
  const route = parseRoute(hash.startsWith('#/') ? hash : '')
  controller?.abort()
  const current = new AbortController()
  controller = current
  const view = document.getElementById('view')
  const main = document.getElementById('main')
  if (!view || !main) return
  main.setAttribute('aria-busy', 'true')
  announce('Loading…')
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    const page = route.parts[0] ?? ''
    const active = a.dataset.nav === (page === '' ? 'timeline' : page)
    if (active) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  let result: View
  try {
    const handler = ROUTES[route.parts[0] ?? '']
    result = handler
      ? await handler(route, current.signal)
      : { title: 'Not found', node: h('div', { class: 'page' }, heading('Not found'), h('p', {}, 'There is no such page. ', link('#/', 'Back to the timeline.'))) }
  } catch (error) {
    if (current.signal.aborted) return
    const notFound = error instanceof ApiError && error.status === 404
    result = {
      title: notFound ? 'Not found' : 'Error',
      node: h(
        'div',
        { class: 'page' },
        heading(notFound ? 'Not found' : 'Something went wrong'),
        errorBox(error),
        h('p', {}, link('#/', 'Back to the timeline'), ' · ', h('button', { type: 'button', class: 'secondary', onclick: () => void render() }, 'Try again')),
      ),
    }
  }
  if (current.signal.aborted) return
  view.replaceChildren(result.node)
  main.removeAttribute('aria-busy')
  document.title = `${result.title} · US–Iraq security talks explorer`
  announce(`${result.title} loaded.`)
  const focusTarget = result.focus ?? (firstRender ? null : view.querySelector<HTMLElement>('h1'))
  focusTarget?.focus({ preventScroll: true })
  if (!firstRender && !result.after) window.scrollTo(0, 0)
  result.after?.()
  firstRender = false
}

// ---------------------------------------------------------------------------------------------
// Start

function start(): void {
  const baseLabel = document.getElementById('api-base')
  if (baseLabel) baseLabel.textContent = API.base || location.origin
  const docs = document.getElementById('api-docs')
  if (docs instanceof HTMLAnchorElement) docs.href = apiUrl('/docs')
  if (API.warning) document.getElementById('view')?.before(h('div', { class: 'wrap' }, h('p', { class: 'notice error', role: 'alert' }, API.warning)))

  const form = document.getElementById('search-form')
  if (form instanceof HTMLFormElement) {
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const q = String(new FormData(form).get('q') ?? '').trim()
      if (q) navigate(`#/search${query({ q })}`)
    })
  }
  // In-page links (the skip link, "go to the words") move focus without touching the route in the hash.
  document.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest('a') : null
    const target = a?.getAttribute('href') ?? ''
    if (!a || !target.startsWith('#') || target.startsWith('#/') || target === '#') return
    const el = document.getElementById(target.slice(1))
    if (!el) return
    event.preventDefault()
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
    el.focus({ preventScroll: true })
    el.scrollIntoView({ block: el.id === 'cited' ? 'center' : 'start' })
  })
  window.addEventListener('hashchange', () => void render())
  void render()
  datasetIndex()
    .then((index) => {
      const revision = document.getElementById('revision')
      if (revision) revision.textContent = `(revision ${index.revision}: ${plural(index.counts.statements ?? 0, 'statement')}, ${plural(index.counts.citations ?? 0, 'citation')})`
    })
    .catch(() => undefined)
}

start()
