// What Node's HTTP parser refuses before Fastify routes anything — a request not sent within the
// deadline (408), a request line and headers over 16 KiB (431) — is a problem document too, and the
// deadline holds within a second or two of what it says, on a real listening server.
import { connect } from 'node:net'
import path from 'node:path'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import { fastifyOptions, REQUEST_TIMEOUT_MS, serviceApp } from '../../src/app.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { scratchDir } from '../helper.js'

// A short deadline so that the test does not wait 30 s; the mechanism is the same.
const DEADLINE_MS = 2000

async function listening(t: Test) {
  const app = Fastify(fastifyOptions({ logLevel: 'silent', requestTimeout: DEADLINE_MS }))
  await app.register(serviceApp, { databasePath: path.join(scratchDir(t), 'timeouts.db') })
  await app.listen({ host: '127.0.0.1', port: 0 })
  t.after(() => app.close())
  const { port } = app.server.address() as { port: number }
  return { app, port }
}

interface Raw {
  status: number
  headers: Record<string, string>
  body: string
  ms: number
}

/** Writes `chunks` to a raw connection (then stalls) and resolves with what the server answers; gives up after 15 s. */
function rawExchange(port: number, chunks: string[]): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const socket = connect(port, '127.0.0.1')
    let data = ''
    const giveUp = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer after 15 s (got ${JSON.stringify(data)})`))
    }, 15_000)
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk)
    })
    socket.on('data', (d) => (data += d))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(giveUp)
      const [head = '', body = ''] = data.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]))
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body, ms: Date.now() - started })
    })
  })
}

const isProblem = (t: Test, res: Raw, status: number) => {
  t.equal(res.status, status, `status ${status}`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  const body = JSON.parse(res.body)
  t.match(body, { type: 'about:blank', title: String, status, detail: String, instance: String, request_id: String })
  t.equal(res.headers['x-request-id'], body.request_id)
  return body
}

t.test('the production deadline is 30 s, as documented', async (t) => {
  t.equal(REQUEST_TIMEOUT_MS, 30_000)
  const options = fastifyOptions({ logLevel: 'silent' })
  t.match(options, { requestTimeout: 30_000, http: { requestTimeout: 30_000, headersTimeout: 30_000, connectionsCheckingInterval: 1000 } })
})

t.test('slow headers: a 408 problem soon after the deadline', async (t) => {
  const { port } = await listening(t)
  const res = await rawExchange(port, ['GET /v1/actors HTTP/1.1\r\nHost: 127.0.0.1\r\n'])
  const body = isProblem(t, res, 408)
  t.match(body.detail, /2 s to send its headers and body/)
  t.ok(res.ms >= DEADLINE_MS - 100 && res.ms < DEADLINE_MS + 5000, `answered after ${res.ms} ms for a ${DEADLINE_MS} ms deadline`)
})

t.test('a slow body: a 408 problem soon after the deadline', async (t) => {
  const { app, port } = await listening(t)
  const key = createKey(app.db.writer, 'slow', 'write', new Date().toISOString())
  const head = `POST /v1/actors HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`
  const res = await rawExchange(port, [head, '{"kind": "per'])
  isProblem(t, res, 408)
  t.ok(res.ms >= DEADLINE_MS - 100 && res.ms < DEADLINE_MS + 5000, `answered after ${res.ms} ms for a ${DEADLINE_MS} ms deadline`)
})

t.test('a query string over 16 KiB: a 431 problem', async (t) => {
  const { port } = await listening(t)
  const res = await rawExchange(port, [`GET /v1/actors?q=${'a'.repeat(17 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`])
  const body = isProblem(t, res, 431)
  t.match(body.detail, /larger than 16 KiB.*query string/)
  t.equal(body.instance, '/v1/actors')
  const fine = await fetch(`http://127.0.0.1:${port}/v1/actors?limit=1`)
  t.equal(fine.status, 200, 'the server goes on answering')
})

t.test('malformed HTTP: a 400 problem', async (t) => {
  const { port } = await listening(t)
  isProblem(t, await rawExchange(port, ['NOT HTTP AT ALL\r\n\r\n']), 400)
})
