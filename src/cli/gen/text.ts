// Text helpers: readable slugs and unique ids made from them, templates.

const ASCII_FOLD = /[\u0300-\u036f]/g
export const slugWords = (text: string, words: number): string => {
  const parts = text
    .normalize('NFKD')
    .replace(ASCII_FOLD, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return parts.slice(0, words).join('-') || 'x'
}

export const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
export const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? `{${k}}`)

/** Unique ids: a readable slug, with -2, -3… after the first. */
export class IdMaker {
  private seen = new Map<string, number>()
  make(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1
    this.seen.set(base, n)
    return n === 1 ? base : `${base}-${n}`
  }
}
