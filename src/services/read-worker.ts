// A read worker (piscina): its own read-only connection, and the reads whose cost grows with the
// data — filtered lists, totals, facets, search, the timeline — run here, off the HTTP event loop.
// A problem (HttpProblem) is returned as data: errors lose their class crossing threads.
import { workerData, type MessagePort } from 'node:worker_threads'
import { z } from 'zod'
import { openSqlite, type Sqlite } from '../db/connection.js'
import { HttpProblem } from '../domain/errors.js'
import { strongEtag } from '../domain/etag.js'
import { SearchResults, Timeline } from '../schemas/discovery.js'
import { LISTS, type ListName } from './views.js'
import { search, timeline } from './discovery-service.js'
import { listCollectionJson, type ListJson, type ListRequest } from './list-service.js'

export type ReadTask =
  | { kind: 'list'; collection: ListName; request: ListRequest }
  | { kind: 'search' | 'timeline'; query: Record<string, unknown>; rawQuery: Record<string, string> }

export type ReadResult = { ok: ListJson } | { problem: { status: number; detail: string; extra: HttpProblem['extra'] } }

let db: Sqlite | undefined

function run(task: ReadTask, connection: Sqlite): ListJson {
  switch (task.kind) {
    case 'list':
      return listCollectionJson(connection, LISTS[task.collection], task.request)
    case 'search': {
      const result = search(connection, task.query, task.rawQuery)
      const body = JSON.stringify(z.encode(SearchResults, result))
      return { body, next: result.links.next, etag: strongEtag(body) }
    }
    case 'timeline': {
      const result = timeline(connection, task.query, task.rawQuery)
      const body = JSON.stringify(z.encode(Timeline, result))
      return { body, next: result.links.next, etag: strongEtag(body) }
    }
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
    if (error instanceof HttpProblem) return { problem: { status: error.status, detail: error.detail, extra: error.extra } }
    throw error
  }
}
