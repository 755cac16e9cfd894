// The read workers: answers from a worker equal the main thread's, an over-budget read is stopped
// with a problem saying how to narrow it, and a full queue is a 503 with Retry-After.
import path from 'node:path'
import t from 'tap'
import { createApp } from '../../src/app.js'
import { COLLECTIONS } from '../../src/services/collections.js'
import { listCollectionJson } from '../../src/services/list-service.js'
import { runScript, scratchDir } from '../helper.js'

const HEAVY = '/v1/statements?facet=speaker,about,topic,kind,source,meeting,agreement&include_total=true&q=the'

t.test('a filtered page from a worker is the page the main thread builds', async (t) => {
  const databasePath = path.join(scratchDir(t), 'same.db')
  const app = await createApp({ databasePath })
  t.after(() => app.close())
  const url = '/v1/statements?speaker=lloyd-austin&include_total=true&facet=topic'
  const res = await app.inject(url)
  t.equal(res.statusCode, 200)
  const query = { speaker: 'lloyd-austin', include_total: true, facet: 'topic' }
  const direct = listCollectionJson(app.db.reader, COLLECTIONS.statements, { collection: 'statements', path: '/v1/statements', query, rawQuery: { speaker: 'lloyd-austin', include_total: 'true', facet: 'topic' } })
  t.equal(res.body, direct.body, 'same bytes')
  t.equal(res.headers.etag, direct.etag, 'same ETag')
  t.ok(res.json().meta.total > 0, 'the filter selects something')
})

// One generated database for the tests that need reads that take a while.
let generated = ''
t.before(async () => {
  generated = path.join(t.testdir(), 'generated.db')
  const gen = await runScript('src/cli/gen/main.ts', ['--statements', '20000', '--out', generated], {}, 180_000)
  if (gen.code !== 0) throw new Error(gen.stderr)
})

t.test('over budget: stopped, and the problem says how to narrow the request', async (t) => {
  const databasePath = generated
  const app = await createApp({ databasePath, readPool: { budgetMs: 1 } })
  t.after(() => app.close())
  const res = await app.inject(HEAVY)
  t.equal(res.statusCode, 400)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(res.json(), { status: 400, budget_ms: 1, detail: /too expensive.*1 ms budget.*narrow it/ })
  t.equal((await app.inject('/v1/statements?limit=2')).statusCode, 200, 'an index page is still served')
  t.equal((await app.inject('/healthz')).statusCode, 200, 'and the server is healthy')

  // Budget generous enough: the same request is answered.
  const roomy = await createApp({ databasePath, readPool: { budgetMs: 120_000 } })
  t.after(() => roomy.close())
  const ok = await roomy.inject(HEAVY)
  t.equal(ok.statusCode, 200, ok.body.slice(0, 200))
  t.ok(ok.json().meta.total > 0)
})

t.test('a full queue is a 503 with Retry-After, and what was queued is answered', async (t) => {
  const app = await createApp({ databasePath: generated, readPool: { threads: 1, queue: 1, budgetMs: 120_000 } })
  t.after(() => app.close())
  const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => app.inject(`${HEAVY}&limit=${i + 1}`)))
  const statuses = answers.map((a) => a.statusCode)
  t.ok(statuses.includes(503), `some are refused (${statuses.join(', ')})`)
  t.ok(statuses.includes(200), 'some are answered')
  t.ok(statuses.every((s) => s === 200 || s === 503), 'nothing else')
  const refused = answers.find((a) => a.statusCode === 503)!
  t.equal(refused.headers['retry-after'], '2')
  t.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8')
})

t.test('exports from the export workers are the bytes the calling thread makes', async (t) => {
  const databasePath = path.join(scratchDir(t), 'exports.db')
  const threaded = await createApp({ databasePath })
  t.after(() => threaded.close())
  const inline = await createApp({ databasePath, readPool: { threads: 0 } })
  t.after(() => inline.close())
  for (const url of ['/v1/statements?format=csv&speaker=lloyd-austin', '/v1/actors?format=csv']) {
    const [a, b] = [await threaded.inject(url), await inline.inject(url)]
    t.equal(a.statusCode, 200)
    t.ok(a.body.split('\r\n').length > 2, `${url}: rows`)
    t.equal(a.body, b.body, `${url}: same CSV`)
  }
  const [a, b] = [await threaded.inject('/v1/export.ndjson'), await inline.inject('/v1/export.ndjson')]
  const records = (body: string) => body.split('\n').filter(Boolean).slice(1)
  t.ok(records(a.body).length > 100)
  t.same(records(a.body), records(b.body), 'same NDJSON records (the meta line carries the export time)')
})
