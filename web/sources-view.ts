// Every source article.
import { allSources } from './api.js'
import { dateView, heading } from './components.js'
import { h, link, plural } from './dom.js'
import { href } from './links.js'
import type { View } from './router.js'

export async function sourcesView(): Promise<View> {
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
