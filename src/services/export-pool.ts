// Exports run in their own small pool of worker threads, so that a long or slow download never holds
// up the reads, and their bytes reach the response as a stream that follows the client's pace.
import os from 'node:os'
import { Readable } from 'node:stream'
import { MessageChannel } from 'node:worker_threads'
import { Piscina } from 'piscina'
import { HttpProblem, problemFrom } from '../domain/errors.js'
import { startExport, type ExportControl, type ExportMessage, type ExportRequest, type ExportTask } from './export-worker.js'
import { workerModuleUrl } from './worker-thread.js'

export const DEFAULT_EXPORT_QUEUE = 4

// An export holds a few chunks at a time, never the whole export: a small heap keeps the process's
// peak memory down (V8 otherwise lets each worker's heap grow before it collects).
const WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 }

// piscina workers inherit `--import tsx` from a server run under tsx, so only the file's extension differs.
const workerFile = workerModuleUrl('./export-worker', import.meta.url).href

export class ExportPool {
  private readonly pool: Piscina<ExportTask, void> | undefined
  /** Exports running or waiting for a thread; past threads + queue, new ones are refused. */
  private inFlight = 0
  private readonly capacity: number

  constructor(
    private readonly file: string,
    options: { threads?: number; queue?: number } = {},
  ) {
    const threads = Math.max(0, options.threads ?? Math.min(2, os.availableParallelism()))
    this.capacity = threads + (options.queue ?? DEFAULT_EXPORT_QUEUE)
    if (threads > 0) this.pool = new Piscina({ filename: workerFile, minThreads: 0, maxThreads: threads, idleTimeout: 10_000, resourceLimits: WORKER_HEAP })
  }

  /** Starts an export; resolves once its first bytes are ready (or rejects with its problem). */
  start(request: ExportRequest): Promise<{ revision: number; stream: Readable }> {
    if (!this.pool) return Promise.resolve(this.startInline(request))
    if (this.inFlight >= this.capacity) return Promise.reject(new HttpProblem(503, 'Too many exports are running; retry in a minute.', { headers: { 'retry-after': '30' } }))
    this.inFlight++
    const { port1, port2 } = new MessageChannel()
    const send = (message: ExportControl) => port1.postMessage(message)
    let stream: Readable | undefined
    return new Promise((resolve, reject) => {
      port1.on('message', (message: ExportMessage) => {
        switch (message.type) {
          case 'start':
            stream = new Readable({
              // Each read asks for one more chunk; the worker keeps at most its window in flight.
              read: () => send('credit'),
              destroy: (error, callback) => {
                send('cancel')
                port1.close()
                callback(error)
              },
            })
            resolve({ revision: message.revision, stream })
            break
          case 'problem':
            port1.close()
            reject(problemFrom(message.problem))
            break
          case 'chunk':
            stream?.push(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength))
            break
          case 'end':
            stream?.push(null)
            port1.close()
        }
      })
      this.pool!
        .run({ ...request, file: this.file, port: port2 } as ExportTask, { transferList: [port2] })
        .catch((error: Error) => {
          port1.close()
          if (stream) stream.destroy(error)
          else reject(error)
        })
        .finally(() => this.inFlight--)
    })
  }

  /** Without threads (tests, debugging): the export's chunks streamed from this thread. */
  private startInline(request: ExportRequest): { revision: number; stream: Readable } {
    const exported = startExport(this.file, request)
    const stream = Readable.from(exported.chunks)
    stream.on('close', exported.release)
    return { revision: exported.revision, stream }
  }

  async close(): Promise<void> {
    await this.pool?.destroy()
  }
}
