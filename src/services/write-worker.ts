// The write worker (piscina, one thread): the one connection that writes, so that a write whose cost
// grows with the data (renaming an actor re-stores every document that embeds it) never holds up the
// HTTP event loop. Problems, and SQLite's "busy", are returned as data: errors lose their class and
// their code crossing threads.
import { workerData } from 'node:worker_threads'
import { openSqlite, type Sqlite } from '../db/connection.js'
import { HttpProblem, isBusy, problemData, type ProblemData } from '../domain/errors.js'
import { runWrite, type WriteAnswer, type WriteOperation } from './write-operations.js'

export type WriteResult = { ok: WriteAnswer } | { problem: ProblemData } | { busy: string }

let db: Sqlite | undefined

export default function writeTask(operation: WriteOperation): WriteResult {
  db ??= openSqlite((workerData as { databasePath: string }).databasePath)
  try {
    return { ok: runWrite(db, operation) }
  } catch (error) {
    if (error instanceof HttpProblem) return { problem: problemData(error) }
    if (isBusy(error)) return { busy: (error as Error).message }
    throw error
  }
}
