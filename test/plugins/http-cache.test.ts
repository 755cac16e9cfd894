import path from 'node:path'
import t from 'tap'
import { createApp } from '../../src/app.js'
import { toDrizzle } from '../../src/db/connection.js'
import { readActorRecord } from '../../src/repositories/actors.js'
import { upsertEntity } from '../../src/services/dataset-writer.js'
import { buildApp, scratchDir } from '../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>

const get = (app: App, url: string, headers: Record<string, string> = {}) => app.inject({ url, headers })

function editActor(app: App, id: string, description: string) {
  const record = readActorRecord(toDrizzle(app.db.writer), id)!
  return upsertEntity(app.db.writer, 'actor', { ...record, description }, { now: new Date().toISOString(), author: 'test' })
}

t.test('reads carry validators, cache headers and the dataset revision', async (t) => {
  const app = await buildApp(t)
  const revision = (app.db.reader.prepare('SELECT max(seq) AS seq FROM changes').get() as { seq: number }).seq
  const item = await get(app, '/v1/actors/lloyd-austin')
  t.equal(item.statusCode, 200)
  t.match(item.headers.etag, /^"[\w-]{27}"$/, 'a strong ETag')
  t.equal(item.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300')
  t.equal(item.headers['x-dataset-revision'], String(revision))
  t.equal(item.headers['last-modified'], new Date(item.json().updated_at).toUTCString(), 'an item was last modified when it was updated')

  const list = await get(app, '/v1/statements?limit=5')
  t.match(list.headers.etag, /^"[\w-]{27}"$/)
  t.ok(list.headers['last-modified'])
  t.not(list.headers.etag, item.headers.etag)
  const pretty = await get(app, '/v1/statements?limit=5&pretty=true')
  t.not(pretty.headers.etag, list.headers.etag, 'different bytes, different strong ETag')

  const probe = await get(app, '/healthz')
  t.equal(probe.headers['cache-control'], 'no-store', 'probes are never cached')
})

t.test('conditional requests answer 304 with no body', async (t) => {
  const app = await buildApp(t)
  for (const url of ['/v1/actors/lloyd-austin', '/v1/statements?speaker=pat-ryder', '/v1', '/v1/search?q=withdrawal', '/v1/timeline', '/v1/sources/menafn-iraqi-representatives-visit-pentagon/text']) {
    const first = await get(app, url)
    const etag = first.headers.etag as string
    const again = await get(app, url, { 'if-none-match': etag })
    t.equal(again.statusCode, 304, `${url}: 304 for its own ETag`)
    t.equal(again.body, '', 'no body')
    t.equal(again.headers.etag, etag, 'the ETag is repeated')
    t.equal((await get(app, url, { 'if-none-match': `"other", W/${etag}` })).statusCode, 304, 'weak comparison, list of tags')
    t.equal((await get(app, url, { 'if-none-match': '"something-else"' })).statusCode, 200)
    t.equal((await get(app, url, { 'if-none-match': '*' })).statusCode, 304)

    const lastModified = first.headers['last-modified'] as string
    t.equal((await get(app, url, { 'if-modified-since': lastModified })).statusCode, 304, `${url}: not modified since Last-Modified`)
    t.equal((await get(app, url, { 'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString() })).statusCode, 200, 'modified since a minute earlier')
    t.equal((await get(app, url, { 'if-modified-since': 'yesterday-ish' })).statusCode, 200, 'an unreadable date is ignored')
    t.equal((await get(app, url, { 'if-none-match': '"x"', 'if-modified-since': lastModified })).statusCode, 200, 'If-None-Match takes precedence')
  }
  const head = await app.inject({ method: 'HEAD', url: '/v1/actors/lloyd-austin', headers: { 'if-none-match': (await get(app, '/v1/actors/lloyd-austin')).headers.etag as string } })
  t.equal(head.statusCode, 304, 'HEAD too')
})

t.test('ETags change after a change, and not otherwise', async (t) => {
  const app = await buildApp(t)
  const urls = ['/v1/actors/lloyd-austin', '/v1/actors/pat-ryder', '/v1/actors?kind=person', '/v1/statements?speaker=lloyd-austin', '/v1/sources']
  const before = Object.fromEntries(await Promise.all(urls.map(async (u) => [u, (await get(app, u)).headers.etag])))
  const revision = Number((await get(app, '/v1')).headers['x-dataset-revision'])

  const repeat = Object.fromEntries(await Promise.all(urls.map(async (u) => [u, (await get(app, u)).headers.etag])))
  t.same(repeat, before, 'stable while nothing changes')

  t.equal(editActor(app, 'lloyd-austin', 'Described anew by a test.'), 'updated')
  const after = Object.fromEntries(await Promise.all(urls.map(async (u) => [u, (await get(app, u)).headers.etag])))
  t.not(after['/v1/actors/lloyd-austin'], before['/v1/actors/lloyd-austin'], 'the changed item')
  t.not(after['/v1/actors?kind=person'], before['/v1/actors?kind=person'], 'a list containing it')
  t.equal(after['/v1/actors/pat-ryder'], before['/v1/actors/pat-ryder'], 'an unrelated item keeps its ETag')
  t.equal(after['/v1/statements?speaker=lloyd-austin'], before['/v1/statements?speaker=lloyd-austin'], 'statements embed only the name, which did not change')
  t.equal(after['/v1/sources'], before['/v1/sources'])
  t.equal(Number((await get(app, '/v1')).headers['x-dataset-revision']), revision + 1, 'the revision moved by one')
  const stale = await get(app, '/v1/actors/lloyd-austin', { 'if-none-match': before['/v1/actors/lloyd-austin'] as string })
  t.equal(stale.statusCode, 200, 'an old ETag no longer matches')
  t.equal(stale.json().description, 'Described anew by a test.')
  t.equal(stale.json().version, 2)
})

t.test('Cache-Control is configurable', async (t) => {
  const app = await createApp({ databasePath: path.join(scratchDir(t), 'cc.db'), cacheControl: 'no-cache' })
  t.after(() => app.close())
  t.equal((await app.inject({ url: '/v1' })).headers['cache-control'], 'no-cache')
  const problem = await app.inject({ url: '/v1/actors/nobody' })
  t.equal(problem.statusCode, 404)
  t.equal(problem.headers['cache-control'], undefined, 'errors are not marked cacheable')
  t.ok(problem.headers['x-dataset-revision'], 'every read carries the revision')
})
