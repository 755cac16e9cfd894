// One actor: affiliations, members, meetings, statements by and about it, agreements, citations.
import type { Actor, Agreement, Meeting, Statement } from './api-types.js'
import { getAll, getJson, sourceMap } from './api.js'
import { citationList, dateView, dateWithNote, empty, heading, section, statementCard, statusBadge } from './components.js'
import { capitalized, enc, h, humanize, link } from './dom.js'
import { href } from './links.js'
import type { Route, View } from './router.js'

export async function actorView(route: Route, signal: AbortSignal): Promise<View> {
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
