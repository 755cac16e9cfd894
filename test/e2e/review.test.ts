// The review page (#/review) in a real browser (Debian's chromium via playwright-core) against the
// real app: paste the made-up wire article (test/fixtures/suggest/), create its source, get the
// suggestions, edit one draft, accept two, reject one, see a refused one keep the server's problem
// document, and find the accepted ones served by the API. Without Chromium it is skipped, saying
// so, except in CI (CI set), where it fails.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import Fastify from 'fastify'
import { chromium, type Browser } from 'playwright-core'
import t from 'tap'
import { fastifyOptions, serviceApp } from '../../src/app.js'
import { projectRoot } from '../../src/paths.js'
import explorer, { defaultExplorerRoot } from '../../src/plugins/explorer.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { scratchDir } from '../helper.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const STEP = 60_000

const builtAt = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0)
const newestSource = Math.max(...readdirSync(path.join(projectRoot, 'web')).map((f) => builtAt(path.join(projectRoot, 'web', f))))
if (builtAt(path.join(defaultExplorerRoot, 'app.js')) < newestSource) {
  const build = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'build-web.mjs')], { cwd: projectRoot, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`npm run build:web failed:\n${build.stdout}${build.stderr}`)
}

const chromiumFound = existsSync(CHROMIUM)
const inCi = Boolean(process.env.CI)
const WIRE = readFileSync(path.join(projectRoot, 'test', 'fixtures', 'suggest', 'wire-two-phases.txt'), 'utf8')

t.test('review: suggest, edit one draft, accept two, reject one, see them served', { skip: chromiumFound || inCi ? false : `no Chromium found at ${CHROMIUM}` }, async (t) => {
  if (!chromiumFound) {
    t.fail(`CI is set and there is no Chromium at ${CHROMIUM}: install it or set CHROMIUM_PATH`)
    return
  }
  const app = Fastify(fastifyOptions({ logLevel: 'silent' }))
  await app.register(serviceApp, { databasePath: path.join(scratchDir(t), 'review.db') })
  if (!app.hasPlugin('explorer')) await app.register(explorer)
  const api = await app.listen({ host: '127.0.0.1', port: 0 })
  t.teardown(() => app.close())
  const key = createKey(app.db.writer, 'review-test', 'write', new Date().toISOString())

  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: STEP })
  t.teardown(() => browser.close())
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  page.setDefaultTimeout(STEP)
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))

  await page.goto(`${api}/#/review`)
  await page.getByRole('heading', { level: 1, name: 'Review suggestions' }).waitFor()
  await page.getByLabel('API key').fill(key)
  await page.getByLabel('Id (optional)').fill('wire-two-phases')
  await page.getByLabel('Title').fill('US, Iraq say coalition mission will end in two phases')
  await page.getByLabel('Publisher').fill('Wire')
  await page.getByLabel(/^Published/).fill('2025-09-27')
  await page.getByLabel('Text, exactly as published').fill(WIRE)
  await page.getByRole('button', { name: 'Create the source and suggest' }).click()
  await page.locator('.review-draft').first().waitFor()

  const stored = (await (await fetch(`${api}/v1/sources/wire-two-phases/text`)).text())
  t.equal(stored, WIRE, 'the pasted article was created byte for byte')
  const answer = (await (await fetch(`${api}/v1/sources/wire-two-phases/suggestions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as Record<string, unknown[]>
  const expected = ['new_actors', 'statements', 'new_meetings', 'new_agreements'].reduce((n, k) => n + (answer[k]?.length ?? 0), 0)
  t.equal(await page.locator('.review-draft').count(), expected, 'every draft of the answer is on the page')

  const card = (label: string) => page.locator('.review-draft').filter({ has: page.locator('h3', { hasText: label }) })
  const opening = card('Statement (paraphrase): The United States and Iraq said on Friday')
  const page_ = card('Statement (quote): turns a page')
  const aside = card('Statement (report): The first phase ends')
  t.equal(await page_.locator('.review-cited mark').first().textContent(), 'turns a page', 'the cited words are highlighted')

  // Edit one draft: a new id and a topic.
  const editor = opening.locator('textarea')
  const body = JSON.parse(await editor.inputValue()) as Record<string, unknown>
  await editor.fill(JSON.stringify({ ...body, id: 'wire-two-phases-opening', topics: ['withdrawal'] }, null, 2))
  await opening.getByRole('button', { name: 'Accept' }).click()
  await opening.locator('[data-state="accepted"], .review-status a').first().waitFor()
  t.equal(await opening.getAttribute('data-state'), 'accepted')

  await page_.getByRole('button', { name: 'Accept' }).click()
  await page_.locator('.review-status a').waitFor()
  t.equal(await page_.getAttribute('data-state'), 'accepted')

  await aside.getByRole('button', { name: 'Reject' }).click()
  t.equal(await aside.getAttribute('data-state'), 'rejected')
  t.ok(await aside.isVisible(), 'a rejected draft stays on the page')

  // A draft whose words are not in the text: refused by the server, with its problem document shown.
  const broken = card('Statement (quote): This is not a withdrawal')
  const brokenEditor = broken.locator('textarea')
  const brokenBody = JSON.parse(await brokenEditor.inputValue()) as Record<string, unknown>
  await brokenEditor.fill(JSON.stringify({ ...brokenBody, speakers: ['united-states'], text: 'words the article never printed' }))
  await broken.getByRole('button', { name: 'Accept' }).click()
  await broken.locator('.review-problem').waitFor()
  t.equal(await broken.getAttribute('data-state'), 'failed')
  const problem = JSON.parse((await broken.locator('.review-problem').textContent()) ?? '{}') as { status?: number; detail?: string }
  t.equal(problem.status, 422, 'the problem document of the refusal')
  t.ok(await broken.isVisible(), 'a failed draft stays on the page')

  const served = await fetch(`${api}/v1/statements/wire-two-phases-opening`)
  t.equal(served.status, 200, 'the edited draft is served under its new id')
  t.match(await served.json(), { kind: 'paraphrase', topics: ['withdrawal'] })
  const quoteId = String((JSON.parse(await page_.locator('textarea').inputValue()) as { id: string }).id)
  const quote = await fetch(`${api}/v1/statements/${quoteId}`)
  t.equal(quote.status, 200, 'the second accepted draft is served')
  t.match(await quote.json(), { kind: 'quote', text: 'turns a page' })
  t.same(problems, [])
})
