import path from 'node:path'
import t from 'tap'
import { toDrizzle, openSqlite } from '../../../src/db/connection.js'
import { applyMigrations } from '../../../src/db/migrate.js'
import { readActorRecord } from '../../../src/repositories/actors.js'
import { applyChange, deleteEntity, upsertEntity, type FeedChange } from '../../../src/services/dataset-writer.js'
import { buildApp, dumpData, scratchDir } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
interface Feed {
  data: FeedChange[]
  next_since: number
  revision: number
}

const feed = async (app: App, query: string) => (await app.inject({ url: `/v1/changes?${query}` })).json() as Feed
const now = () => new Date().toISOString()

async function walk(app: App, since = 0, limit = 50): Promise<FeedChange[]> {
  const all: FeedChange[] = []
  for (;;) {
    const page = await feed(app, `since=${since}&limit=${limit}`)
    if (page.data.length === 0) return all
    all.push(...page.data)
    since = page.next_since
  }
}

function changeSomething(app: App) {
  const record = readActorRecord(toDrizzle(app.db.writer), 'pat-ryder')!
  app.db.writer.transaction(() => {
    upsertEntity(app.db.writer, 'actor', { ...record, aliases: [...record.aliases, 'Maj. Gen. Ryder'] }, { now: now(), author: 'test' })
    deleteEntity(app.db.writer, 'statement', 'austin-bond-10th-year-coalition', { now: now(), author: 'test' })
  })()
}

t.test('the feed starts with the initial seed, in order', async (t) => {
  const app = await buildApp(t)
  const index = (await app.inject({ url: '/v1' })).json()
  const changes = await walk(app, 0, 37)
  const entities = ['sources', 'actors', 'meetings', 'agreements', 'statements', 'disputes'].reduce((n, c) => n + (index.counts[c] as number), 0)
  t.equal(changes.length, entities, 'one change per seeded entity')
  t.same(changes.map((c) => c.seq), changes.map((_c, i) => i + 1), 'sequence numbers 1, 2, 3… without gaps')
  t.equal(index.revision, changes.length, 'the revision is the last sequence number')
  t.ok(changes.every((c) => c.op === 'upsert' && c.author === 'seed' && c.version === 1 && c.data !== null))
  const order = ['source', 'actor', 'meeting', 'agreement', 'statement', 'dispute']
  t.same([...new Set(changes.map((c) => c.entity_type))], order, 'in dependency order')
  const statement = changes.find((c) => c.id === 'ryder-nothing-to-announce')!
  t.match(statement.data, { id: 'ryder-nothing-to-announce', kind: 'quote', source_id: 'anadolu-us-iraq-continuing-discussions', speakers: ['pat-ryder'], version: 1 })
})

t.test('updates and deletes follow, with tombstones', async (t) => {
  const app = await buildApp(t)
  const { revision } = await feed(app, 'limit=1')
  changeSomething(app)
  const page = await feed(app, `since=${revision}`)
  t.same(page.data.map((c) => [c.seq, c.entity_type, c.id, c.op, c.version, c.author]), [
    [revision + 1, 'actor', 'pat-ryder', 'upsert', 2, 'test'],
    [revision + 2, 'statement', 'austin-bond-10th-year-coalition', 'delete', 2, 'test'],
  ])
  t.match(page.data[0]!.data, { aliases: ['Ryder', 'Maj. Gen. Ryder'] })
  t.equal(page.data[1]!.data, null, 'a delete carries no record')
  t.equal(page.next_since, revision + 2)
  t.equal((await app.inject({ url: '/v1/statements/austin-bond-10th-year-coalition' })).statusCode, 404)
  t.same((await feed(app, `since=${revision + 2}`)).data, [], 'nothing after the last change')
})

t.test('replaying the feed from 0 rebuilds the dataset exactly', async (t) => {
  const app = await buildApp(t)
  changeSomething(app)
  const replica = openSqlite(path.join(scratchDir(t), 'replica.db'))
  t.after(() => replica.close())
  applyMigrations(replica)
  const changes = await walk(app, 0, 100)
  replica.transaction(() => {
    replica.pragma('defer_foreign_keys = ON')
    for (const change of changes) applyChange(replica, change)
  })()
  t.same(dumpData(replica), dumpData(app.db.reader), 'every table, row for row (the search index and sequences included)')
})

t.test('bad requests', async (t) => {
  const app = await buildApp(t)
  const { revision } = await feed(app, 'limit=1')
  for (const [query, name] of [[`since=${revision + 1}`, 'since'], ['since=-1', 'since'], ['since=abc', 'since'], ['limit=0', 'limit'], ['limit=1001', 'limit'], ['wait=31', 'wait'], ['wait=x', 'wait'], ['after=3', 'after']] as const) {
    const res = await app.inject({ url: `/v1/changes?${query}` })
    t.equal(res.statusCode, 400, query)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.equal(res.json().errors[0].name, name)
  }
  const header = await app.inject({ url: '/v1/changes', headers: { accept: 'text/event-stream', 'last-event-id': 'x' } })
  t.equal(header.statusCode, 400)
  t.match(header.json().errors, [{ in: 'header', name: 'last-event-id' }])
})

t.test('long-polling returns as soon as a change arrives, and times out cleanly', async (t) => {
  const app = await buildApp(t)
  const { revision } = await feed(app, 'limit=1')
  const started = Date.now()
  const timedOut = await feed(app, `since=${revision}&wait=0.6`)
  t.ok(Date.now() - started >= 550, 'waited for the time asked')
  t.same(timedOut.data, [])
  t.equal(timedOut.next_since, revision)

  const waiting = Date.now()
  setTimeout(() => changeSomething(app), 300)
  const woke = await feed(app, `since=${revision}&wait=10`)
  const elapsed = Date.now() - waiting
  t.ok(elapsed < 5000, `answered ${elapsed} ms after asking, well before the 10 s wait`)
  t.ok(woke.data.length >= 1)
  t.equal(woke.data[0]!.seq, revision + 1)
})

t.test('a long-poll in flight ends when the server shuts down', async (t) => {
  const app = await buildApp(t)
  const { revision } = await feed(app, 'limit=1')
  const pending = app.inject({ url: `/v1/changes?since=${revision}&wait=30` })
  await new Promise((r) => setTimeout(r, 200))
  const closing = Date.now()
  await app.close()
  const res = await pending
  t.ok(Date.now() - closing < 3000, 'shutdown did not wait for the 30 s poll')
  t.equal(res.statusCode, 200)
  t.same(res.json().data, [])
})

t.test('server-sent events stream the log, resume from Last-Event-ID and end on shutdown', async (t) => {
  const app = await buildApp(t)
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  const { revision } = await feed(app, 'limit=1')

  const readEvents = async (headers: Record<string, string>, want: number) => {
    const res = await fetch(`${address}/v1/changes`, { headers: { accept: 'text/event-stream', ...headers } })
    t.equal(res.status, 200)
    t.match(res.headers.get('content-type'), /^text\/event-stream/)
    const reader = res.body!.getReader()
    let text = ''
    const ids: number[] = []
    while (ids.length < want) {
      const { value, done } = await reader.read()
      if (done) break
      text += Buffer.from(value).toString('utf8')
      ids.splice(0, ids.length, ...[...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])))
    }
    return { reader, ids, text }
  }

  const first = await readEvents({ 'last-event-id': String(revision - 2) }, 2)
  t.same(first.ids, [revision - 1, revision], 'resumes after Last-Event-ID')
  t.match(first.text, /event: change\ndata: \{"seq":/)
  setTimeout(() => changeSomething(app), 100)
  let more = first.text
  while (!/^id: /m.test(more.split(`id: ${revision}\n`)[1] ?? '')) {
    const { value, done } = await first.reader.read()
    if (done) break
    more += Buffer.from(value).toString('utf8')
  }
  t.match(more, new RegExp(`id: ${revision + 1}\\nevent: change\\ndata: .*"id":"pat-ryder"`), 'a new change is pushed')

  const closed = app.close()
  // Read until the stream ends, or give up after 10 s: a stream that stays open fails here.
  const deadline = Date.now() + 10_000
  let ended = false
  while (!ended && Date.now() < deadline) {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(0, deadline - Date.now())).unref())
    const read = await Promise.race([first.reader.read(), timeout])
    if (read === null) break
    ended = read.done
  }
  t.ok(ended, 'the stream ends when the server closes')
  await closed
})
