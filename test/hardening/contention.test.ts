// Writes while another connection holds the database's write lock — `npm run keys -- create`, a
// mirror, a seed run against a live server. A write waits for the lock (busy_timeout) and then
// succeeds; one that still cannot have it is a 503 with Retry-After that stored nothing, never a 500.
import { spawn } from 'node:child_process'
import t, { type Test } from 'tap'
import { projectRoot } from '../../src/paths.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { buildApp, dumpData } from '../helper.js'

// A second process (its own connection, its own event loop) takes the write lock up front, as a
// CLI writing to the file would, holds it for HOLD_MS and then commits, printing when it did.
const HOLDER = `
const Database = require('better-sqlite3')
const db = new Database(process.env.DB)
db.exec('BEGIN IMMEDIATE')
console.log('locked')
setTimeout(() => { db.exec('COMMIT'); console.log('released ' + Date.now()); db.close() }, Number(process.env.HOLD_MS))
`

interface Holder {
  /** Resolves with the time (ms since the epoch) at which the holder committed. */
  released: Promise<number>
}

async function holdWriteLock(t: Test, db: string, holdMs: number): Promise<Holder> {
  const child = spawn(process.execPath, ['-e', HOLDER], { cwd: projectRoot, env: { ...process.env, DB: db, HOLD_MS: String(holdMs) }, stdio: ['ignore', 'pipe', 'inherit'] })
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  t.after(() => {
    clearTimeout(killer)
    if (child.exitCode === null) child.kill('SIGKILL')
  })
  let out = ''
  const released = new Promise<number>((resolve, reject) => {
    child.on('close', (code) => {
      clearTimeout(killer)
      const m = /released (\d+)/.exec(out)
      if (m) resolve(Number(m[1]))
      else reject(new Error(`the lock holder exited (${code}) without committing: ${out}`))
    })
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk
      if (out.includes('locked')) resolve()
    })
    child.on('close', () => reject(new Error(`the lock holder exited before locking: ${out}`)))
  })
  return { released }
}

const RUDAW = 'rudaw-us-iraq-reach-understanding'
const actor = (id: string) => ({ id, kind: 'person', name: 'Thabet Muhammad al-Abbasi', citations: [{ source_id: RUDAW, quote: 'Iraqi Minister of Defense Thabet Muhammad al-Abbasi' }] })

async function setup(t: Test) {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'curator', 'write', new Date().toISOString())
  return { app, auth: { authorization: `Bearer ${key}` }, db: app.db.writer.name }
}

t.test('a POST waits while another connection holds BEGIN IMMEDIATE for 2 s, then succeeds', async (t) => {
  const { app, auth, db } = await setup(t)
  const holder = await holdWriteLock(t, db, 2000)
  const res = await app.inject({ method: 'POST', url: '/v1/actors', headers: auth, payload: actor('abbasi-contended') })
  const answeredAt = Date.now()
  t.equal(res.statusCode, 201, res.body)
  t.ok((await holder.released) <= answeredAt, 'the write was stored after the other connection let go of the lock')
  t.equal((await app.inject({ url: '/v1/actors/abbasi-contended' })).statusCode, 200, 'and it is there')
})

t.test('a PATCH and a DELETE wait for the lock too', async (t) => {
  const { app, auth, db } = await setup(t)
  t.equal((await app.inject({ method: 'POST', url: '/v1/actors', headers: auth, payload: actor('abbasi-patched') })).statusCode, 201)
  const etag = (await app.inject({ url: '/v1/actors/abbasi-patched' })).headers.etag as string

  let holder = await holdWriteLock(t, db, 1000)
  const patched = await app.inject({ method: 'PATCH', url: '/v1/actors/abbasi-patched', headers: { ...auth, 'if-match': etag }, payload: { description: 'Contended.' } })
  t.equal(patched.statusCode, 200, patched.body)
  t.ok((await holder.released) <= Date.now())

  holder = await holdWriteLock(t, db, 1000)
  const deleted = await app.inject({ method: 'DELETE', url: '/v1/actors/abbasi-patched', headers: { ...auth, 'if-match': patched.headers.etag as string } })
  t.equal(deleted.statusCode, 204, deleted.body)
  await holder.released
})

t.test('still locked after busy_timeout: a 503 problem with Retry-After, and nothing stored', async (t) => {
  const { app, auth, db } = await setup(t)
  // The real timeout is 5 s; a shorter one on this connection makes the lock outlast it sooner.
  app.db.writer.pragma('busy_timeout = 200')
  const before = dumpData(app.db.writer)
  const holder = await holdWriteLock(t, db, 1500)
  const res = await app.inject({ method: 'POST', url: '/v1/actors', headers: auth, payload: actor('abbasi-refused') })
  t.equal(res.statusCode, 503, res.body)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(res.headers['retry-after'], /^[1-9]\d*$/, 'Retry-After in seconds')
  t.match(res.json(), { status: 503, title: 'Service Unavailable', detail: /busy.*retry/i, request_id: String })
  t.notMatch(res.body, /SQLITE|locked|stack/i, 'no internals in the answer')
  await holder.released
  t.same(dumpData(app.db.writer), before, 'the refused write left no trace')
})
