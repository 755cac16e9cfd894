// SourceText matches many quotes in one pass; it must agree with the plain definition — every
// (overlapping) occurrence of the quote, curly and straight marks alike, offsets in code points.
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import t from 'tap'
import { SourceText } from '../../src/domain/citations.js'

const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')

/** The definition, one quote at a time: indexOf over the folded text, code points counted with Array.from. */
function naive(text: string, quote: string, occurrence?: number) {
  const positions: number[] = []
  for (let i = fold(text).indexOf(fold(quote)); i !== -1; i = fold(text).indexOf(fold(quote), i + 1)) positions.push(i)
  if (positions.length === 0) return { ok: false, reason: 'not_found', count: 0 }
  if (occurrence === undefined && positions.length > 1) return { ok: false, reason: 'ambiguous', count: positions.length }
  const at = positions[(occurrence ?? 1) - 1]
  if (at === undefined) return { ok: false, reason: 'occurrence_out_of_range', count: positions.length }
  const start = Array.from(text.slice(0, at)).length
  return { ok: true, span: { start, end: start + Array.from(quote).length, quote: text.slice(at, at + quote.length) } }
}

// A small alphabet (so quotes repeat and overlap), curly and straight marks, and characters outside the BMP.
const char = fc.constantFrom('a', 'b', ' ', "'", '\u2019', '"', '\u201C', '🇮', '𝔸', 'é')
const textOf = (max: number) => fc.array(char, { minLength: 1, maxLength: max }).map((cs) => cs.join(''))

t.test('findAll agrees with the one-quote definition, for short and long quotes', async (t) => {
  // fc.assert throws with the smallest counterexample when the two disagree.
  t.doesNotThrow(() => fc.assert(
    fc.property(textOf(300), fc.array(fc.tuple(fc.nat(299), fc.integer({ min: 1, max: 60 }), fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined })), { minLength: 1, maxLength: 20 }), (text, picks) => {
      const requests = picks.map(([from, length, occurrence]) => {
        const units = Array.from(text)
        const start = from % units.length
        return { quote: units.slice(start, start + length).join(''), occurrence }
      })
      const source = new SourceText(text)
      return isDeepStrictEqual(source.findAll(requests), requests.map((r) => naive(text, r.quote, r.occurrence)))
    }),
    { numRuns: 300 },
  ))
})

t.test('quotes that are not in the text, and code-point slices', async (t) => {
  const text = '🇮🇶 Baghdad 𝔸 said “no”.'
  const source = new SourceText(text)
  t.same(source.findAll([{ quote: 'said "no"' }, { quote: 'Baghdad, said' }]), [naive(text, 'said "no"'), naive(text, 'Baghdad, said')])
  t.equal(source.codePoints, Array.from(text).length)
  for (let start = 0; start <= source.codePoints; start++) {
    for (let end = start; end <= source.codePoints; end++) t.equal(source.slice(start, end), Array.from(text).slice(start, end).join(''))
  }
  t.equal(source.slice(0, source.codePoints + 1), null)
  t.equal(source.slice(3, 2), null)
  const expected = Array.from(text).flatMap((c, i) => (c === 'a' ? [i] : []))
  t.equal(expected.length, 3)
  t.same(source.occurrences('a'), expected, 'every occurrence, as code-point offsets')
})
