// A read worker (piscina): its own read-only connection, and the reads whose cost grows with the
// data — filtered lists, totals, facets, search, the timeline — run here, off the HTTP event loop.
// A problem (HttpProblem) is returned as data: errors lose their class crossing threads.
import { workerData, type MessagePort } from 'node:worker_threads'
import { openSqlite, type Sqlite } from '../db/connection.js'
import { HttpProblem, problemData, type ProblemData } from '../domain/errors.js'
import { LISTS, type ListName } from './views.js'
import { discoveryPage, type DiscoveryPageRequest } from './discovery-pages.js'
import { listCollectionJson, type ListJson, type ListRequest } from './list-service.js'

export type ReadTask =
  | { kind: 'list'; collection: ListName; request: ListRequest }
  | DiscoveryPageRequest

export type ReadResult = { ok: ListJson } | { problem: ProblemData }

let db: Sqlite | undefined

function run(task: ReadTask, connection: Sqlite): ListJson {
  switch (task.kind) {
    case 'list':
      return listCollectionJson(connection, LISTS[task.collection], task.request)
    case 'search':
    case 'timeline':
      return discoveryPage(connection, task)
  }
}

export default function readTask(task: ReadTask & { started: MessagePort }): ReadResult {
  // The pool starts the request's time budget now.
  task.started.postMessage(0)
  task.started.close()
  db ??= openSqlite((workerData as { databasePath: string }).databasePath, { readonly: true })
  return runReadTask(task, db)
}

/** Runs one read on this thread (a worker's, or the main one when the pool has no threads). */
export function runReadTask(task: ReadTask, connection: Sqlite): ReadResult {
  try {
    return { ok: run(task, connection) }
  } catch (error) {
    if (error instanceof HttpProblem) return { problem: problemData(error) }
    throw error
  }
}
