// Graceful shutdown of the real server: SIGTERM while 20 exports and snapshots and a 20 s long-poll
// are in flight. The in-flight requests finish with 200 and complete bodies, the long-poll answers
// at once, new connections are refused from then on, and the process exits 0 — with clients that
// close their connections after each answer, and with clients that keep them alive.
import { writeFileSync } from 'node:fs'
import http, { type IncomingMessage } from 'node:http'
import net from 'node:net'
import path from 'node:path'
import Database from 'better-sqlite3'
import t, { type Test } from 'tap'
import { scratchDir, startServer } from '../helper.js'

interface Held {
  url: string
  res: IncomingMessage
  /** Reads the rest of the body (the response is paused until then). */
  body: () => Promise<Buffer>
}

/** A GET over a keep-alive connection, like a browser's or a client library's, paused after the headers. */
function get(agent: http.Agent, url: string): Promise<Held> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.pause()
      resolve({
        url,
        res,
        body: async () => {
          const chunks: Buffer[] = []
          for await (const chunk of res) chunks.push(chunk as Buffer)
          if (!res.complete) throw new Error(`${url}: the response was cut off`)
          return Buffer.concat(chunks)
        },
      })
    })
    req.on('error', reject)
  })
}

/** Resolves with the error code of a new TCP connection (or 'connected'). */
function connect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve('connected')
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function scenario(t: Test, keepAlive: boolean) {
  const dir = scratchDir(t)
  const server = await startServer(t, { DATABASE_PATH: path.join(dir, 'shutdown.db'), RATE_LIMIT_READS: '0', LOG_LEVEL: 'debug' })
  const port = Number(new URL(server.address).port)
  const agent = new http.Agent({ keepAlive, maxSockets: 50 })
  t.after(() => agent.destroy())
  const revision = ((await (await fetch(`${server.address}/v1`)).json()) as { revision: number }).revision

  // A long-poll that would wait 20 s, then as many exports as the server takes at once (2 building,
  // 4 waiting; more are a 503) and 10 snapshots, all at once.
  const pollStarted = Date.now()
  const poll = get(agent, `${server.address}/v1/changes?since=${revision}&wait=20`)
  const urls = [...Array.from({ length: 6 }, () => '/v1/export.ndjson'), ...Array.from({ length: 10 }, () => '/v1/snapshot.sqlite')]
  const pending = urls.map((url) => get(agent, `${server.address}${url}`))

  // Every request has reached the server (it logs each one as it arrives) before the signal.
  const arrived = () => (server.logs().match(/"msg":"request received"/g) ?? []).length
  for (const until = Date.now() + 10_000; arrived() < 1 + 1 + urls.length && Date.now() < until; ) await sleep(5)
  t.equal(arrived(), 1 + 1 + urls.length, `all ${urls.length + 1} requests reached the server (plus the GET /v1 before them)`)

  const signalled = Date.now()
  let exited = false
  const exit = server.stop('SIGTERM').then((code) => {
    exited = true
    return code
  })

  // New connections are refused once the signal is handled, while the in-flight ones drain.
  let refused = ''
  for (const until = Date.now() + 5000; Date.now() < until; await sleep(10)) {
    const outcome = await connect(port)
    if (outcome !== 'connected') {
      refused = outcome
      break
    }
  }
  t.equal(refused, 'ECONNREFUSED', 'a new connection after SIGTERM is refused')
  t.comment(`new connections refused ${Date.now() - signalled} ms after SIGTERM, ${exited ? 'after' : 'before'} the process exited`)

  // The long-poll answers at once, with nothing new.
  const polled = await poll
  const pollBody = JSON.parse((await polled.body()).toString('utf8')) as { data: unknown[]; next_since: number }
  t.equal(polled.res.statusCode, 200, 'the long-poll answers 200')
  t.same(pollBody.data, [], 'with no changes')
  t.equal(pollBody.next_since, revision)
  t.ok(Date.now() - signalled < 3000, `the long-poll answered ${Date.now() - signalled} ms after SIGTERM (asked to wait 20 s; started ${Date.now() - pollStarted} ms ago)`)

  // Every export and snapshot completes with a full body.
  const held = await Promise.all(pending)
  for (const [i, h] of held.entries()) {
    const body = await h.body()
    t.equal(h.res.statusCode, 200, `${h.url} #${i}: 200`)
    t.equal(h.res.headers['x-dataset-revision'], String(revision))
    if (h.url.endsWith('.ndjson')) {
      const lines = body.toString('utf8').split('\n').filter(Boolean)
      const records = lines.map((line) => JSON.parse(line) as { type: string; counts?: Record<string, number> })
      const expected = Object.values(records[0]!.counts ?? {}).reduce((a, b) => a + b, 0)
      t.equal(records.length - 1, expected, `${h.url} #${i}: every record the meta line counts (${expected}), each line whole JSON`)
    } else {
      const file = path.join(dir, `snapshot-${i}.sqlite`)
      writeFileSync(file, body)
      const copy = new Database(file, { readonly: true })
      t.equal(copy.pragma('integrity_check', { simple: true }), 'ok', `${h.url} #${i}: a whole SQLite file (${body.length} bytes)`)
      t.equal(copy.prepare('SELECT max(seq) FROM changes').pluck().get(), revision, `${h.url} #${i}: at the served revision`)
      copy.close()
    }
  }

  const code = await exit
  t.equal(code, 0, `the process exits 0 (${Date.now() - signalled} ms after SIGTERM)`)
  t.ok(Date.now() - signalled < 10_000, 'within the 10 s grace period')
  t.match(server.logs(), /shutting down/)
  t.notMatch(server.logs(), /"level":50|killed by timeout/, 'nothing was logged as an error, and the grace timer did not fire')
}

// Clients that close each connection after its answer.
t.test('SIGTERM with one-shot connections: in-flight requests finish, the long-poll answers, new connections are refused, exit 0', (t) => scenario(t, false))

// Clients that keep connections alive (browsers, undici, Node's default agent): the connections of the
// in-flight requests become idle only after the shutdown began, and must not hold the process up.
t.test('SIGTERM with keep-alive connections: the same, and the process still exits 0 promptly', (t) => scenario(t, true))
