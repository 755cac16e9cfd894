// #/review[/SOURCE_ID]: curating an article. With a write key: choose a source (or paste a new
// article, which is created through POST /v1/sources), ask for suggestions, and review every draft:
// its cited words highlighted in the text, its JSON editable, accepted (posted through the write API,
// which verifies every citation) or rejected. A rejected or failed draft stays on the page, a failed
// one with the server's problem document.
import { allSources, apiUrl } from './api.js'
import { heading } from './components.js'
import { h, shorten, type Child } from './dom.js'
import type { Route, View } from './router.js'

const KEY_STORE = 'review-api-key'

interface Draft {
  collection: 'statements' | 'actors' | 'meetings' | 'agreements'
  label: string
  body: Record<string, unknown>
  note: string
}

async function send(method: string, path: string, body: unknown): Promise<{ ok: boolean; status: number; json: unknown }> {
  const key = sessionStorage.getItem(KEY_STORE) ?? ''
  const response = await fetch(apiUrl(path), {
    method,
    mode: 'cors',
    headers: { 'content-type': 'application/json', accept: 'application/json, application/problem+json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  })
  let json: unknown = null
  try {
    json = await response.json()
  } catch {
    json = { status: response.status, title: response.statusText }
  }
  return { ok: response.ok, status: response.status, json }
}

const foldMarks = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')

/** The UTF-16 range of the `occurrence`-th appearance of `quote` (quotation marks folded), or null. */
function locate(text: string, quote: string, occurrence = 1): [number, number] | null {
  const hay = foldMarks(text)
  const needle = foldMarks(quote)
  let at = -1
  for (let n = 0; n < occurrence; n++) {
    at = hay.indexOf(needle, at + 1)
    if (at === -1) return null
  }
  return [at, at + needle.length]
}

/** The words a draft cites: its own text (a statement) and every citation in it, relations included. */
function citedQuotes(body: Record<string, unknown>): { quote: string; occurrence?: number }[] {
  const out: { quote: string; occurrence?: number }[] = []
  if (typeof body.text === 'string') out.push({ quote: body.text, ...(typeof body.occurrence === 'number' ? { occurrence: body.occurrence } : {}) })
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (typeof o.quote === 'string' && typeof o.source_id === 'string') out.push({ quote: o.quote, ...(typeof o.occurrence === 'number' ? { occurrence: o.occurrence } : {}) })
      else Object.values(o).forEach(walk)
    }
  }
  walk(body.citations)
  walk(body.participants)
  walk(body.parties)
  walk(body.affiliations)
  return out
}

/** Each cited passage in a little context, the words in <mark>. */
function highlighted(text: string, body: Record<string, unknown>): HTMLElement {
  const list = h('ul', { class: 'review-cited' })
  for (const c of citedQuotes(body)) {
    const range = locate(text, c.quote, c.occurrence)
    if (!range) {
      list.append(h('li', { class: 'notice error' }, `Not found in the text: “${shorten(c.quote, 80)}”`))
      continue
    }
    const [s, e] = range
    const before = text.slice(Math.max(0, s - 60), s)
    const after = text.slice(e, e + 60)
    list.append(h('li', {}, s > 60 ? '…' : '', before, h('mark', {}, text.slice(s, e)), after, e + 60 < text.length ? '…' : ''))
  }
  return list
}

function draftsOf(suggestions: Record<string, unknown>): Draft[] {
  const out: Draft[] = []
  const take = (key: string, collection: Draft['collection'], label: (d: Record<string, unknown>) => string) => {
    for (const s of (suggestions[key] as { draft: Record<string, unknown>; note?: string }[] | undefined) ?? []) {
      out.push({ collection, label: label(s.draft), body: s.draft, note: s.note ?? '' })
    }
  }
  take('new_actors', 'actors', (d) => `New actor: ${String(d.name)}`)
  take('statements', 'statements', (d) => `Statement (${String(d.kind)}): ${shorten(String(d.text), 70)}`)
  take('new_meetings', 'meetings', (d) => `Meeting: ${String(d.title)}`)
  take('new_agreements', 'agreements', (d) => `Agreement: ${shorten(String(d.title), 70)}`)
  return out
}

function draftCard(text: string, draft: Draft, index: number, hints: { draft_id: string; note: string; record_id: string; kind: string }[]): HTMLElement {
  const editor = h('textarea', { class: 'review-json', rows: 10, spellcheck: 'false', 'aria-label': `JSON of draft ${index + 1}` }) as HTMLTextAreaElement
  editor.value = JSON.stringify(draft.body, null, 2)
  const status = h('div', { class: 'review-status', role: 'status', 'aria-live': 'polite' })
  const cited = h('div', {}, highlighted(text, draft.body))
  const card = h('li', { class: 'review-draft', 'data-state': 'pending', 'data-collection': draft.collection })
  const setState = (state: string, ...children: Child[]) => {
    card.dataset.state = state
    status.replaceChildren(...(children.filter(Boolean) as Node[]))
  }
  editor.addEventListener('change', () => {
    try {
      cited.replaceChildren(highlighted(text, JSON.parse(editor.value) as Record<string, unknown>))
    } catch {
      cited.replaceChildren(h('p', { class: 'notice error' }, 'Not valid JSON.'))
    }
  })
  const accept = h('button', {
    type: 'button',
    class: 'review-accept',
    onclick: () => {
      let body: unknown
      try {
        body = JSON.parse(editor.value)
      } catch {
        setState('failed', h('p', { class: 'notice error' }, 'The draft is not valid JSON.'))
        return
      }
      setState('sending', document.createTextNode('Posting…'))
      void send('POST', `/v1/${draft.collection}`, body).then(({ ok, status: code, json }) => {
        if (ok) {
          const id = String((json as { id?: unknown })?.id ?? (body as { id?: unknown }).id ?? '')
          const type = draft.collection.replace(/s$/, '')
          setState('accepted', h('p', { class: 'notice' }, `Accepted (${code}): `, h('a', { href: `#/${type === 'statement' || type === 'meeting' || type === 'agreement' || type === 'actor' ? type : 'source'}/${encodeURIComponent(id)}` }, id)))
        } else {
          setState('failed', h('p', { class: 'notice error' }, `Refused (${code}). The server’s problem document:`), h('pre', { class: 'review-problem' }, JSON.stringify(json, null, 2)))
        }
      })
    },
  }, 'Accept')
  const reject = h('button', { type: 'button', class: 'secondary review-reject', onclick: () => setState('rejected', h('p', { class: 'notice' }, 'Rejected: not posted.')) }, 'Reject')
  const mine = hints.filter((x) => x.draft_id === draft.body.id)
  card.append(
    h('h3', {}, draft.label),
    draft.note ? h('p', { class: 'review-note' }, draft.note) : '',
    mine.length > 0 ? h('ul', { class: 'review-hints' }, mine.map((x) => h('li', {}, `${x.kind === 'possible_dispute' ? 'Possible dispute with' : 'Possibly the same as'} ${x.record_id}: ${x.note}`))) : '',
    cited,
    editor,
    h('p', { class: 'review-actions' }, accept, ' ', reject),
    status,
  )
  return card
}

async function showSuggestions(target: HTMLElement, sourceId: string): Promise<void> {
  target.replaceChildren(h('p', { class: 'loading' }, 'Suggesting…'))
  const [text, result] = await Promise.all([
    fetch(apiUrl(`/v1/sources/${encodeURIComponent(sourceId)}/text`), { mode: 'cors' }).then((r) => (r.ok ? r.text() : '')),
    send('POST', `/v1/sources/${encodeURIComponent(sourceId)}/suggestions`, {}),
  ])
  if (!result.ok) {
    target.replaceChildren(h('p', { class: 'notice error' }, 'The suggestions were refused:'), h('pre', { class: 'review-problem' }, JSON.stringify(result.json, null, 2)))
    return
  }
  const suggestions = result.json as Record<string, unknown>
  const drafts = draftsOf(suggestions)
  const hints = (suggestions.hints as { draft_id: string; note: string; record_id: string; kind: string }[] | undefined) ?? []
  target.replaceChildren(
    h('p', { class: 'review-count' }, `${drafts.length} drafts for ${sourceId}. Accept new actors first: the other drafts may name them.`),
    h('ol', { class: 'review-drafts' }, drafts.map((d, i) => draftCard(text, d, i, hints))),
  )
}

export async function reviewView(route: Route): Promise<View> {
  const sources = await allSources().catch(() => [])
  const results = h('div', { class: 'review-results' })
  const keyInput = h('input', { id: 'review-key', type: 'password', autocomplete: 'off', value: sessionStorage.getItem(KEY_STORE) ?? '' }) as HTMLInputElement
  keyInput.addEventListener('change', () => sessionStorage.setItem(KEY_STORE, keyInput.value.trim()))
  const select = h('select', { id: 'review-source' }, sources.map((s) => h('option', { value: s.id }, s.title ? `${s.title} (${s.id})` : s.id))) as HTMLSelectElement
  const chosen = route.parts[1]
  if (chosen) select.value = chosen
  const choose = h('form', {
    class: 'review-choose',
    onsubmit: (e: Event) => {
      e.preventDefault()
      sessionStorage.setItem(KEY_STORE, keyInput.value.trim())
      void showSuggestions(results, select.value)
    },
  }, h('label', { for: 'review-source' }, 'Source '), select, ' ', h('button', { type: 'submit', id: 'review-suggest' }, 'Suggest'))

  const field = (id: string, label: string, attrs: Record<string, string> = {}) => h('p', {}, h('label', { for: id }, label), ' ', h('input', { id, name: id, ...attrs }))
  const paste = h('form', {
    class: 'review-paste',
    onsubmit: (e: Event) => {
      e.preventDefault()
      sessionStorage.setItem(KEY_STORE, keyInput.value.trim())
      const form = new FormData(e.target as HTMLFormElement)
      const get = (k: string) => String(form.get(k) ?? '').trim()
      const published = get('new-published')
      const body = {
        ...(get('new-id') ? { id: get('new-id') } : {}),
        title: get('new-title') || null,
        publisher: get('new-publisher') || null,
        language: 'en',
        published: published ? { edtf: published, basis: 'stated' } : { edtf: null, basis: 'unknown' },
        text: String(form.get('new-text') ?? ''),
      }
      void send('POST', '/v1/sources', body).then(({ ok, json }) => {
        if (!ok) {
          results.replaceChildren(h('p', { class: 'notice error' }, 'The source was refused:'), h('pre', { class: 'review-problem' }, JSON.stringify(json, null, 2)))
          return
        }
        const id = String((json as { id?: unknown }).id)
        select.append(h('option', { value: id }, id))
        select.value = id
        void showSuggestions(results, id)
      })
    },
  },
    h('h2', {}, 'Or paste a new article'),
    field('new-id', 'Id (optional)'),
    field('new-title', 'Title'),
    field('new-publisher', 'Publisher'),
    field('new-published', 'Published (EDTF, e.g. 2025-09-27)'),
    h('p', {}, h('label', { for: 'new-text' }, 'Text, exactly as published'), h('br'), h('textarea', { id: 'new-text', name: 'new-text', rows: 8, required: true })),
    h('button', { type: 'submit', id: 'review-create' }, 'Create the source and suggest'),
  )
  const node = h('div', { class: 'page review' },
    heading('Review suggestions'),
    h('p', {}, 'Drafts for every record of an article. Accepting posts a draft through the write API, which checks every citation against the text. Needs a write key.'),
    h('p', {}, h('label', { for: 'review-key' }, 'API key '), keyInput),
    choose,
    paste,
    results,
  )
  return { title: 'Review suggestions', node }
}
