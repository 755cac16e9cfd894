// Search results (GET /v1/search), snippets shown as text and <mark> only.
import type { SearchHit, SearchPage } from './api-types.js'
import { ApiError, getJson, query } from './api.js'
import { empty, errorBox, heading, loadMore, TYPE_LABELS } from './components.js'
import { h, link, plural, shorten, snippetNodes } from './dom.js'
import { href } from './links.js'
import type { Route, View } from './router.js'

export async function searchView(route: Route, signal: AbortSignal): Promise<View> {
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
