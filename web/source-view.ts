// A source article with the cited words highlighted (by code-point offsets), what cites them, and
// every fact taken from it; a statement is shown this way, in its source.
import type { Actor, Agreement, Citation, Meeting, Source, SourceDetail, Statement } from './api-types.js'
import { getAll, getJson, sourceMap } from './api.js'
import { dateView, dateWithFoldedNote, definitionList, empty, heading, joinLinks, quoted, sourceLabel, statusBadge, TYPE_LABELS } from './components.js'
import { enc, h, humanize, link, shorten, splitAtCodePoints } from './dom.js'
import { disputeList } from './dispute-view.js'
import { href } from './links.js'
import type { Route, View } from './router.js'

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

export async function statementView(route: Route, signal: AbortSignal): Promise<View> {
  const id = route.parts[1] ?? ''
  const statement = await getJson<Statement>(`/v1/statements/${enc(id)}`, signal)
  const chosen = parseHighlight(route.params.get('highlight'))
  const citation = statement.citations.find((c) => chosen && c.start === chosen.start && c.end === chosen.end) ?? statement.citations[0]
  const sourceId = citation?.source_id ?? statement.source.id
  return sourceView(sourceId, citation ?? null, signal, statement)
}

export async function sourceRoute(route: Route, signal: AbortSignal): Promise<View> {
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
    s.disputes.length > 0 ? [h('h3', {}, 'Where sources disagree'), disputeList(s.disputes)] : null,
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
