import t from 'tap'
import { negotiate } from '../../src/domain/accept.js'

t.test('no or empty Accept takes the first offer', async (t) => {
  t.equal(negotiate(undefined, ['application/json']), 'application/json')
  t.equal(negotiate('  ', ['text/plain']), 'text/plain')
})

t.test('ranges, wildcards and quality values', async (t) => {
  t.equal(negotiate('*/*', ['application/json']), 'application/json')
  t.equal(negotiate('application/*', ['application/json']), 'application/json')
  t.equal(negotiate('text/html, application/json;q=0.9', ['application/json']), 'application/json')
  t.equal(negotiate('text/csv', ['application/json']), undefined)
  t.equal(negotiate('application/json;q=0', ['application/json']), undefined, 'q=0 means not acceptable')
  t.equal(negotiate('application/json;q=0, */*', ['application/json']), undefined, 'the most specific range decides')
  t.equal(negotiate('text/plain;q=0.2, application/json;q=0.8', ['text/plain', 'application/json']), 'application/json')
  t.equal(negotiate('TEXT/PLAIN; charset=utf-8', ['text/plain']), 'text/plain', 'case-insensitive, parameters ignored')
  t.equal(negotiate('application/json;q=abc', ['application/json']), undefined, 'a malformed q counts as 0')
})
