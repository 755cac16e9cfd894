// Server-sent events that respect their consumers: a consumer that does not read is not buffered
// for (the stream waits for 'drain') and is disconnected; one too far behind is pointed elsewhere.
import net from 'node:net'
import t from 'tap'
import type { Sqlite } from '../../../src/db/connection.js'
import { latestSeq } from '../../../src/repositories/changes.js'
import { SSE_LIMITS } from '../../../src/services/change-feed.js'
import { buildApp } from '../../helper.js'

const PAD_BYTES = 16 * 1024

/** Appends `n` changes of about `bytes` each to the log: a long backlog of large records. */
function appendBacklog(db: Sqlite, n: number, bytes: number): void {
  const insert = db.prepare(`INSERT INTO changes (entity_type, entity_id, op, version, changed_at, data, author) VALUES ('actor', ?, 'upsert', 1, ?, ?, 'backlog')`)
  db.transaction(() => {
    for (let i = 0; i < n; i++) insert.run(`backlog-${i}`, new Date().toISOString(), JSON.stringify({ id: `backlog-${i}`, description: 'x'.repeat(bytes) }))
  })()
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

t.test('a consumer that does not read does not grow the server past the cap, and is disconnected', async (t) => {
  const app = await buildApp(t)
  appendBacklog(app.db.writer, SSE_LIMITS.maxReplay + 200, PAD_BYTES)
  const revision = latestSeq(app.db.reader)
  const since = revision - SSE_LIMITS.maxReplay // as far back as a stream replays
  const backlogBytes = SSE_LIMITS.maxReplay * PAD_BYTES
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = new URL(address)

  const serverSockets = new Set<net.Socket>()
  app.server.on('connection', (socket: net.Socket) => serverSockets.add(socket))
  const rssBefore = process.memoryUsage().rss

  // A raw client that sends its request and then never reads a byte.
  const client = net.connect({ host: '127.0.0.1', port: Number(port) })
  client.pause()
  client.write(`GET /v1/changes HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nLast-Event-ID: ${since}\r\n\r\n`)
  const clientClosed = new Promise<void>((resolve) => client.on('close', () => resolve()))
  client.on('error', () => {}) // the server may reset the connection it drops
  t.after(() => client.destroy())

  let maxBuffered = 0
  let maxRss = rssBefore
  let bytesWritten = 0
  let serverClosedAt: number | undefined
  const started = Date.now()
  let healthy = 0
  for (const until = Date.now() + SSE_LIMITS.drainTimeoutMs + 20_000; Date.now() < until; ) {
    for (const socket of serverSockets) {
      maxBuffered = Math.max(maxBuffered, socket.writableLength)
      bytesWritten = Math.max(bytesWritten, socket.bytesWritten)
      if (socket.destroyed && serverClosedAt === undefined) serverClosedAt = Date.now()
    }
    maxRss = Math.max(maxRss, process.memoryUsage().rss)
    if (serverClosedAt !== undefined) break
    if ((await app.inject({ url: '/healthz' })).statusCode === 200) healthy++
    await sleep(20)
  }
  t.comment(`backlog ${(backlogBytes / 1e6).toFixed(1)} MB; the server handed the socket ${(bytesWritten / 1e6).toFixed(2)} MB, held at most ${maxBuffered} bytes unsent; RSS +${((maxRss - rssBefore) / 1e6).toFixed(1)} MB; disconnected after ${serverClosedAt === undefined ? 'never' : `${serverClosedAt - started} ms`}`)
  t.ok(serverSockets.size >= 1, 'the server saw the connection')
  t.ok(bytesWritten > 0, 'the stream started')
  t.ok(bytesWritten < backlogBytes / 2, 'it stopped writing once the consumer stopped taking (back-pressure), far short of the backlog')
  t.ok(maxBuffered <= SSE_LIMITS.maxBufferedBytes, `the bytes it held for the consumer (${maxBuffered}) stayed under the cap (${SSE_LIMITS.maxBufferedBytes})`)
  t.ok(serverClosedAt !== undefined, 'the server disconnected the consumer')
  t.ok(healthy > 0, 'and answered other requests meanwhile')
  // Reading now, the client gets what the kernel held for it, then the end of the connection.
  client.resume()
  await clientClosed
  t.pass('the client sees its connection closed')
})

t.test('a consumer that reads gets the whole replay, up to the bound', async (t) => {
  const app = await buildApp(t)
  appendBacklog(app.db.writer, SSE_LIMITS.maxReplay + 50, 2048)
  const revision = latestSeq(app.db.reader)
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  const since = revision - SSE_LIMITS.maxReplay
  const res = await fetch(`${address}/v1/changes`, { headers: { accept: 'text/event-stream', 'last-event-id': String(since) } })
  const reader = res.body!.getReader()
  let text = ''
  while (!text.includes(`id: ${revision}\n`)) {
    const { value, done } = await reader.read()
    if (done) break
    text += Buffer.from(value).toString('utf8')
  }
  await reader.cancel()
  await app.close() // at once: a close some time after an event stream ended waits ~70 s (seen before this change too)
  const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))
  t.equal(ids.length, SSE_LIMITS.maxReplay, `all ${SSE_LIMITS.maxReplay} changes`)
  t.same(ids, Array.from({ length: SSE_LIMITS.maxReplay }, (_, i) => since + 1 + i), 'in order, none skipped')
  t.notMatch(text, /too-far-behind/)
})

t.test('a consumer further behind than the bound is pointed to the JSON feed and the snapshot, then gets live changes', async (t) => {
  const app = await buildApp(t)
  appendBacklog(app.db.writer, SSE_LIMITS.maxReplay + 10, 64)
  const revision = latestSeq(app.db.reader)
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  const res = await fetch(`${address}/v1/changes`, { headers: { accept: 'text/event-stream', 'last-event-id': '0' } })
  t.equal(res.status, 200)
  const reader = res.body!.getReader()
  let text = ''
  const until = async (pattern: RegExp) => {
    while (!pattern.test(text)) {
      const { value, done } = await reader.read()
      if (done) break
      text += Buffer.from(value).toString('utf8')
    }
  }
  await until(/event: too-far-behind\ndata: .*\n\n/)
  const [, id, data] = /id: (\d+)\nevent: too-far-behind\ndata: (.*)\n\n/.exec(text) ?? []
  t.equal(Number(id), revision, 'its id is the revision, so a reconnect resumes from there')
  const pointer = JSON.parse(data ?? '{}') as Record<string, unknown>
  t.match(pointer, { since: 0, revision, behind: revision, max_replay: SSE_LIMITS.maxReplay, changes: '/v1/changes?since=0&limit=1000', snapshot: '/v1/snapshot.sqlite', message: String })
  t.equal((await app.inject({ url: pointer.changes as string })).statusCode, 200, 'the JSON feed link works')
  t.notMatch(text, /event: change/, 'the backlog is not replayed')

  appendBacklog(app.db.writer, 1, 10)
  await until(new RegExp(`id: ${revision + 1}\\nevent: change`))
  t.match(text, new RegExp(`id: ${revision + 1}\\nevent: change\\ndata: \\{"seq":${revision + 1},`), 'the next change arrives live')
  await reader.cancel()
  await app.close()
})
