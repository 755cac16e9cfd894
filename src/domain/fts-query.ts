// Turns what a person types into a safe SQLite FTS5 query. Words and "quoted phrases" are matched
// literally (each becomes an FTS5 string, so no character of user input is FTS5 syntax), `word*`
// matches a prefix, and the operators OR, AND, NOT (upper case) and a leading - (NOT) work as in
// most search boxes. Anything it cannot read is a QuerySyntaxError, which the API answers with a 400.
// Repeated terms are dropped, and what a query may ask for is capped (SEARCH_LIMITS): each term is
// an index lookup and each prefix expands to every indexed word it begins, so an unbounded query is
// an unbounded amount of work. (A phrase's words are bounded by the 500 characters of `q`.)
import { fold } from './text-fold.js'

/** What one search may ask for. The 400 for a query over them states them all. */
export const SEARCH_LIMITS = {
  /** Terms (a word, a word* or a "quoted phrase"), after repeats are dropped. */
  maxTerms: 16,
  /** Terms ending in * (prefix searches). */
  maxPrefixes: 4,
  /** Letters or digits before the * of a prefix search. */
  minPrefixLength: 3,
} as const

const LIMITS_TEXT = `a search may have at most ${SEARCH_LIMITS.maxTerms} different terms (words or "quoted phrases"), at most ${SEARCH_LIMITS.maxPrefixes} prefix searches (word*), and each prefix needs at least ${SEARCH_LIMITS.minPrefixLength} letters or digits before the *`

export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError'
}

type Op = 'OR' | 'AND' | 'NOT'
/** `key` is the term as the index sees it (case and accents folded): terms with one key match alike. */
type Token = { kind: 'term'; fts: string; key: string; words: string[]; prefix: boolean } | { kind: 'op'; op: Op }

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`
// A term must contain something the unicode61 tokenizer indexes (a letter or digit).
const indexable = (s: string) => /[\p{L}\p{N}]/u.test(s)
// Roughly how the unicode61 tokenizer splits a term into words: on anything but letters, digits and marks.
const wordsOf = (s: string) => s.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)

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
    const words = wordsOf(fold(term))
    tokens.push({ kind: 'term', fts: `${quote(term)}${prefix ? '*' : ''}`, key: `${words.join(' ')}${prefix ? '*' : ''}`, words, prefix })
  }
  return tokens
}

/** Splits `tokens` at each `op`; undefined when an operand would be empty (left for FTS5 to report). */
function splitAt(tokens: Token[], op: Op): Token[][] | undefined {
  const parts: Token[][] = [[]]
  for (const t of tokens) {
    if (t.kind === 'op' && t.op === op) parts.push([])
    else parts.at(-1)!.push(t)
  }
  return parts.every((p) => p.length > 0) ? parts : undefined
}

const render = (tokens: Token[]) => tokens.map((t) => (t.kind === 'term' ? t.fts : t.op)).join(' ')
const keyOf = (tokens: Token[]) => tokens.map((t) => (t.kind === 'term' ? t.key : t.op)).join(' ')
/** The first of each group of parts that match alike. */
const uniqueParts = (parts: Token[][]) => [...new Map(parts.map((p) => [keyOf(p), p] as const).reverse()).values()].reverse()
const joinWith = (parts: Token[][], op: Op): Token[] => parts.flatMap((p, i) => (i === 0 ? p : [{ kind: 'op', op } as Token, ...p]))

/**
 * `tokens` with repeats removed where that cannot change what matches. FTS5 binds adjacent terms
 * (implicit AND) tightest, then NOT, then AND, then OR: so repeated OR alternatives and AND operands
 * go, as do repeated terms of a run of adjacent terms and repeated right-hand sides of NOT (a NOT b
 * NOT b = a NOT b). Operator misuse is left as it is, for FTS5 to report.
 */
function dedupe(tokens: Token[]): Token[] {
  const byOr = splitAt(tokens, 'OR')
  if (!byOr) return tokens
  const alternatives = byOr.map((alternative) => {
    const byAnd = splitAt(alternative, 'AND')
    if (!byAnd) return alternative
    const operands = byAnd.map((operand) => {
      const byNot = splitAt(operand, 'NOT')
      if (!byNot) return operand
      const [first, ...subtracted] = byNot.map((run) => {
        const seen = new Set<string>()
        return run.filter((t) => t.kind === 'term' && !seen.has(t.key) && seen.add(t.key))
      })
      return joinWith([first!, ...uniqueParts(subtracted)], 'NOT')
    })
    return joinWith(uniqueParts(operands), 'AND')
  })
  return joinWith(uniqueParts(alternatives), 'OR')
}

/** Refuses a query over SEARCH_LIMITS, saying which limit and stating them all. */
function checkLimits(tokens: Token[]): void {
  const terms = tokens.filter((t): t is Extract<Token, { kind: 'term' }> => t.kind === 'term')
  const short = terms.find((t) => t.prefix && [...(t.words.at(-1) ?? '')].length < SEARCH_LIMITS.minPrefixLength)
  if (short) throw new QuerySyntaxError(`has the prefix search "${short.words.at(-1) ?? ''}*", which is too short: ${LIMITS_TEXT}`)
  const prefixes = new Set(terms.filter((t) => t.prefix).map((t) => t.key)).size
  if (prefixes > SEARCH_LIMITS.maxPrefixes) throw new QuerySyntaxError(`has ${prefixes} prefix searches, which is too many: ${LIMITS_TEXT}`)
  const count = new Set(terms.map((t) => t.key)).size
  if (count > SEARCH_LIMITS.maxTerms) throw new QuerySyntaxError(`has ${count} different terms, which is too many: ${LIMITS_TEXT}`)
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
  const unique = dedupe(tokens)
  checkLimits(unique)
  return render(unique)
}
