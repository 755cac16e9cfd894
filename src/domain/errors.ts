// The error every layer may throw to answer with a specific problem document; the error-handler
// plugin only turns it into a response.
import type { ProblemFieldError } from '../schemas/problem.js'

/** Thrown by services and routes to answer with a specific problem document. */
export class HttpProblem extends Error {
  override name = 'HttpProblem'
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: { errors?: ProblemFieldError[]; headers?: Record<string, string>; members?: Record<string, unknown> } = {},
  ) {
    super(detail)
  }
}

/** A problem as data, for crossing a thread boundary (errors lose their class there). */
export interface ProblemData {
  status: number
  detail: string
  extra: HttpProblem['extra']
}

export const problemData = (problem: HttpProblem): ProblemData => ({ status: problem.status, detail: problem.detail, extra: problem.extra })

export const problemFrom = (data: ProblemData): HttpProblem => new HttpProblem(data.status, data.detail, data.extra)

/** SQLite's "database is locked" (SQLITE_BUSY and its extended codes), raised by better-sqlite3. */
export const isBusy = (error: unknown): boolean => /^SQLITE_BUSY(_|$)/.test(String((error as { code?: unknown } | null)?.code))
