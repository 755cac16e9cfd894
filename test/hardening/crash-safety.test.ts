// Crash safety of the real server: a stream of concurrent writes over HTTP, `kill -9` at a seeded
// random moment, a restart on the same file, and then: every acknowledged write is there with the
// acknowledged version, nothing is half-applied (the whole dataset checks out), the change log
// replays into exactly the same data, and the file is intact. Three rounds on one file.
//
// Reproduce the kill moments with CRASH_SEED=<seed printed below>.
import path from 'node:path'
import t, { type Test } from 'tap'
import { openSqlite, toDrizzle, type Sqlite } from '../../src/db/connection.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { readActorRecord } from '../../src/repositories/actors.js'
import { checkDataset } from '../../src/services/dataset-check.js'
import { applyChange, wireRecord, type FeedChange } from '../../src/services/dataset-writer.js'
import { PRIVATE_TABLES } from '../../src/db/private-tables.js'
import { dumpData, runScript, scratchDir, startServer, type RunningServer } from '../helper.js'

const SEED = Number(process.env.CRASH_SEED ?? 4242)
const ROUNDS = 3
const WORKERS = 6
const RUDAW = 'rudaw-us-iraq-reach-understanding'

/** mulberry32: a small seeded PRNG, so that the kill moments are reproducible. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let r = Math.imul(a ^ (a >>> 15), 1 | a)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

/** What the client knows about one actor it wrote. */
interface Known {
  /** The last acknowledged version and description (undefined: the create was never acknowledged). */
  acked?: { version: number; description: string | null }
  /** A write sent but never answered (the server died): it may or may not have been committed. */
  pending?: { version: number; description: string | null }
  /** The create was answered with a refusal: the actor must not exist. */
  refused?: number
}

interface RoundResult {
  known: Map<string, Known>
  statuses: Record<string, number>
  errors: number
}

async function writeUntilKilled(server: RunningServer, key: string, round: number, killAfterMs: number): Promise<RoundResult> {
  const known = new Map<string, Known>()
  const statuses: Record<string, number> = {}
  let errors = 0
  let dead = false
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
  const count = (status: number) => (statuses[status] = (statuses[status] ?? 0) + 1)
  let firstAck: () => void = () => {}
  const acknowledged = new Promise<void>((resolve) => (firstAck = resolve))

  const worker = async (w: number) => {
    for (let n = 0; !dead; n++) {
      const id = `crash-r${round}-w${w}-${n}`
      const entry: Known = { pending: { version: 1, description: null } }
      known.set(id, entry)
      let etag: string
      let version: number
      try {
        const res = await fetch(`${server.address}/v1/actors`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ id, kind: 'person', name: `Crash Tester ${round}-${w}-${n}`, citations: [{ source_id: RUDAW, quote: 'Lloyd Austin' }] }),
        })
        count(res.status)
        const body = (await res.json()) as { version?: number }
        if (res.status !== 201) {
          entry.refused = res.status
          delete entry.pending
          continue
        }
        entry.acked = { version: body.version!, description: null }
        version = body.version!
        delete entry.pending
        etag = res.headers.get('etag')!
        firstAck()
      } catch {
        errors++
        dead = true
        return
      }
      // A few changes to it, each with the ETag of the previous answer.
      for (let k = 1; k <= n % 3 && !dead; k++) {
        const description = `edit ${k} of ${id}`
        entry.pending = { version: version + 1, description }
        try {
          const res = await fetch(`${server.address}/v1/actors/${id}`, { method: 'PATCH', headers: { ...headers, 'if-match': etag }, body: JSON.stringify({ description }) })
          count(res.status)
          const body = (await res.json()) as { version?: number; description?: string }
          delete entry.pending
          if (res.status !== 200) break
          entry.acked = { version: body.version!, description: body.description ?? null }
          version = body.version!
          etag = res.headers.get('etag')!
        } catch {
          errors++
          dead = true
          return
        }
      }
    }
  }

  const workers = Array.from({ length: WORKERS }, (_, w) => worker(w))
  const noAck = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no write acknowledged within 30 s: ${JSON.stringify(statuses)}`)), 30_000).unref())
  await Promise.race([acknowledged, noAck])
  await new Promise((resolve) => setTimeout(resolve, killAfterMs))
  const code = await server.stop('SIGKILL')
  dead = true
  await Promise.all(workers)
  if (code !== null) throw new Error(`the server exited with ${code} instead of being killed`)
  return { known, statuses, errors }
}

/** The shared data, without the AUTOINCREMENT counters of the private tables (a replica has no keys). */
function sharedData(db: Sqlite) {
  const data = dumpData(db)
  const isPrivate = (row: unknown) => (PRIVATE_TABLES as readonly string[]).includes((JSON.parse(String(row)) as { name: string }).name)
  if (data.sqlite_sequence) data.sqlite_sequence = data.sqlite_sequence.filter((row) => !isPrivate(row))
  return data
}

async function walkFeed(address: string): Promise<FeedChange[]> {
  const all: FeedChange[] = []
  for (let since = 0; ; ) {
    const page = (await (await fetch(`${address}/v1/changes?since=${since}&limit=1000`)).json()) as { data: FeedChange[]; next_since: number }
    if (page.data.length === 0) return all
    all.push(...page.data)
    since = page.next_since
  }
}

function verify(t: Test, db: Sqlite, result: RoundResult) {
  const row = db.prepare('SELECT version, description FROM actors WHERE id = ?')
  const problems: string[] = []
  let acked = 0
  for (const [id, k] of result.known) {
    const stored = row.get(id) as { version: number; description: string | null } | undefined
    if (k.acked) acked++
    if (k.refused !== undefined) {
      if (stored) problems.push(`${id}: refused with ${k.refused} but stored`)
      continue
    }
    const outcomes = [k.acked, k.pending].filter((o) => o !== undefined)
    if (!stored) {
      if (k.acked) problems.push(`${id}: acknowledged as version ${k.acked.version} but missing after the crash`)
      continue
    }
    if (!outcomes.some((o) => o.version === stored.version && o.description === stored.description)) {
      problems.push(`${id}: stored version ${stored.version} (${JSON.stringify(stored.description)}) is neither the acknowledged ${JSON.stringify(k.acked)} nor the unanswered ${JSON.stringify(k.pending)}`)
    }
  }
  t.ok(acked > 0, `${acked} writes were acknowledged before the kill`)
  t.same(problems, [], 'every acknowledged write survived with its version; nothing refused was stored')

  const uncited = db.prepare('SELECT id FROM actors a WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.actor_id = a.id)').pluck().all()
  t.same(uncited, [], 'every actor has at least one citation (no half-applied record)')
  t.same(checkDataset(db), [], 'the whole dataset checks out (npm run db:check)')
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok', 'PRAGMA integrity_check')

  // The log matches the data: each actor's latest change has its version and exactly its record.
  const latest = db.prepare(`SELECT c.entity_id AS id, c.op, c.version, c.data FROM changes c WHERE c.entity_type = 'actor' AND c.seq = (SELECT max(seq) FROM changes d WHERE d.entity_type = 'actor' AND d.entity_id = c.entity_id)`).all() as { id: string; op: string; version: number; data: string | null }[]
  const orm = toDrizzle(db)
  const meta = db.prepare('SELECT created_at AS createdAt, updated_at AS updatedAt, version FROM actors WHERE id = ?')
  const mismatched: string[] = []
  for (const change of latest) {
    const record = readActorRecord(orm, change.id)
    if (change.op === 'delete') {
      if (record) mismatched.push(`${change.id}: deleted in the log but present`)
      continue
    }
    if (!record) {
      mismatched.push(`${change.id}: upserted in the log but missing`)
      continue
    }
    const m = meta.get(change.id) as { createdAt: string; updatedAt: string; version: number }
    if (m.version !== change.version) mismatched.push(`${change.id}: row version ${m.version}, latest change version ${change.version}`)
    if (JSON.stringify(JSON.parse(change.data!)) !== JSON.stringify(wireRecord(record, m))) mismatched.push(`${change.id}: the latest change's data differs from the stored record`)
  }
  const actors = db.prepare('SELECT count(*) FROM actors').pluck().get() as number
  t.equal(latest.filter((c) => c.op === 'upsert').length, actors, 'every actor has a change')
  t.same(mismatched, [], 'for every actor, the latest change has the row version and the stored record')
}

t.test('kill -9 during concurrent writes loses no acknowledged write and leaves a consistent file', async (t) => {
  const random = prng(SEED)
  t.comment(`kill moments from CRASH_SEED=${SEED}`)
  const dir = scratchDir(t)
  const DATABASE_PATH = path.join(dir, 'crash.db')
  const env = { DATABASE_PATH, RATE_LIMIT_READS: '0', LOG_LEVEL: 'info' }

  // The key first: the CLI creates and migrates the new file; the server then seeds it.
  const created = await runScript('src/cli/keys.ts', ['create', '--name', 'crash', '--scope', 'write'], { DATABASE_PATH })
  t.equal(created.code, 0, created.stderr)
  const key = created.stdout.trim()
  t.match(key, /^nk_/)

  // Each server is stopped by the outer test (startServer kills it when that test ends), not by the round.
  const outer = t
  let server = await startServer(outer, env)
  for (let round = 1; round <= ROUNDS; round++) {
    await t.test(`round ${round}`, async (t) => {
      const killAfterMs = Math.round(50 + random() * 700)
      const result = await writeUntilKilled(server, key, round, killAfterMs)
      t.comment(`killed ${killAfterMs} ms after the first acknowledgement; answers ${JSON.stringify(result.statuses)}, ${result.errors} writes cut off`)
      t.notOk(Object.keys(result.statuses).some((s) => Number(s) >= 500), 'no write was answered with a 5xx before the kill')

      server = await startServer(outer, env)
      const db = openSqlite(DATABASE_PATH, { readonly: true })
      try {
        verify(t, db, result)
        // Replaying the whole feed into a fresh database rebuilds exactly the same data.
        const changes = await walkFeed(server.address)
        const replica = openSqlite(path.join(dir, `replica-${round}.db`))
        try {
          applyMigrations(replica)
          replica.transaction(() => {
            replica.pragma('defer_foreign_keys = ON')
            for (const change of changes) applyChange(replica, change)
          })()
          t.same(sharedData(replica), sharedData(db), `the change log (${changes.length} changes) replays into the same data, row for row`)
        } finally {
          replica.close()
        }
      } finally {
        db.close()
      }
    })
  }
  t.equal(await server.stop('SIGTERM'), 0, 'the last server stops cleanly')
})
