// /v1/snapshot.sqlite: one build per revision shared by concurrent downloads, a copy that opens and
// holds every public row (and the FTS index) exactly, and no secret in any byte written to disk.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { generateDataset } from '../../src/cli/gen/generate.js'
import { createApp } from '../../src/app.js'
import { openSqlite } from '../../src/db/connection.js'
import { readMeta } from '../../src/db/dataset-meta.js'
import { PRIVATE_TABLES } from '../../src/db/private-tables.js'
import { latestSeq } from '../../src/repositories/changes.js'
import { createKey } from '../../src/repositories/api-keys.js'
import { SnapshotService, snapshotDir } from '../../src/services/snapshot-service.js'
import { buildApp, dumpData, scratchDir } from '../helper.js'

const now = () => new Date().toISOString()

t.test('the download holds every public row and no secret, neither in the download nor in the cached file', async (t) => {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'curator', 'write', now())
  // A write through the API stores an idempotency record (the response, under the key's name).
  const idempotencyKey = 'snapshot-secret-idempotency-key-7f3a'
  const created = await app.inject({
    method: 'POST',
    url: '/v1/actors',
    headers: { authorization: `Bearer ${key}`, 'idempotency-key': idempotencyKey },
    payload: { kind: 'organization', name: 'Snapshot Test Organisation', citations: [{ source_id: 'rudaw-us-iraq-reach-understanding', quote: 'Iraqi Minister of Defense' }] },
  })
  t.equal(created.statusCode, 201, created.body)
  const secrets = {
    cursor_secret: readMeta(app.db.reader, 'cursor_secret')!,
    key_hash: app.db.reader.prepare('SELECT key_hash FROM api_keys').pluck().get() as string,
    idempotency_key: idempotencyKey,
    request_hash: app.db.reader.prepare('SELECT request_hash FROM idempotency_keys').pluck().get() as string,
  }
  for (const [name, value] of Object.entries(secrets)) t.ok(value && value.length >= 20, `the server holds a ${name}`)

  const res = await app.inject({ url: '/v1/snapshot.sqlite' })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/vnd.sqlite3')
  t.equal(res.headers['x-dataset-revision'], String(latestSeq(app.db.reader)))
  t.equal(Number(res.headers['content-length']), res.rawPayload.length)

  const dir = snapshotDir(app.db.reader.name)
  t.equal(statSync(dir).mode & 0o777, 0o700, 'the snapshot directory is private (0700)')
  const cached = readdirSync(dir)
  t.same(cached, [`r${res.headers['x-dataset-revision']}.sqlite`], 'one file, named for its revision, and no partial build left')
  const cachedFile = path.join(dir, cached[0]!)
  t.equal(statSync(cachedFile).mode & 0o777, 0o600)
  const raw = { download: res.rawPayload, cached: readFileSync(cachedFile) }
  t.ok(raw.download.equals(raw.cached), 'the download is the cached file')
  for (const [where, bytes] of Object.entries(raw)) {
    for (const [name, value] of Object.entries(secrets)) t.equal(bytes.indexOf(Buffer.from(value, 'utf8')), -1, `${where}: no ${name} in any byte`)
  }

  const file = path.join(scratchDir(t), 'copy.sqlite')
  writeFileSync(file, res.rawPayload)
  const copy = openSqlite(file, { readonly: true })
  t.after(() => copy.close())
  t.equal(copy.pragma('integrity_check', { simple: true }), 'ok')
  // sqlite_sequence keeps public tables' counters only: even how many API keys were ever made stays on the server.
  const expected = dumpData(app.db.reader)
  const privateCounter = (row: unknown) => (PRIVATE_TABLES as readonly string[]).includes((JSON.parse(String(row)) as { name: string }).name)
  t.ok(expected.sqlite_sequence?.some(privateCounter), 'the server counts its API keys')
  expected.sqlite_sequence = expected.sqlite_sequence!.filter((row) => !privateCounter(row))
  t.same(dumpData(copy), expected, 'every public table, FTS shadow tables and migrations included, row for row')
  for (const table of ['dataset_meta', 'api_keys', 'idempotency_keys']) t.equal(copy.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), 0, `${table} exists, empty`)
  const search = (db: typeof copy) => db.prepare(`SELECT entity_id FROM search_index WHERE search_index MATCH 'Peshmerga' ORDER BY entity_id`).pluck().all()
  t.ok(search(copy).length > 0, 'the copy is searchable')
  t.same(search(copy), search(app.db.reader))
  const triggers = (db: typeof copy) => db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY name`).pluck().all()
  t.same(triggers(copy), triggers(app.db.reader), 'the same indexes and triggers')
})

t.test('concurrent requests share one build; a new revision is a new build, and the old file goes when no download holds it', async (t) => {
  const dir = scratchDir(t)
  const dbFile = path.join(dir, 'generated.db')
  generateDataset({ statements: 2000, out: dbFile, seed: 12 })
  const writer = openSqlite(dbFile)
  t.after(() => writer.close())
  const snapshots = new SnapshotService(dbFile, () => latestSeq(writer))
  t.after(() => snapshots.close())

  const leases = await Promise.all(Array.from({ length: 8 }, () => snapshots.acquire()))
  t.equal(snapshots.builds, 1, '8 concurrent requests, one build')
  t.equal(new Set(leases.map((l) => l.path)).size, 1, 'all stream the same file')
  t.equal(leases[0]!.revision, latestSeq(writer))
  const first = leases[0]!.path
  const again = await snapshots.acquire()
  t.equal(snapshots.builds, 1, 'the same revision later: no new build')
  t.equal(again.path, first)

  writer.prepare(`UPDATE changes SET author = author WHERE seq = 1`).run() // not a new revision
  writer.prepare(`INSERT INTO changes (entity_type, entity_id, op, version, changed_at, data, author) VALUES ('actor', 'nobody', 'delete', 2, ?, NULL, 'test')`).run(now())
  const newer = await Promise.all([snapshots.acquire(), snapshots.acquire()])
  t.equal(snapshots.builds, 2, 'a new revision: one more build, shared')
  t.equal(newer[0]!.revision, leases[0]!.revision + 1)
  t.not(newer[0]!.path, first)
  t.ok(statSync(first, { throwIfNoEntry: false }), 'the old file stays while downloads hold it')
  for (const lease of [...leases, again]) lease.release()
  leases[0]!.release() // releasing twice does nothing
  t.notOk(statSync(first, { throwIfNoEntry: false }), 'and goes with the last of them')
  t.same(readdirSync(snapshots.dir), [path.basename(newer[0]!.path)])
  for (const lease of newer) lease.release()
  t.same(readdirSync(snapshots.dir), [path.basename(newer[0]!.path)], 'the newest stays, for the next download')
})

t.test('leftovers of an earlier process are removed at start', async (t) => {
  const dir = scratchDir(t)
  const dbFile = path.join(dir, 'left.db')
  const first = await createApp({ databasePath: dbFile })
  await first.close()
  const snapshots = snapshotDir(dbFile)
  // What a kill -9 mid-build leaves: a partial file (and journal), and an old revision's file.
  for (const name of ['build-0000.partial', 'build-0000.partial-journal', 'r3.sqlite']) writeFileSync(path.join(snapshots, name), 'leftover')
  const app = await createApp({ databasePath: dbFile })
  t.after(() => app.close())
  t.same(readdirSync(snapshots), [], 'nothing is left')
  const res = await app.inject({ url: '/v1/snapshot.sqlite' })
  t.equal(res.statusCode, 200)
  t.equal(readdirSync(snapshots).length, 1)
})
