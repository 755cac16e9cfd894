import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import path from 'node:path'
import t from 'tap'
import { openSqlite, toDrizzle, type Sqlite } from '../../src/db/connection.js'
import { projectRoot } from '../../src/paths.js'
import { readActorRecord } from '../../src/repositories/actors.js'
import { readStatementRecord } from '../../src/repositories/statements.js'
import { deleteEntity, upsertEntity } from '../../src/services/dataset-writer.js'
import { childEnv, dumpData, runScript, scratchDir, startServer } from '../helper.js'

// The data a mirror must hold identically (each side keeps its own secrets).
const dataOf = (db: Sqlite) => dumpData(db)

function makeChanges(file: string, round: number) {
  const db = openSqlite(file)
  try {
    const orm = toDrizzle(db)
    const ctx = { now: new Date().toISOString(), author: 'test' }
    db.transaction(() => {
      const ryder = readActorRecord(orm, 'pat-ryder')!
      upsertEntity(db, 'actor', { ...ryder, description: `Edited in round ${round}.` }, ctx)
      const quote = readStatementRecord(orm, 'ryder-nothing-to-announce')!
      upsertEntity(db, 'statement', { ...quote, id: `ryder-copy-${round}`, topics: ['withdrawal', 'troop-levels'] }, ctx)
      if (round === 1) deleteEntity(db, 'statement', 'austin-bond-10th-year-coalition', ctx)
    })()
  } finally {
    db.close()
  }
}

t.test('a mirror keeps an exact copy through snapshot, changes, and interruption', async (t) => {
  const dir = scratchDir(t)
  const serverDb = path.join(dir, 'server.db')
  const mirrorDb = path.join(dir, 'mirror.db')
  const server = await startServer(t, { DATABASE_PATH: serverDb })
  const live = openSqlite(serverDb, { readonly: true })
  t.after(() => live.close())
  const sameData = (label: string) => {
    const copy = openSqlite(mirrorDb, { readonly: true })
    try {
      t.same(dataOf(copy), dataOf(live), label)
    } finally {
      copy.close()
    }
  }

  const first = await runScript('src/cli/mirror.ts', ['--from', server.address, '--to', mirrorDb], {})
  t.equal(first.code, 0, first.stderr)
  t.match(first.stdout, /snapshot: revision \d+ saved to/)
  sameData('after the first run: identical to the server')

  makeChanges(serverDb, 1)
  const second = await runScript('src/cli/mirror.ts', ['--from', server.address, '--to', mirrorDb], {})
  t.equal(second.code, 0, second.stderr)
  t.match(second.stdout, /applied 3 change\(s\)/)
  sameData('after inserts, updates and a delete: identical again')

  // Many small batches; kill the mirror hard after it has applied a few, then run it again.
  for (let round = 2; round <= 12; round++) makeChanges(serverDb, round)
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/mirror.ts'), '--from', server.address, '--to', mirrorDb, '--batch', '1'], { cwd: projectRoot, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d
      if ((out.match(/applied/g) ?? []).length >= 3) child.kill('SIGKILL')
    })
    child.on('close', () => resolve())
  })
  t.ok((out.match(/applied/g) ?? []).length >= 3, 'the interrupted run got part of the way')
  const partial = openSqlite(mirrorDb, { readonly: true })
  const seq = (db: Sqlite) => (db.prepare('SELECT max(seq) AS s FROM changes').get() as { s: number }).s
  t.ok(seq(partial) < seq(live), 'and stopped short of the end')
  t.equal(partial.pragma('integrity_check', { simple: true }), 'ok')
  partial.close()

  const resumed = await runScript('src/cli/mirror.ts', ['--from', server.address, '--to', mirrorDb], {})
  t.equal(resumed.code, 0, resumed.stderr)
  sameData('a re-run converges: nothing lost, nothing doubled')
})

t.test('following the feed, and a clear error when the server is away', async (t) => {
  const dir = scratchDir(t)
  const serverDb = path.join(dir, 'server.db')
  const mirrorDb = path.join(dir, 'follow.db')
  const server = await startServer(t, { DATABASE_PATH: serverDb })
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/mirror.ts'), '--from', server.address, '--to', mirrorDb, '--follow'], { cwd: projectRoot, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve) => {
      const check = () => (pattern.test(out) ? resolve() : setTimeout(check, 50))
      check()
    })
  child.stdout.on('data', (d: Buffer) => (out += d))
  await waitFor(/snapshot: revision/)
  makeChanges(serverDb, 1)
  await waitFor(/applied 3 change\(s\)/)
  child.kill('SIGTERM')
  t.equal(await exited, 0, 'stops cleanly on SIGTERM')

  const closedPort = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
  const away = await runScript('src/cli/mirror.ts', ['--from', `http://127.0.0.1:${closedPort}`, '--to', path.join(dir, 'never.db')], {})
  t.equal(away.code, 1)
  t.equal(away.stderr, `mirror: http://127.0.0.1:${closedPort} cannot be reached (ECONNREFUSED)\n`)
  t.notOk(existsSync(path.join(dir, 'never.db')), 'no mirror file is left behind')
  const usage = await runScript('src/cli/mirror.ts', ['--to', path.join(dir, 'x.db')], {})
  t.equal(usage.code, 1)
  t.match(usage.stderr, /--from and --to are required/)
})
