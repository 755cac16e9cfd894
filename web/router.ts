// The hash router: the links to each route, parsing the hash, and rendering the current route's view.
import { ApiError } from './api.js'
import { errorBox, heading } from './components.js'
import { announce, h, link } from './dom.js'

/** What a route renders: its content, a document title, and optionally what to focus. */
export interface View {
  title: string
  node: Node
  focus?: HTMLElement | null
  after?: () => void
}
export interface Route {
  parts: string[]
  params: URLSearchParams
}

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

export type Routes = Record<string, (route: Route, signal: AbortSignal) => Promise<View>>

// The view of each first path segment; set once by startRouter.
let routes: Routes = {}

export function navigate(hash: string): void {
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
    const handler = routes[route.parts[0] ?? '']
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

/** Renders the current route, and again whenever the hash changes. */
export function startRouter(table: Routes): void {
  routes = table
  window.addEventListener('hashchange', () => void render())
  void render()
}
