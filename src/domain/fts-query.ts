// Turns what a person types into a safe SQLite FTS5 query. Words and "quoted phrases" are matched
// literally (each becomes an FTS5 string, so no character of user input is FTS5 syntax), `word*`
// matches a prefix, and the operators OR, AND, NOT (upper case) and a leading - (NOT) work as in
// most search boxes. Anything it cannot read is a QuerySyntaxError, which the API answers with a 400.

export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError'
}

type Token = { kind: 'term'; fts: string } | { kind: 'op'; op: 'OR' | 'AND' | 'NOT' }

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`
// A term must contain something the unicode61 tokenizer indexes (a letter or digit).
const indexable = (s: string) => /[\p{L}\p{N}]/u.test(s)

function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const c = input[i] as string
    if (/\s/.test(c)) {
      i++
      continue
    }
    let negate = false
    if (c === '-' && i + 1 < input.length && !/\s/.test(input[i + 1] as string)) {
      negate = true
      i++
    }
    let term: string
    let prefix = false
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1)
      if (close === -1) throw new QuerySyntaxError('has an unclosed quotation mark')
      term = input.slice(i + 1, close)
      i = close + 1
      if (!indexable(term)) throw new QuerySyntaxError('has an empty phrase')
    } else {
      let j = i
      while (j < input.length && !/[\s"]/.test(input[j] as string)) j++
      term = input.slice(i, j)
      i = j
      if (!negate && (term === 'OR' || term === 'AND' || term === 'NOT')) {
        tokens.push({ kind: 'op', op: term })
        continue
      }
      if (term.endsWith('*')) {
        prefix = true
        term = term.replace(/\*+$/, '')
      }
      if (term.includes('*')) throw new QuerySyntaxError(`"${term}": * may only end a word (prefix search)`)
      if (!indexable(term)) continue // punctuation alone matches nothing; drop it
    }
    if (negate) tokens.push({ kind: 'op', op: 'NOT' })
    tokens.push({ kind: 'term', fts: `${quote(term)}${prefix ? '*' : ''}` })
  }
  return tokens
}

/**
 * The FTS5 query for `input`. Operator misuse that survives this step (`a OR`, `NOT a`) is left to
 * FTS5's own parser; the search repository turns its syntax error into a QuerySyntaxError too.
 */
export function toFtsQuery(input: string): string {
  // SQLite ends a string at NUL; other control characters are never part of a word either.
  if ([...input].some((c) => c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c))) throw new QuerySyntaxError('may not contain control characters (such as NUL)')
  const tokens = tokenize(input)
  if (!tokens.some((t) => t.kind === 'term')) throw new QuerySyntaxError('has no words to search for')
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  if (first.kind === 'op') throw new QuerySyntaxError(`cannot start with ${first.op}; put a word before it`)
  if (last.kind === 'op') throw new QuerySyntaxError(`cannot end with ${last.op}; put a word after it`)
  return tokens.map((t) => (t.kind === 'term' ? t.fts : t.op)).join(' ')
}
