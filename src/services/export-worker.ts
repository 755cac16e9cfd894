// An export worker (piscina): builds a CSV or NDJSON export from its own read snapshot and sends it
// in chunks over a port, never more than WINDOW chunks ahead of what the client has taken.
import type { MessagePort } from 'node:worker_threads'
import { HttpProblem } from '../domain/errors.js'
import { startExport, type ExportChunks, type ExportRequest } from './export-service.js'

export type { ExportRequest }
export type ExportTask = { file: string; port: MessagePort } & ExportRequest

/** What the worker sends: the revision first (or a problem), then chunks, then the end. */
export type ExportMessage =
  | { type: 'start'; revision: number }
  | { type: 'problem'; status: number; detail: string; extra: HttpProblem['extra'] }
  | { type: 'chunk'; data: string }
  | { type: 'end' }

/** What the reader sends back: one credit per chunk it can take, or cancel. */
export type ExportControl = 'credit' | 'cancel'

export const WINDOW = 8
/** A client that takes nothing for this long is given up on. */
export const STALL_MS = 60_000

export default async function exportTask(task: ExportTask): Promise<void> {
  const { port } = task
  let exported: ExportChunks
  try {
    exported = startExport(task.file, task)
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error
    port.postMessage({ type: 'problem', status: error.status, detail: error.detail, extra: error.extra } satisfies ExportMessage)
    port.close()
    return
  }
  let credits = WINDOW
  let cancelled = false
  let wake: (() => void) | undefined
  port.on('message', (message: ExportControl) => {
    if (message === 'cancel') cancelled = true
    else credits++
    wake?.()
  })
  try {
    port.postMessage({ type: 'start', revision: exported.revision } satisfies ExportMessage)
    for (const data of exported.chunks) {
      while (credits === 0 && !cancelled) {
        const waited = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), STALL_MS)
          wake = () => {
            clearTimeout(timer)
            resolve(true)
          }
        })
        if (!waited) cancelled = true
      }
      if (cancelled) return
      credits--
      port.postMessage({ type: 'chunk', data } satisfies ExportMessage)
    }
    port.postMessage({ type: 'end' } satisfies ExportMessage)
  } finally {
    exported.release()
    port.close()
  }
}
