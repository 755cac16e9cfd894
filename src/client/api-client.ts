// A small typed client for the parts of the API a mirror uses. Types come from api-types.ts,
// generated from the committed OpenAPI document.
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { paths } from './api-types.js'

export type ChangeFeed = paths['/v1/changes']['get']['responses'][200]['content']['application/json']
export type ChangesQuery = NonNullable<paths['/v1/changes']['get']['parameters']['query']>
type Problem = paths['/v1/changes']['get']['responses'][400]['content']['application/problem+json']

export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    /** The HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export class ApiClient {
  constructor(
    private readonly base: string,
    private readonly userAgent = 'negotiations-mirror',
  ) {}

  private async get(path: string, signal?: AbortSignal): Promise<Response> {
    const url = new URL(path, this.base)
    let res: Response
    try {
      res = await fetch(url, { headers: { 'user-agent': this.userAgent }, signal })
    } catch (error) {
      if (signal?.aborted) throw error
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      throw new ApiError(0, `${url.origin} cannot be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`)
    }
    if (!res.ok) {
      const problem = (await res.json().catch(() => null)) as Problem | null
      throw new ApiError(res.status, `${path}: ${res.status} ${problem?.detail ?? res.statusText}`)
    }
    return res
  }

  async changes(query: ChangesQuery, signal?: AbortSignal): Promise<ChangeFeed> {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]): [string, string] => [k, String(v)]))
    return (await (await this.get(`/v1/changes?${params}`, signal)).json()) as ChangeFeed
  }

  /** Downloads the database snapshot to `file`; returns its revision. */
  async downloadSnapshot(file: string, signal?: AbortSignal): Promise<number> {
    const res = await this.get('/v1/snapshot.sqlite', signal)
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(file))
    return Number(res.headers.get('x-dataset-revision'))
  }
}
