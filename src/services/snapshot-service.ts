// /v1/snapshot.sqlite's files: built once per revision, off the event loop, kept in a private
// directory beside the database. Concurrent requests share one build (single-flight); a file stays
// while a download streams it, and an older revision's file goes once none does. What is in the
// file is snapshot-copy.ts's business: the public tables only, so no secret ever reaches the disk.
import { randomUUID } from 'node:crypto'
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Worker } from 'node:worker_threads'
import { startWorker } from './worker-thread.js'

export interface SnapshotLease {
  revision: number
  path: string
  size: number
  /** Call when the download has ended, however it ended. Calling it again does nothing. */
  release: () => void
}

interface Entry {
  revision: number
  path: string
  size: number
  leases: number
  retired: boolean
}

/** The private directory beside `databaseFile` that holds its snapshots. */
export const snapshotDir = (databaseFile: string) => path.join(path.dirname(path.resolve(databaseFile)), `.${path.basename(databaseFile)}.snapshots`)

export class SnapshotService {
  readonly dir: string
  /** How many builds have started (each is one copy of the database): the single-flight is observable. */
  builds = 0
  private newest: Entry | undefined
  private building: Promise<void> | undefined
  private worker: Worker | undefined

  /**
   * `revisionNow` reads the dataset's current revision (cheap). Creating the service removes
   * whatever an earlier process left in the directory: partial builds, and files no one streams.
   */
  constructor(
    private readonly databaseFile: string,
    private readonly revisionNow: () => number,
  ) {
    this.dir = snapshotDir(databaseFile)
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
    chmodSync(this.dir, 0o700) // whatever the umask, or an older directory's mode, was
    for (const name of readdirSync(this.dir)) rmSync(path.join(this.dir, name), { force: true, recursive: true })
  }

  /** A file holding the dataset at the current revision or later, leased until released. */
  async acquire(): Promise<SnapshotLease> {
    const wanted = this.revisionNow()
    // A build that started before this request may predate `wanted`; the next one cannot.
    for (let attempt = 0; attempt < 3; attempt++) {
      const ready = this.newest
      if (ready && ready.revision >= wanted) return this.lease(ready)
      this.building ??= this.build().finally(() => (this.building = undefined))
      await this.building
    }
    throw new Error(`snapshot builds did not reach revision ${wanted}`)
  }

  /** Stops a build in progress and removes the files no download holds. */
  async close(): Promise<void> {
    await this.worker?.terminate()
    await this.building?.catch(() => {})
    if (this.newest) this.retire(this.newest)
    this.newest = undefined
  }

  private lease(entry: Entry): SnapshotLease {
    entry.leases++
    let released = false
    return {
      revision: entry.revision,
      path: entry.path,
      size: entry.size,
      release: () => {
        if (released) return
        released = true
        entry.leases--
        if (entry.retired && entry.leases === 0) rmSync(entry.path, { force: true })
      },
    }
  }

  private retire(entry: Entry): void {
    entry.retired = true
    if (entry.leases === 0) rmSync(entry.path, { force: true })
  }

  private async build(): Promise<void> {
    this.builds++
    const partial = path.join(this.dir, `build-${randomUUID()}.partial`)
    try {
      const revision = await this.runWorker(partial)
      if (this.newest?.revision === revision) return // nothing changed since the last build
      const file = path.join(this.dir, `r${revision}.sqlite`)
      renameSync(partial, file)
      chmodSync(file, 0o600)
      const previous = this.newest
      this.newest = { revision, path: file, size: statSync(file).size, leases: 0, retired: false }
      if (previous) this.retire(previous)
    } finally {
      rmSync(partial, { force: true })
      rmSync(`${partial}-journal`, { force: true })
    }
  }

  private runWorker(target: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const worker = startWorker('./snapshot-worker', import.meta.url, { workerData: { source: this.databaseFile, target } })
      this.worker = worker
      let revision: number | undefined
      worker.on('message', (message: { revision: number }) => (revision = message.revision))
      worker.on('error', reject)
      worker.on('exit', (code) => {
        this.worker = undefined
        if (revision !== undefined) resolve(revision)
        else reject(new Error(`the snapshot build stopped (exit code ${code})`))
      })
    })
  }
}
