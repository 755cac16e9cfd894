// What a request may ask for is checked when it is parsed: repeated facets, searches with too many
// words or prefixes, and over-long `q` values are 400s that say what the limit is.
import t, { type Test } from 'tap'
import { SEARCH_LIMITS } from '../../../src/domain/fts-query.js'
import { buildApp } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
const get = (app: App, url: string) => app.inject({ method: 'GET', url })
const q = (s: string) => encodeURIComponent(s)

/** A 400 problem naming `name`; returns its message. */
async function refused(t: Test, app: App, url: string, name: string): Promise<string> {
  const res = await get(app, url)
  t.equal(res.statusCode, 400, `${url.slice(0, 80)} is 400`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  const body = res.json() as { detail: string; errors: { in: string; name: string; message: string }[] }
  t.equal(body.errors[0]?.name, name, `names ${name}`)
  t.ok(body.detail.includes(body.errors[0]?.message ?? '?'), 'the detail carries the message')
  return body.errors[0]?.message ?? ''
}

const statesSearchLimits = (t: Test, message: string) => {
  t.match(message, new RegExp(`at most ${SEARCH_LIMITS.maxTerms} different terms`), 'states the term limit')
  t.match(message, new RegExp(`at most ${SEARCH_LIMITS.maxPrefixes} prefix searches`), 'states the prefix limit')
  t.match(message, new RegExp(`at least ${SEARCH_LIMITS.minPrefixLength} letters or digits`), 'states the minimum prefix length')
}

t.test('a facet named twice is refused, naming it', async (t) => {
  const app = await buildApp(t)
  const ok = await get(app, '/v1/statements?facet=speaker,topic&limit=1')
  t.equal(ok.statusCode, 200, 'distinct facets are fine')
  t.ok(ok.json().meta.facets.speaker, 'and counted')
  const message = await refused(t, app, '/v1/statements?facet=speaker,topic,speaker', 'facet')
  t.match(message, /"speaker" is given more than once/)
  // The request from the issue: one facet 250 times, inside the 2,000-character limit.
  const many = Array.from({ length: 250 }, () => 'speaker').join(',')
  t.match(await refused(t, app, `/v1/statements?facet=${many}`, 'facet'), /"speaker"/)
  t.match(await refused(t, app, '/v1/actors?facet=kind,kind', 'facet'), /"kind" is given more than once/)
})

t.test('repeated search terms are dropped before the limits are counted', async (t) => {
  const app = await buildApp(t)
  const once = await get(app, `/v1/search?q=${q('Iraq')}&limit=500`)
  t.equal(once.statusCode, 200)
  t.ok(once.json().data.length > 0, 'the word is in the seed')
  for (const repeated of ['Iraq Iraq Iraq', 'Iraq OR Iraq OR iraq', 'Iraq AND Iraq']) {
    const res = await get(app, `/v1/search?q=${q(repeated)}&limit=500`)
    t.equal(res.statusCode, 200, repeated)
    t.same(res.json().data, once.json().data, `${repeated}: the same hits as Iraq`)
  }
  // 60 OR'ed copies of one prefix (476 characters): far over the prefix cap if counted, one prefix once repeats go.
  const prefix = await get(app, `/v1/search?q=${q('Ira*')}&limit=500`)
  const eighty = await get(app, `/v1/search?q=${q(Array.from({ length: 60 }, () => 'Ira*').join(' OR '))}&limit=500`)
  t.equal(eighty.statusCode, 200)
  t.same(eighty.json().data, prefix.json().data)
  // Dropping repeats never changes the meaning: "a NOT a" matches nothing and still does.
  const none = await get(app, `/v1/search?q=${q('Iraq NOT Iraq')}`)
  t.equal(none.statusCode, 200)
  t.same(none.json().data, [])
})

t.test('searches over the limits are 400s that state the limits, on every full-text q', async (t) => {
  const app = await buildApp(t)
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')
  const prefixes = (n: number) => Array.from({ length: n }, (_, i) => `${'abcdefgh'[i]}${'xyz'.slice(0, SEARCH_LIMITS.minPrefixLength - 1)}*`).join(' OR ')
  const shortPrefix = `${'ab'.slice(0, SEARCH_LIMITS.minPrefixLength - 1)}*`
  for (const base of ['/v1/search?q=', '/v1/statements?q=', '/v1/sources?q=']) {
    t.equal((await get(app, `${base}${q(words(SEARCH_LIMITS.maxTerms))}`)).statusCode, 200, `${base}: ${SEARCH_LIMITS.maxTerms} words are allowed`)
    t.equal((await get(app, `${base}${q(prefixes(SEARCH_LIMITS.maxPrefixes))}`)).statusCode, 200, `${base}: ${SEARCH_LIMITS.maxPrefixes} prefixes are allowed`)

    const tooManyWords = await refused(t, app, `${base}${q(words(SEARCH_LIMITS.maxTerms + 1))}`, 'q')
    t.match(tooManyWords, new RegExp(`has ${SEARCH_LIMITS.maxTerms + 1} different terms`))
    statesSearchLimits(t, tooManyWords)
    // A quoted phrase is one term, however many words (an exact quotation is a fair search).
    t.equal((await get(app, `${base}${q(`"${words(SEARCH_LIMITS.maxTerms + 1)}"`)}`)).statusCode, 200, `${base}: a long phrase is one term`)

    const tooManyPrefixes = await refused(t, app, `${base}${q(prefixes(SEARCH_LIMITS.maxPrefixes + 1))}`, 'q')
    t.match(tooManyPrefixes, new RegExp(`has ${SEARCH_LIMITS.maxPrefixes + 1} prefix searches`))
    statesSearchLimits(t, tooManyPrefixes)

    const tooShort = await refused(t, app, `${base}${q(`Iraq ${shortPrefix}`)}`, 'q')
    t.match(tooShort, /too short/)
    statesSearchLimits(t, tooShort)
  }
})

t.test('a q over its length limit is a 400 that states the limit', async (t) => {
  const app = await buildApp(t)
  for (const [base, max] of [
    ['/v1/search?q=', 500],
    ['/v1/statements?q=', 500],
    ['/v1/sources?q=', 500],
    ['/v1/actors?q=', 200],
  ] as const) {
    t.equal((await get(app, `${base}${'a'.repeat(max)}`)).statusCode, 200, `${base}: ${max} characters are allowed`)
    const message = await refused(t, app, `${base}${'a'.repeat(max + 1)}`, 'q')
    t.match(message, new RegExp(`at most ${max} characters`), `${base}: states ${max}`)
    t.notMatch(message, /required/)
  }
  t.match(await refused(t, app, '/v1/search', 'q'), /is required/, 'a missing q is still "required"')
  t.match(await refused(t, app, '/v1/search?q=', 'q'), /must not be empty/)
})
