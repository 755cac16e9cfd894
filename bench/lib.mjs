// What the benchmark scripts share (bench/run.mjs, bench/stall.mjs, bench/mixed.mjs): starting the
// servers on 127.0.0.1, plain GETs, RSS sampling, and the parameters read from the database file.
/* global process, console, setTimeout, clearInterval, setInterval, Buffer, URL, performance */
import { execFileSync, spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import http from 'node:http'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { listeningPort, rssMiB } from '../scripts/proc-info.mjs'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const log = (...a) => console.error('bench:', ...a)
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
export const enc = encodeURIComponent

export function get(url, { timeout = 120_000, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout, headers }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)))
    req.on('error', reject)
  })
}

// --- Processes -----------------------------------------------------------------------------------------------

const HEALTH = { ours: '/readyz', floor: '/health', peer: '/' }
const running = new Set()
export const stopServer = (s) => {
  running.delete(s)
  if (s.child.exitCode === null) s.child.kill('SIGTERM')
}
const stopAll = () => [...running].forEach(stopServer)
process.on('exit', stopAll)
process.on('SIGINT', () => (stopAll(), process.exit(130)))
process.on('SIGTERM', () => (stopAll(), process.exit(143)))

/** Spawns a server and waits (at most 180 s) for its first healthy answer; the server is stopped when this process exits. */
export async function start(name, args, env, address, { exec = process.execPath } = {}) {
  const spawnedAt = performance.now()
  const child = spawn(exec, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const server = { name, child, health: HEALTH[name], output: () => output }
  running.add(server)
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`)
    if (Date.now() > deadline) {
      stopServer(server)
      throw new Error(`${name} did not start:\n${output}`)
    }
    const base = address(child, output)
    if (base) {
      try {
        const r = await get(`${base}${HEALTH[name]}`, { timeout: 5000 })
        if (r.status === 200) return Object.assign(server, { base, startupMs: Math.round(performance.now() - spawnedAt) })
      } catch {
        // not listening yet
      }
    }
    await sleep(20)
  }
}

export const buildOurs = () => execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' })

// Ours runs as `npm start` runs it: the compiled server. Its protections that the floor and the peer do not
// have are off (per-client read rate limit, load shedding on event-loop delay), so that all are measured on
// the same work (and the stall scenario's /healthz probes, 100 a second, are not rate limited).
export const startOurs = (dbFile) =>
  start('ours', ['dist/server.js'], { DATABASE_PATH: dbFile, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_READS: '0', MAX_EVENT_LOOP_DELAY: '0', LOG_LEVEL: 'warn' }, (child) => {
    const port = listeningPort(child.pid)
    return port ? `http://127.0.0.1:${port}` : null
  })

export const startFloor = (dbFile) =>
  start('floor', ['bench/floor-server.mjs', '--db', dbFile, '--port', '0'], {}, (_child, output) => /floor listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? null)

/** Samples a process's RSS every `every` ms; the returned function stops and gives the peak (MiB). */
export function sampleRss(pid, every = 100) {
  let peak = rssMiB(pid) ?? 0
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid) ?? 0)), every)
  return () => (clearInterval(timer), Math.round(peak))
}

/**
 * Waits until the server answers its health check at once again: after a heavy scenario the API's
 * load shedding (@fastify/under-pressure) may still answer 503 for a moment.
 */
export async function settle(server) {
  const deadline = Date.now() + 30_000
  let ok = 0
  while (Date.now() < deadline && ok < 3) {
    try {
      const r = await get(`${server.base}${server.health}`, { timeout: 5000 })
      ok = r.status === 200 ? ok + 1 : 0
    } catch {
      ok = 0
    }
    await sleep(ok > 0 ? 300 : 1000)
  }
}

/** A GET that waits out a 503 from load shedding (for the checks, not for the measurements). */
export async function getSettled(server, urlPath) {
  for (let attempt = 0; ; attempt++) {
    const r = await get(`${server.base}${urlPath}`)
    if (r.status !== 503 || attempt >= 10) return r
    await settle(server)
  }
}

// --- Parameters from the database itself ---------------------------------------------------------------------

/** A small deterministic PRNG (mulberry32), so that every run requests the same ids in the same order. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * What the scenarios need from the database: counts, `itemIds` (up to `itemCount` statement ids spread
 * evenly over the table, shuffled, so that consecutive requests hit unrelated pages), the top speaker,
 * the deep page's position, the CSV export's `from`, and the commonest three-letter word starts.
 */
export function readParameters(dbFile, { itemCount = 100_000 } = {}) {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true })
  try {
    const one = (sql, ...p) => db.prepare(sql).get(...p)
    const secret = one(`SELECT value FROM dataset_meta WHERE key = 'cursor_secret'`).value
    const counts = one(`SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM meetings) AS meetings,
      (SELECT count(*) FROM agreements) AS agreements, (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM citations) AS citations, (SELECT max(seq) FROM changes) AS changes`)
    const step = Math.max(1, Math.floor(counts.statements / itemCount))
    const itemIds = []
    let n = 0
    for (const id of db.prepare(`SELECT id FROM statements ORDER BY rowid`).pluck().iterate()) if (n++ % step === 0 && itemIds.length < itemCount) itemIds.push(id)
    const rnd = random(42)
    for (let i = itemIds.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      ;[itemIds[i], itemIds[j]] = [itemIds[j], itemIds[i]]
    }
    const topSpeaker = one(`SELECT actor_id FROM statement_speakers GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1`).actor_id
    // A deep page: the row halfway through the default order (dated rows by date_start, id; undated last).
    const half = Math.floor(counts.statements / 2)
    const deep =
      one(`SELECT id, date_start AS k FROM statements WHERE date_start IS NOT NULL ORDER BY date_start, id LIMIT 1 OFFSET ?`, half) ??
      one(`SELECT id, '9999-12-31' AS k FROM statements WHERE date_start IS NULL ORDER BY id LIMIT 1`)
    // The CSV export: the statements dated on or after a day chosen so that about 100,000 match.
    const csvFrom =
      one(`SELECT coalesce(date_end, '9999-12-31') AS d FROM statements WHERE date IS NOT NULL ORDER BY d DESC LIMIT 1 OFFSET ?`, Math.min(99_999, counts.statements - 1))?.d ?? '2000-01-01'
    const csvRows = one(`SELECT count(*) AS n FROM statements WHERE date IS NOT NULL AND coalesce(date_end, '9999-12-31') >= ?`, csvFrom).n
    const searchHits = Object.fromEntries(['withdrawal', 'Kirkuk'].map((q) => [q, one(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?`, q).n]))
    // Three-letter word starts, commonest first, from a sample of the sources' texts: long prefix searches.
    // And the commonest words (five letters or more): searches with many hits.
    const starts = new Map()
    const words = new Map()
    const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1)
    for (const text of db.prepare(`SELECT text FROM sources ORDER BY rowid LIMIT 200`).pluck().iterate()) {
      for (const w of text.toLowerCase().match(/\b[a-z]{4,}/g) ?? []) {
        bump(starts, w.slice(0, 3))
        if (w.length >= 5) bump(words, w)
      }
    }
    const commonest = (m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k)
    const prefixes = commonest(starts)
    const commonWords = commonest(words).slice(0, 50)
    const statementColumns = db.prepare(`SELECT name FROM pragma_table_info('statements')`).pluck().all()
    // The span query: the source of the citation halfway through the table, and 400 code points from its median citation.
    const spanSource = one(`SELECT source_id FROM citations WHERE id >= (SELECT max(id) / 2 FROM citations) ORDER BY id LIMIT 1`)?.source_id
    const spanStart = spanSource ? one(`SELECT start FROM citations WHERE source_id = ? ORDER BY start LIMIT 1 OFFSET (SELECT count(*) / 2 FROM citations WHERE source_id = ?)`, spanSource, spanSource).start : 0
    const span = { source: spanSource, start: spanStart, end: spanStart + 400 }
    return { secret, counts, itemIds, topSpeaker, half, deep, csvFrom, csvRows, searchHits, prefixes, commonWords, span, storedDocuments: statementColumns.includes('document') }
  } finally {
    db.close()
  }
}

// The API's keyset cursor (src/domain/cursor.ts): [key, id] signed with the dataset's secret for the list and query.
const b64 = (s) => Buffer.from(s).toString('base64url')
export const encodeCursor = (secret, scope, key, id) => {
  const payload = JSON.stringify([key, id])
  const mac = createHmac('sha256', secret).update(scope).update('\0').update(payload).digest().subarray(0, 16)
  return `${b64(payload)}.${b64(mac)}`
}

/** A process's RSS now, in whole MiB (0 when it is gone). */
export const currentRss = (pid) => Math.round(rssMiB(pid) ?? 0)
