// The dataset explorer (web/ → public/, served by src/plugins/explorer.ts): the plugin itself, then the
// page in a real browser — Debian's chromium driven by playwright-core, no browser download — against
// the real app, on its own origin and from a second origin (CORS). Without Chromium it is skipped,
// saying so, except in CI (CI set), where it fails.
// With SCREENSHOTS=1 it also saves docs/timeline.png and docs/source-view.png (1280×900).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import cors from '@fastify/cors'
import Fastify, { type FastifyInstance } from 'fastify'
import { chromium, type Browser, type Page } from 'playwright-core'
import t, { type Test } from 'tap'
import { fastifyOptions, serviceApp } from '../../src/app.js'
import { projectRoot } from '../../src/paths.js'
import errorHandler from '../../src/plugins/error-handler.js'
import explorer, { defaultExplorerRoot } from '../../src/plugins/explorer.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { scratchDir } from '../helper.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const STEP = 60_000
const SCREENSHOTS = process.env.SCREENSHOTS === '1'

// Build the page when public/ is missing or older than its sources (`npm test` builds it first anyway).
const builtAt = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0)
const newestSource = Math.max(...readdirSync(path.join(projectRoot, 'web')).map((f) => builtAt(path.join(projectRoot, 'web', f))))
if (builtAt(path.join(defaultExplorerRoot, 'app.js')) < newestSource) {
  const build = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'build-web.mjs')], { cwd: projectRoot, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`npm run build:web failed:\n${build.stdout}${build.stderr}`)
}

/** The whole service plus the explorer, listening on a free port; reads open to `corsOrigins`. */
async function apiServer(t: Test, corsOrigins = ['*']): Promise<{ app: FastifyInstance; origin: string }> {
  const app = Fastify(fastifyOptions({ logLevel: 'silent' }))
  await app.register(serviceApp, { databasePath: path.join(scratchDir(t), 'explorer.db'), corsOrigins })
  // The service opens its reads to other origins itself (src/plugins/protection.ts); were it not to, the
  // cross-origin test opens them here.
  if (!app.hasRequestDecorator('corsPreflightEnabled')) {
    await app.register(cors, { origin: corsOrigins.includes('*') ? '*' : corsOrigins, exposedHeaders: ['etag', 'link', 'x-dataset-revision'] })
  }
  // Once src/app.ts registers the explorer itself, it is not registered twice.
  if (!app.hasPlugin('explorer')) await app.register(explorer)
  const origin = await app.listen({ host: '127.0.0.1', port: 0 })
  t.teardown(() => app.close())
  return { app, origin }
}

/** Only the static page, on another port: a second origin whose page reads the API of the first. */
async function pageServer(t: Test): Promise<string> {
  const app = Fastify({ logger: false })
  await app.register(errorHandler)
  await app.register(explorer)
  const origin = await app.listen({ host: '127.0.0.1', port: 0 })
  t.teardown(() => app.close())
  return origin
}

async function apiJson<T>(origin: string, url: string): Promise<T> {
  const res = await fetch(`${origin}${url}`)
  if (!res.ok) throw new Error(`${url}: ${res.status}`)
  return (await res.json()) as T
}

interface Citation {
  source_id: string
  start: number
  end: number
  quote: string
}

t.test('the explorer plugin serves the built page at / and hides it from the OpenAPI document', async (t) => {
  const app = Fastify(fastifyOptions({ logLevel: 'silent' }))
  await app.register(serviceApp, { databasePath: path.join(scratchDir(t), 'plugin.db') })
  if (!app.hasPlugin('explorer')) await app.register(explorer)
  await app.ready()
  t.teardown(() => app.close())

  const index = await app.inject({ url: '/' })
  t.equal(index.statusCode, 200)
  t.match(index.headers['content-type'], /^text\/html/)
  t.match(index.body, /<script type="module" src="app\.js"><\/script>/)
  t.match(index.headers['content-security-policy'], /connect-src 'self' http: https:/, 'the page may fetch an API on another origin, nothing else')
  t.equal((await app.inject({ url: '/index.html' })).statusCode, 200)
  const script = await app.inject({ url: '/app.js' })
  t.equal(script.statusCode, 200)
  t.match(script.headers['content-type'], /javascript/)
  t.match((await app.inject({ url: '/styles.css' })).headers['content-type'], /^text\/css/)

  const missing = await app.inject({ url: '/nope.js' })
  t.equal(missing.statusCode, 404, 'other paths keep the API’s 404')
  t.match(missing.headers['content-type'], /^application\/problem\+json/)
  t.equal((await app.inject({ url: '/v1' })).statusCode, 200, 'the API is untouched')

  const paths = Object.keys((app.swagger() as { paths: Record<string, unknown> }).paths)
  t.notOk(paths.some((p) => p === '/' || /\.(js|html|css)$/.test(p)), 'no explorer route in the OpenAPI document (/v1/datapackage.json is an API route)')
  t.ok(paths.includes('/v1/search'))
})

t.test('GET / is a clear 503 problem when the page has not been built', async (t) => {
  const app = Fastify({ logger: false })
  await app.register(errorHandler)
  await app.register(explorer, { root: path.join(scratchDir(t), 'not-built') })
  t.teardown(() => app.close())
  const res = await app.inject({ url: '/' })
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { status: 503, title: 'Service Unavailable', detail: /npm run build:web/ })
})

const chromiumFound = existsSync(CHROMIUM)
// Outside CI a missing browser skips the test, saying so; in CI (.ci/run installs Chromium and passes
// CHROMIUM_PATH) it fails the run.
const inCi = Boolean(process.env.CI)

t.test('the explorer in a real browser', { skip: chromiumFound || inCi ? false : `no Chromium found at ${CHROMIUM}` }, async (t) => {
  if (!chromiumFound) {
    t.fail(`CI is set and there is no Chromium at ${CHROMIUM}: install it or set CHROMIUM_PATH`)
    return
  }
  const { app, origin: api } = await apiServer(t)
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: STEP })
  t.teardown(() => browser.close())

  const open = async (url: string, before?: (page: Page) => void) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' })
    const page = await context.newPage()
    page.setDefaultTimeout(STEP)
    page.setDefaultNavigationTimeout(STEP)
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    before?.(page)
    await page.goto(url)
    return { page, problems }
  }
  const hash = async (page: Page) => String(await page.evaluate('location.hash'))
  const activeElement = async (page: Page) => String(await page.evaluate('document.activeElement && (document.activeElement.id || document.activeElement.textContent)'))

  /** Search for words, open the first statement found, and check the highlight against the API. */
  const searchAndOpenStatement = async (t: Test, page: Page) => {
    await page.getByRole('searchbox', { name: 'Search the dataset' }).fill('withdrawal')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('heading', { level: 1, name: /^Search: .?withdrawal.?$/ }).waitFor()
    const hits = page.locator('.results > li')
    const search = await apiJson<{ data: { type: string; id: string }[]; meta: { total: number } }>(api, '/v1/search?q=withdrawal&limit=50')
    t.equal(await hits.count(), search.data.length, 'every hit of the first page is listed')
    t.ok(await page.locator('.results .snippet mark').count(), 'matches are marked in the snippets')

    const statementLink = page.locator('.results > li.hit-statement .hit-title a').first()
    await statementLink.click()
    const mark = page.locator('.source-text mark#cited')
    await mark.waitFor()
    const id = decodeURIComponent(/^#\/statement\/([^?]+)/.exec(await hash(page))?.[1] ?? '')
    t.ok(search.data.some((hit) => hit.type === 'statement' && hit.id === id), `opened statement ${id} from the results`)
    const statement = await apiJson<{ text: string; citations: Citation[]; source: { id: string } }>(api, `/v1/statements/${id}`)
    const cited = statement.citations[0]!
    t.equal(await mark.textContent(), cited.quote, 'the highlighted words are exactly the statement’s citation quote')
    t.equal(await mark.getAttribute('data-start'), String(cited.start))
    t.equal(await mark.getAttribute('data-end'), String(cited.end))
    t.equal(await activeElement(page), 'cited', 'focus moves to the highlighted words')

    const source = await apiJson<{ publisher: string | null; sha256: string; counts: { statements: number } }>(api, `/v1/sources/${cited.source_id}`)
    const about = (await page.locator('.source-meta').textContent()) ?? ''
    t.match(about, source.sha256, 'the source hash is shown')
    t.match(about, source.publisher ?? /Publisher\s*not named in the text/, source.publisher ? 'the publisher is shown' : 'an unnamed publisher is said to be unnamed')
    t.equal(await page.locator('.fact-group[aria-label="Statements"] li').count(), source.counts.statements, 'every statement from the same article is listed')
    return { id, statement }
  }

  await t.test('same origin: timeline, filters, search, a statement in its source, records', async (t) => {
    const { page, problems } = await open(`${api}/`)
    await page.locator('.events .event').first().waitFor()
    t.equal(await page.title(), 'Timeline · US–Iraq security talks explorer')
    const timeline = await apiJson<{ data: { id: string; date: { basis: string } }[]; meta: { undated: Record<string, number> } }>(api, '/v1/timeline?limit=100')
    t.equal(await page.locator('.timeline .event').count(), timeline.data.length, 'every dated item is on the timeline')
    const inferred = page.locator('.timeline .badge-inferred')
    t.equal(await inferred.count(), timeline.data.filter((i) => i.date.basis === 'inferred').length, 'each inferred date is marked')
    t.ok(await inferred.first().getAttribute('title'), 'the badge carries the note as its title')
    t.ok(await page.locator('.timeline .precision').first().textContent(), 'the precision is shown')

    if (SCREENSHOTS) {
      mkdirSync(path.join(projectRoot, 'docs'), { recursive: true })
      await page.screenshot({ path: path.join(projectRoot, 'docs', 'timeline.png') })
    }

    // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
    await page.keyboard.press('Tab')
    t.equal(await activeElement(page), 'Skip to content')
    await page.keyboard.press('Enter')
    t.equal(await activeElement(page), 'main')
    t.equal(await hash(page), '', 'the skip link leaves the route alone')

    // Undated items are counted by the timeline and listed from the collections on request.
    const undated = Object.values(timeline.meta.undated).reduce((a, b) => a + b, 0)
    await page.locator('details.undated summary').click()
    await page.locator('.undated-list .event').first().waitFor()
    t.equal(await page.locator('.undated-list .event').count(), undated, 'the undated list matches meta.undated')

    // Filters: an actor and a date range, as the API filters them.
    await page.getByLabel('Actor').selectOption('lloyd-austin')
    await page.getByLabel('From').fill('2024-07')
    await page.getByRole('button', { name: 'Apply the filters' }).click()
    await page.waitForFunction('location.hash.includes("actor=lloyd-austin")')
    await page.locator('.count', { hasText: 'shown' }).waitFor()
    const filtered = await apiJson<{ data: { type: string; id: string }[] }>(api, '/v1/timeline?actor=lloyd-austin&from=2024-07&limit=100')
    t.ok(filtered.data.length > 0 && filtered.data.length < timeline.data.length)
    await page.waitForFunction(`document.querySelectorAll('.timeline .event').length === ${filtered.data.length}`)
    t.same(
      await page.locator('.timeline .event .event-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      filtered.data.map((i) => `#/${i.type}/${i.id}`),
      'the filtered timeline is the API’s',
    )

    await searchAndOpenStatement(t, page)

    // Every other citation of a statement is a link that moves the highlight (shown on a statement
    // that has more than one).
    const cited = (await apiJson<{ data: { id: string; citations: Citation[] }[] }>(api, '/v1/statements?limit=500')).data.find((s) => s.citations.length > 1)
    t.ok(cited, 'the dataset has a statement with several citations')
    await page.goto(`${api}/#/statement/${encodeURIComponent(cited!.id)}`)
    await page.locator('.source-text mark#cited').waitFor()
    const other = cited!.citations[1]!
    await page.locator(`.statement-panel .citations a[href$="highlight=${other.start}-${other.end}"]`).click()
    await page.locator(`mark#cited[data-start="${other.start}"]`).waitFor()
    t.equal(await page.locator('mark#cited').textContent(), other.quote, 'another citation of the statement, highlighted')

    if (SCREENSHOTS) {
      // A statement with a named publisher, an inferred date and attribution citations.
      await page.goto(`${api}/#/statement/austin-bond-10th-year-coalition`)
      await page.locator('mark#cited').waitFor()
      await page.screenshot({ path: path.join(projectRoot, 'docs', 'source-view.png') })
    }

    // The agreement page: parties, status and the statements about it.
    await page.goto(`${api}/#/agreement/withdrawal-by-2026`)
    const agreement = await apiJson<{ title: string; status: string; parties: unknown[] }>(api, '/v1/agreements/withdrawal-by-2026')
    await page.getByRole('heading', { level: 1, name: agreement.title }).waitFor()
    const about = await apiJson<{ data: unknown[] }>(api, '/v1/statements?agreement=withdrawal-by-2026')
    t.equal(await page.locator('.agreement-page .statement').count(), about.data.length, 'the statements about the agreement')
    t.equal(await page.locator('.kicker .status').textContent(), 'reported, unconfirmed', 'reported by sources, confirmed by no party')
    t.equal(await page.locator('[aria-labelledby="s-parties"] .card').count(), agreement.parties.length)

    // The actor page: affiliations, meetings and statements; a cited fact opens its source.
    await page.goto(`${api}/#/actor/lloyd-austin`)
    await page.getByRole('heading', { level: 1, name: 'Lloyd Austin' }).waitFor()
    t.match(await page.locator('[aria-labelledby="s-affiliations"]').textContent(), /Secretary, US Department of Defense/)
    const meetings = await apiJson<{ data: unknown[] }>(api, '/v1/meetings?participant=lloyd-austin')
    t.equal(await page.locator('[aria-labelledby="s-meetings"] .card').count(), meetings.data.length)
    const cite = page.locator('[aria-labelledby="s-affiliations"] .citations a').first()
    const quote = (await cite.locator('.quote-text').textContent()) ?? ''
    await cite.click()
    await page.locator('mark#cited').waitFor()
    t.equal(await page.locator('mark#cited').textContent(), quote, 'an affiliation’s cited words, highlighted in the source')
    t.ok(await page.locator('.cited-box', { hasText: 'Cited for' }).count(), 'the facts citing those words are named')

    t.same(problems, [], 'no script or console errors')
  })

  await t.test('where sources disagree: each dispute’s claims side by side, their words highlighted, linked from the records', async (t) => {
    const { page, problems } = await open(`${api}/#/disputes`)
    await page.getByRole('heading', { level: 1, name: 'Where sources disagree' }).waitFor()
    await page.locator('.dispute').first().waitFor()
    const disputes = await apiJson<{ data: { id: string; question: string; claims: { answer: string; citations: Citation[] }[] }[] }>(api, '/v1/disputes?limit=100')
    t.equal(await page.locator('.dispute').count(), disputes.data.length, 'every dispute is shown')
    const troops = disputes.data.find((d) => d.id === 'us-troop-count-iraq')!
    const block = page.locator('[data-dispute="us-troop-count-iraq"]')
    t.equal(await block.locator('.claim').count(), troops.claims.length, 'one card per claim')
    t.same(await block.locator('.claim-answer').allTextContents(), troops.claims.map((c) => c.answer), 'the answers, in order')
    t.same(
      await block.locator('.claim mark').evaluateAll((marks) => marks.map((m) => [m.textContent, m.getAttribute('data-start'), m.getAttribute('data-end')])),
      troops.claims.flatMap((c) => c.citations.map((x) => [x.quote, String(x.start), String(x.end)])),
      'each claim’s cited words are highlighted, exactly as the API cites them',
    )
    const boxes = await block.locator('.claim').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top))
    t.ok(boxes.every((top) => Math.abs(top - boxes[0]!) < 2), 'the claims stand side by side at 1280 px')

    // From a statement that gives a claim, the dispute is one link away; and from the agreement.
    await page.goto(`${api}/#/statement/coalition-puts-us-troops-at-3000`)
    await page.locator('mark#cited').waitFor()
    await page.locator('.statement-panel .dispute-links a', { hasText: troops.question }).click()
    await page.getByRole('heading', { level: 1, name: troops.question }).waitFor()
    t.equal(await hash(page), '#/dispute/us-troop-count-iraq')
    t.equal(await page.locator('.claim').count(), troops.claims.length)
    await page.goto(`${api}/#/agreement/withdrawal-by-2026`)
    await page.locator('[aria-labelledby="s-where-sources-disagree"] a').first().waitFor()
    t.equal(await page.locator('[aria-labelledby="s-where-sources-disagree"] a').first().getAttribute('href'), '#/dispute/withdrawal-by-2026-deal-reached')
    t.same(problems, [], 'no script or console errors')
  })

  await t.test('offsets are code points, not UTF-16 units', async (t) => {
    // A source whose text has characters outside the BMP before the cited words.
    const key = createKey(app.db.writer, 'explorer-test', 'write', new Date().toISOString())
    const text = '𝐁𝐚𝐠𝐡𝐝𝐚𝐝 🇮🇶🇺🇸 — officials met on Thursday 😀 and agreed to talk again.'
    const res = await fetch(`${api}/v1/sources`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Code points', publisher: 'Test Wire', language: 'en', published: { edtf: null, basis: 'unknown' }, text }),
    })
    t.equal(res.status, 201)
    const { id } = (await res.json()) as { id: string }
    const words = 'agreed to talk again'
    const cps = Array.from(text)
    const start = cps.findIndex((_c, i) => cps.slice(i, i + Array.from(words).length).join('') === words)
    t.not(start, text.indexOf(words), 'the code-point offset differs from the UTF-16 index')
    const { page, problems } = await open(`${api}/#/source/${id}?highlight=${start}-${start + Array.from(words).length}`)
    await page.locator('mark#cited').waitFor()
    t.equal(await page.locator('mark#cited').textContent(), words)
    t.same(problems, [])
  })

  await t.test('another origin: the page fetches the API across origins (CORS)', async (t) => {
    const site = await pageServer(t)
    t.not(new URL(site).origin, new URL(api).origin)
    // What the browser really sent and got (allHeaders includes the Origin the network stack adds).
    const seen: Promise<{ url: string; origin: string | undefined; allow: string | undefined }>[] = []
    const { page, problems } = await open(`${site}/?api=${encodeURIComponent(api)}`, (page) =>
      page.on('response', (response) => {
        seen.push(
          Promise.all([response.request().allHeaders(), response.allHeaders()]).then(([sent, got]) => ({
            url: response.url(),
            origin: sent.origin,
            allow: got['access-control-allow-origin'],
          })),
        )
      }),
    )
    await page.locator('.events .event').first().waitFor()
    t.equal(await page.locator('#api-base').textContent(), api, 'the page names the API it reads')
    await searchAndOpenStatement(t, page)

    const calls = await Promise.all(seen)
    const apiCalls = calls.filter((c) => c.url.startsWith(`${api}/v1`))
    t.ok(apiCalls.length > 0, 'the API was called on its own origin')
    t.same(
      apiCalls.filter((c) => c.origin !== site || c.allow !== '*'),
      [],
      'each call carried the page’s Origin and was allowed by CORS',
    )
    t.notOk(
      calls.some((c) => c.url.startsWith(`${site}/v1`)),
      'nothing was asked of the page’s own origin',
    )
    t.same(problems, [], 'no script or console errors')
  })

  await t.test('an API that does not allow the origin is reported as such', async (t) => {
    const { origin: closed } = await apiServer(t, ['https://somewhere-else.example'])
    const site = await pageServer(t)
    const { page } = await open(`${site}/?api=${encodeURIComponent(closed)}`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    t.match(await alert.textContent(), /Could not reach the API at .*CORS/)
  })
})
