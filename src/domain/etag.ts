import { createHash } from 'node:crypto'

/** A strong ETag: a hash of the parts (NUL-separated), 27 base64url characters in quotes. */
export function strongEtag(...parts: (string | number | Buffer)[]): string {
  const hash = createHash('sha256')
  parts.forEach((part, i) => hash.update(i === 0 ? '' : '\0').update(typeof part === 'number' ? String(part) : part))
  return `"${hash.digest('base64url').slice(0, 27)}"`
}
