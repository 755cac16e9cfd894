// An export worker (piscina): builds a CSV, NDJSON or data-package export from its own read snapshot and sends it
// in chunks over a port, never more than WINDOW chunks ahead of what the client has taken.
import type { MessagePort } from 'node:worker_threads'
import { HttpProblem, problemData, type ProblemData } from '../domain/errors.js'
import { csvExport, ndjsonExport, ndjsonListExport, type ExportChunks } from './export-service.js'
import { LISTS, type ListName } from './views.js'
import { dataPackageZip } from './datapackage.js'

export type ExportRequest = { kind: 'ndjson' } | { kind: 'datapackage' } | { kind: 'csv' | 'list-ndjson'; collection: ListName; query: Record<string, unknown> }
export type ExportTask = { file: string; port: MessagePort } & ExportRequest

/** What the worker sends: the revision first (or a problem), then chunks, then the end. */
export type ExportMessage =
  | { type: 'start'; revision: number }
  | { type: 'problem'; problem: ProblemData }
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'end' }

/** What the reader sends back: one credit per chunk it can take, or cancel. */
export type ExportControl = 'credit' | 'cancel'

const encoder = new TextEncoder()

export const WINDOW = 8
/** A client that takes nothing for this long is given up on. */
export const STALL_MS = 60_000

/** The export a request asks for, from the database file. */
export function startExport(file: string, request: ExportRequest): ExportChunks {
  if (request.kind === 'ndjson') return ndjsonExport(file)
  if (request.kind === 'datapackage') return dataPackageZip(file)
  return (request.kind === 'csv' ? csvExport : ndjsonListExport)(file, LISTS[request.collection], request.query)
}

export default async function exportTask(task: ExportTask): Promise<void> {
  const { port } = task
  let exported: ExportChunks
  try {
    exported = startExport(task.file, task)
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error
    port.postMessage({ type: 'problem', problem: problemData(error) } satisfies ExportMessage)
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
    for await (const data of exported.chunks) {
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
      // Encoded here and its memory transferred: the HTTP thread neither copies nor encodes it.
      // (A zip's chunks are bytes already, copied: a Buffer may share its memory with others.)
      const bytes = typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data)
      port.postMessage({ type: 'chunk', data: bytes } satisfies ExportMessage, [bytes.buffer])
    }
    port.postMessage({ type: 'end' } satisfies ExportMessage)
  } finally {
    exported.release()
    port.close()
  }
}
