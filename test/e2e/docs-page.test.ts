// The explorer (/) and the API documentation (/docs) as a server is used from another machine: over
// plain HTTP under a name that is not localhost (a browser treats only localhost as a secure
// context, so a CSP with upgrade-insecure-requests would send every asset to https and leave a
// blank page). The real server is spawned on 127.0.0.1; Chromium maps newsroom.test to it. Without
// Chromium the test is skipped, saying so, except in CI (CI set), where it fails.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import t from 'tap'
import { projectRoot } from '../../src/paths.js'
import { defaultExplorerRoot } from '../../src/plugins/explorer.js'
import { childEnv, scratchDir, startServer } from '../helper.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const HOST_NAME = 'newsroom.test'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--host-resolver-rules=MAP ${HOST_NAME} 127.0.0.1`,
]
const STEP = 30_000

// Build the page when public/ is missing or older than its sources (`npm test` builds it first anyway).
const builtAt = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0)
const newestSource = Math.max(...readdirSync(path.join(projectRoot, 'web')).map((f) => builtAt(path.join(projectRoot, 'web', f))))
if (builtAt(path.join(defaultExplorerRoot, 'app.js')) < newestSource) {
  const build = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'build-web.mjs')], { cwd: projectRoot, env: childEnv(), encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`npm run build:web failed:\n${build.stdout}${build.stderr}`)
}

const chromiumFound = existsSync(CHROMIUM)
if (!chromiumFound && process.env.CI) t.fail(`no Chromium found at ${CHROMIUM}: CI must install it (apt-get install chromium) or set CHROMIUM_PATH`)

t.test(`/ and /docs over HTTP as http://${HOST_NAME}:PORT`, { skip: chromiumFound ? false : `no Chromium found at ${CHROMIUM}` }, async (t) => {
  const server = await startServer(t, { DATABASE_PATH: path.join(scratchDir(t), 'docs-page.db'), HOST: '127.0.0.1' })
  const port = new URL(server.address).port
  const origin = `http://${HOST_NAME}:${port}`
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: STEP })
  t.teardown(() => browser.close())

  const open = async (url: string) => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    page.setDefaultTimeout(STEP)
    page.setDefaultNavigationTimeout(STEP)
    const requests: string[] = []
    const problems: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`))
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      // Over plain HTTP Chromium ignores the Cross-Origin-Opener-Policy header (it applies under
      // HTTPS, where the header is meant for) and says so as an error; that is expected here.
      if (message.type() === 'error' && !message.text().startsWith('The Cross-Origin-Opener-Policy header has been ignored')) problems.push(`console error: ${message.text()}`)
    })
    await page.goto(url)
    return { page, requests, problems }
  }
  const api = async <T>(url: string) => (await (await fetch(`${server.address}${url}`)).json()) as T

  await t.test('/docs renders every operation of the OpenAPI document', async (t) => {
    const spec = await api<{ paths: Record<string, Record<string, unknown>> }>('/openapi.json')
    const operations = Object.values(spec.paths).reduce((n, item) => n + Object.keys(item).filter((k) => ['get', 'post', 'patch', 'put', 'delete'].includes(k)).length, 0)
    const { page, requests, problems } = await open(`${origin}/docs`)
    await page.locator('.opblock').first().waitFor()
    t.equal(await page.locator('.opblock').count(), operations, `all ${operations} operations are listed`)
    t.ok(await page.locator('.opblock-summary-path', { hasText: '/v1/statements' }).count(), 'GET /v1/statements is among them')
    t.same(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')), [], 'every asset is fetched from the server itself, over http')
    t.same(problems, [], 'no failed request, page error or console error')
  })

  await t.test('/ shows the timeline', async (t) => {
    const timeline = await api<{ data: unknown[] }>('/v1/timeline?limit=100')
    const { page, requests, problems } = await open(`${origin}/`)
    await page.locator('.timeline .event').first().waitFor()
    t.equal(await page.locator('.timeline .event').count(), timeline.data.length, 'every dated item is on the timeline')
    t.same(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')), [], 'every request goes to the server itself, over http')
    t.same(problems, [], 'no failed request, page error or console error')
  })

  t.equal(await server.stop('SIGTERM'), 0)
})
