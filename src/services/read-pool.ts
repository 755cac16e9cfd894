// The pool of read workers (piscina): a few threads, each with its own read-only connection, a
// bounded queue, and a time budget per request. Over budget, the task is aborted (its worker is
// terminated and replaced) and the client is told how to narrow the request; with the queue full,
// the answer is 503 with Retry-After.
import os from 'node:os'
import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { Piscina } from 'piscina'
import { HttpProblem, problemFrom } from '../domain/errors.js'
import type { ListJson } from './list-service.js'
import { openSqlite, type Sqlite } from '../db/connection.js'
import { runReadTask, type ReadResult, type ReadTask } from './read-worker.js'
import { workerModuleUrl } from './worker-thread.js'

export interface ReadPoolOptions {
  databasePath: string
  /** Worker threads (default: the number of cores); 0 runs the reads on the calling thread, without a budget (tests, debugging). */
  threads?: number
  /** Requests waiting for a worker before new ones are refused with 503. */
  queue?: number
  /** Milliseconds a request may run in a worker. */
  budgetMs?: number
}

export const DEFAULT_READ_BUDGET_MS = 2000
export const DEFAULT_READ_QUEUE = 32
/** How long a read may wait for a worker before the answer is 503. */
export const QUEUE_WAIT_MS = 30_000

function unwrap(result: ReadResult): ListJson {
  if ('problem' in result) throw problemFrom(result.problem)
  return result.ok
}

const busy = () => new HttpProblem(503, 'The server is busy with other expensive requests; retry in a few seconds.', { headers: { 'retry-after': '2' } })

// piscina workers inherit `--import tsx` from a server run under tsx, so only the file's extension differs.
const workerFile = workerModuleUrl('./read-worker', import.meta.url).href

const NARROW: Record<ReadTask['kind'], string> = {
  list: 'add filters that select fewer rows, drop include_total or facets, or use fewer search terms',
  search: 'use fewer or longer words, fewer OR and prefix (word*) terms, or filter by type',
  timeline: 'narrow the dates (from, to), or filter by type, actor or topic',
}

export class ReadPool {
  readonly budgetMs: number
  /** Reads running or waiting; past threads + queue, new ones are refused (piscina's own maxQueue
   * does not count tasks waiting for a worker that is still starting). */
  private inFlight = 0
  private readonly capacity: number
  private readonly pool: Piscina<ReadTask & { started: MessagePort }, ReadResult> | undefined
  private readonly inline: Sqlite | undefined

  constructor(options: ReadPoolOptions) {
    const threads = Math.max(0, options.threads ?? os.availableParallelism())
    this.budgetMs = options.budgetMs ?? DEFAULT_READ_BUDGET_MS
    this.capacity = threads + (options.queue ?? DEFAULT_READ_QUEUE)
    if (threads === 0) {
      this.inline = openSqlite(options.databasePath, { readonly: true })
      return
    }
    this.pool = new Piscina({
      filename: workerFile,
      workerData: { databasePath: options.databasePath },
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 30_000,
    })
  }

  /**
   * Runs a read in a worker. The budget starts when a worker takes the task (the worker says so on
   * a port), not while it waits: a request queued behind others is not "too expensive", and one
   * that waits longer than QUEUE_WAIT_MS is a 503 instead.
   */
  async run(task: ReadTask): Promise<ListJson> {
    if (this.inline) return unwrap(runReadTask(task, this.inline))
    if (this.inFlight >= this.capacity) throw busy()
    this.inFlight++
    try {
      return await this.runInWorker(task)
    } finally {
      this.inFlight--
    }
  }

  private async runInWorker(task: ReadTask): Promise<ListJson> {
    const controller = new AbortController()
    const { port1, port2 } = new MessageChannel()
    let stopped: 'waited too long' | 'over budget' | undefined
    const stop = (why: typeof stopped) => () => {
      stopped = why
      controller.abort()
    }
    let timer = setTimeout(stop('waited too long'), QUEUE_WAIT_MS)
    port1.once('message', () => {
      clearTimeout(timer)
      timer = setTimeout(stop('over budget'), this.budgetMs)
    })
    let result: ReadResult
    try {
      result = await this.pool!.run({ ...task, started: port2 }, { signal: controller.signal, transferList: [port2] })
    } catch (error) {
      if (stopped === 'over budget') {
        throw new HttpProblem(400, `The request is too expensive: it ran for more than its ${this.budgetMs} ms budget and was stopped. To narrow it, ${NARROW[task.kind]}.`, {
          members: { budget_ms: this.budgetMs },
        })
      }
      if (stopped === 'waited too long') throw busy()
      throw error
    } finally {
      clearTimeout(timer)
      port1.close()
    }
    return unwrap(result)
  }

  async close(): Promise<void> {
    this.inline?.close()
    await this.pool?.destroy()
  }
}
