// One agreement: status, date, meeting, the statements about it, parties, citations.
import type { Agreement, Statement } from './api-types.js'
import { getAll, getJson, sourceMap } from './api.js'
import { citationList, dateView, dateWithNote, definitionList, empty, heading, section, statementCard, STATUS_NOTES, statusBadge } from './components.js'
import { capitalized, enc, h, humanize, link } from './dom.js'
import { disputeLinks } from './dispute-view.js'
import { href } from './links.js'
import type { Route, View } from './router.js'

export async function agreementView(route: Route, signal: AbortSignal): Promise<View> {
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
          disputeLinks(agreement.disputes),
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
