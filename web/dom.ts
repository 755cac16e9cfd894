// DOM helpers: everything is built with createElement and text nodes, never from HTML.

export type Child = Node | string | number | null | undefined | false | Child[]
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
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

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    if (Array.isArray(child)) append(parent, child)
    else parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child)
  }
}

export const link = (href: string, ...children: Child[]) => h('a', { href }, ...children)
export const enc = encodeURIComponent

export const humanize = (s: string) => s.replace(/[_-]+/g, ' ')
export const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
export const shorten = (s: string, max: number) => {
  const cps = Array.from(s)
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('').trimEnd()}…`
}
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Splits a text at code-point offsets (never UTF-16 indices): before, the cited words, after. */
export function splitAtCodePoints(text: string, start: number, end: number): [string, string, string] {
  const cps = Array.from(text)
  return [cps.slice(0, start).join(''), cps.slice(start, end).join(''), cps.slice(end).join('')]
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" }

/** A search snippet (HTML-escaped text with <mark>…</mark>) as text nodes and <mark> elements only. */
export function snippetNodes(snippet: string): Node[] {
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

export function announce(text: string): void {
  const status = document.getElementById('status')
  if (status) status.textContent = text
}
