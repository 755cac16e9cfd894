import { spawn } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import path from 'node:path'
import type { Test } from 'tap'
import { parse, stringify } from 'yaml'
import { createApp } from '../src/app.js'
import type { Sqlite } from '../src/db/connection.js'
import { projectRoot, seedDir } from '../src/paths.js'
import { PRIVATE_TABLES } from '../src/db/private-tables.js'

const scratchDirs = new WeakMap<Test, string>()

/** The test's own scratch directory (tap's t.testdir() wipes it on every call, so it is made once). */
export function scratchDir(t: Test): string {
  let dir = scratchDirs.get(t)
  if (!dir) {
    dir = t.testdir()
    scratchDirs.set(t, dir)
  }
  return dir
}

/**
 * A fresh app on its own database file, closed when the test ends. Its heavy reads and exports run
 * on the test's thread (READ_WORKERS=0), so that coverage sees them; the worker threads themselves
 * are tested by test/services/read-pool.test.ts, the server tests and the shutdown test's spawned server (exports through the export workers).
 */
export async function buildApp(t: Test) {
  const databasePath = path.join(scratchDir(t), 'test.db')
  const app = await createApp({ databasePath, readPool: { threads: 0 } })
  t.after(() => app.close())
  return app
}

/** A scratch copy of seed/ that a test may edit. */
export function copySeed(t: Test): string {
  const dir = path.join(scratchDir(t), 'seed')
  cpSync(seedDir, dir, { recursive: true })
  return dir
}

/** Edits one YAML file of a seed copy in place. */
export function editSeedFile(dir: string, file: string, edit: (entries: Record<string, unknown>[]) => void): void {
  const full = path.join(dir, file)
  const entries = parse(readFileSync(full, 'utf8')) as Record<string, unknown>[]
  edit(entries)
  writeFileSync(full, stringify(entries))
}

/** The shared data of a database: every table but the server's private ones (secrets, keys). */
export function dumpData(sqlite: Sqlite): Record<string, unknown[]> {
  const all = dumpDatabase(sqlite)
  for (const table of PRIVATE_TABLES) delete all[table]
  return all
}

/** Every row of every table: to show that a failed operation left the database as it was. */
export function dumpDatabase(sqlite: Sqlite): Record<string, unknown[]> {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  // Rows sorted by their content, since some tables (FTS5 shadow tables) have no rowid to order by.
  const rows = (name: string) =>
    (sqlite.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort()
  return Object.fromEntries(tables.map(({ name }) => [name, rows(name)]))
}

/**
 * The environment for a child process the tests spawn (`node --import tsx …`). tap records V8
 * coverage for every Node process under it and merges the raw byte ranges by file URL; the child's
 * tsx transpilation differs from the test's own, so its ranges land on the wrong statements (a
 * spawned server made the whole error handler look uncovered). Its coverage is therefore not
 * recorded: what the spawned entry points run is covered in-process through buildApp.
 */
export function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...env, _TAPJS_PROCESSINFO_COVERAGE_: '0' }
}

export interface Spawned {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs one of the project's TypeScript entry points in a child process, as `npm run` would. */
export function runScript(script: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, script), ...args], {
      cwd: projectRoot,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
}

export interface RunningServer {
  address: string
  /** Everything the server has logged so far. */
  logs: () => string
  /** Sends a signal and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/** A TCP port nothing listens on now, for a server that must come back on the same port after a restart. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Spawns the real server (`src/server.ts`) on a free port (unless env.PORT names one) and waits until
 * it listens. It is killed after `lifetimeMs` whatever happens, and when the test ends.
 */
export async function startServer(t: Test, env: Record<string, string>, { lifetimeMs = 120_000 }: { lifetimeMs?: number } = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/server.ts')], {
    cwd: projectRoot,
    env: childEnv({ PORT: '0', LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const killer = setTimeout(() => child.kill('SIGKILL'), lifetimeMs)
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => (clearTimeout(killer), resolve(code))))
  t.after(() => {
    if (child.exitCode === null) child.kill('SIGKILL')
    return exited
  })
  let logs = ''
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk))
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      logs += chunk
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(logs)
      if (m) resolve(m[1] as string)
    })
    child.on('close', () => reject(new Error(`server exited before listening:\n${logs}`)))
  })
  return {
    address,
    logs: () => logs,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal)
      return exited
    },
  }
}
