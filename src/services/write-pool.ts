// Writes run on one worker thread with its own connection (src/services/write-worker.ts), one at a
// time in arrival order, or on the calling thread with the app's writer when there are no workers.
import { Piscina } from 'piscina'
import type { Sqlite } from '../db/connection.js'
import { HttpProblem, problemFrom } from '../domain/errors.js'
import { runWrite, type WriteAnswer, type WriteOperation } from './write-operations.js'
import type { WriteResult } from './write-worker.js'
import { workerModuleUrl } from './worker-thread.js'

/** Writes waiting behind the running one before new ones are refused with 503. */
export const DEFAULT_WRITE_QUEUE = 64

const workerFile = workerModuleUrl('./write-worker', import.meta.url).href

/** SQLite's busy error, rebuilt with its code so that the error handler answers it as it does on this thread. */
function busyError(message: string): Error {
  return Object.assign(new Error(message), { code: 'SQLITE_BUSY' })
}

export class WritePool {
  private readonly pool: Piscina<WriteOperation, WriteResult> | undefined
  private inFlight = 0

  /** `inline`: the writer connection to use on this thread instead of a worker. */
  constructor(
    databasePath: string,
    private readonly inline: Sqlite | undefined,
    private readonly queue = DEFAULT_WRITE_QUEUE,
  ) {
    if (!inline) this.pool = new Piscina({ filename: workerFile, workerData: { databasePath }, minThreads: 0, maxThreads: 1, idleTimeout: 60_000 })
  }

  async run(operation: WriteOperation): Promise<WriteAnswer> {
    if (this.inline) return runWrite(this.inline, operation)
    if (this.inFlight > this.queue) throw new HttpProblem(503, 'Too many writes are waiting; retry in a few seconds. Nothing was stored.', { headers: { 'retry-after': '2' } })
    this.inFlight++
    try {
      const result = await this.pool!.run(operation)
      if ('problem' in result) throw problemFrom(result.problem)
      if ('busy' in result) throw busyError(result.busy)
      return result.ok
    } finally {
      this.inFlight--
    }
  }

  /** Waits for the writes already taken, then stops the worker. */
  async close(): Promise<void> {
    await this.pool?.close()
  }
}
