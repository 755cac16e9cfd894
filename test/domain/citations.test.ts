import t from 'tap'
import { findQuote, verifySpan } from '../../src/domain/citations.js'
import { codePointLength, sliceCodePoints } from '../../src/domain/code-points.js'

const text = 'He said “we are ready” and she said \u2018yes\u2019. We are ready, they said.'

t.test('a unique quote gives its offsets and the source’s own characters', async (t) => {
  const found = findQuote(text, '"we are ready"')
  t.ok(found.ok)
  if (!found.ok) return
  t.equal(found.span.quote, '“we are ready”', 'the stored quote has the source’s curly marks')
  t.equal(Array.from(text).slice(found.span.start, found.span.end).join(''), found.span.quote)
  t.same(findQuote(text, "'yes'"), { ok: true, span: { start: 36, end: 41, quote: '\u2018yes\u2019' } })
})

t.test('missing, ambiguous and out-of-range quotes are refused', async (t) => {
  t.match(findQuote(text, 'we are not ready'), { ok: false, reason: 'not_found', count: 0 })
  t.match(findQuote(text, 'ready'), { ok: false, reason: 'ambiguous', count: 2 })
  t.match(findQuote(text, 'ready', 3), { ok: false, reason: 'occurrence_out_of_range', count: 2 })
  t.match(findQuote(text, ''), { ok: false, reason: 'empty' })
  const second = findQuote(text, 'ready', 2)
  t.ok(second.ok && second.span.start > 40)
})

t.test('offsets count code points, not UTF-16 units', async (t) => {
  const astral = '🇮🇶 Baghdad 𝔸 said “no”.'
  const found = findQuote(astral, 'said "no"')
  t.ok(found.ok)
  if (!found.ok) return
  t.equal(found.span.start, Array.from('🇮🇶 Baghdad 𝔸 ').length)
  t.equal(sliceCodePoints(astral, found.span.start, found.span.end), found.span.quote)
  t.equal(codePointLength(astral), Array.from(astral).length)
  t.equal(sliceCodePoints(astral, 0, 999), null)
  t.equal(sliceCodePoints(astral, 3, 2), null)
})

t.test('verifySpan accepts an exact span and explains a wrong one', async (t) => {
  t.equal(verifySpan('abcdef', { start: 1, end: 3, quote: 'bc' }), null)
  t.match(verifySpan('abcdef', { start: 1, end: 3, quote: 'bd' }), /is "bc", not "bd"/)
  t.match(verifySpan('abcdef', { start: 4, end: 9, quote: 'ef' }), /outside the source/)
  t.match(verifySpan('abcdef', { start: 3, end: 3, quote: '' }), /empty or reversed/)
})
