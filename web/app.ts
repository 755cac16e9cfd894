/*
 * The dataset explorer: one static page over the public /v1 API, using nothing but fetch and the DOM.
 * Compiled by `npm run build:web` (tsconfig.web.json) to public/, one .js module per .ts file here.
 *
 * THE MODULES. This file starts the page and maps each route to its view. router.ts renders the
 * route in the hash (links.ts builds those hashes); api.ts is the API client (api-types.ts its
 * shapes); dom.ts builds elements; components.ts holds what the views share; each *-view.ts is a page.
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
 *   #/review[/ID]                                       curating: suggestions for a source, reviewed with a write key
 *   #/disputes[?topic=]  #/dispute/ID                   where the sources disagree: claims side by side
 * START-END are citation offsets in Unicode code points, as the API gives them.
 *
 * SAFETY. Nothing from the API is parsed as HTML: every value goes in through textContent or
 * attributes (createElement). The one exception the API offers, search snippets (HTML-escaped, with
 * <mark> around matches), is not given to innerHTML either: it is split on <mark>/</mark> and the
 * escaped entities are decoded into text nodes (snippetNodes), so a snippet can only ever produce
 * text and <mark> elements, whatever server the page is pointed at.
 */
import { actorView } from './actor-view.js'
import { agreementView } from './agreement-view.js'
import { API, apiUrl, datasetIndex, query } from './api.js'
import { disputesView, disputeView } from './dispute-view.js'
import { h, plural } from './dom.js'
import { meetingView } from './meeting-view.js'
import { navigate, type Routes, startRouter } from './router.js'
import { reviewView } from './review-view.js'
import { searchView } from './search-view.js'
import { sourceRoute, statementView } from './source-view.js'
import { sourcesView } from './sources-view.js'
import { timelineView } from './timeline-view.js'

const ROUTES: Routes = {
  '': timelineView,
  timeline: timelineView,
  search: searchView,
  actor: actorView,
  meeting: meetingView,
  agreement: agreementView,
  dispute: disputeView,
  disputes: disputesView,
  statement: statementView,
  source: sourceRoute,
  sources: () => sourcesView(),
  review: reviewView,
}

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
  startRouter(ROUTES)
  datasetIndex()
    .then((index) => {
      const revision = document.getElementById('revision')
      if (revision) revision.textContent = `(revision ${index.revision}: ${plural(index.counts.statements ?? 0, 'statement')}, ${plural(index.counts.citations ?? 0, 'citation')})`
    })
    .catch(() => undefined)
}

start()
