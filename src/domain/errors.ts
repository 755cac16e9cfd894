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
