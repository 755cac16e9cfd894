// One meeting: date, location, agreements, statements, participants, citations.
import type { Meeting, Statement } from './api-types.js'
import { getAll, getJson, sourceMap } from './api.js'
import { citationList, dateWithNote, definitionList, empty, heading, section, statementCard, statusBadge } from './components.js'
import { capitalized, enc, h, humanize, link } from './dom.js'
import { disputeLinks } from './dispute-view.js'
import { href } from './links.js'
import type { Route, View } from './router.js'

export async function meetingView(route: Route, signal: AbortSignal): Promise<View> {
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
          disputeLinks(meeting.disputes),
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
