// The API client: where the API is, GET with problem documents turned into errors, every page of a
// list, and the lookups made once per page load.
import type { ActorRef, DatasetIndex, Page, Problem, Source } from './api-types.js'

/** The API's base URL without a trailing slash; '' means this page's origin. */
function resolveApiBase(): { base: string; warning: string | null } {
  const fromQuery = new URLSearchParams(location.search).get('api')
  const fromMeta = document.querySelector<HTMLMetaElement>('meta[name="api-base"]')?.content
  const raw = (fromQuery ?? fromMeta ?? '').trim()
  if (raw === '') return { base: '', warning: null }
  try {
    const url = new URL(raw, location.href)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '')
    return { base: base === location.origin ? '' : base, warning: null }
  } catch {
    return { base: '', warning: `The API address “${raw}” is not an http(s) URL; using this page’s own server instead.` }
  }
}

export const API = resolveApiBase()

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export function apiUrl(path: string): string {
  return `${API.base}${path}`
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(apiUrl(path), { headers: { accept: 'application/json' }, signal, mode: 'cors' })
  } catch (error) {
    if (signal?.aborted) throw error
    const where = API.base || location.origin
    throw new ApiError(
      0,
      `Could not reach the API at ${where}.` + (API.base ? ' An API on another origin must allow this page’s origin (CORS).' : ''),
    )
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`
    try {
      const problem = (await response.json()) as Problem
      if (problem.detail) detail = problem.detail
      else if (problem.title) detail = problem.title
    } catch {
      // not a problem document; keep the status line
    }
    throw new ApiError(response.status, detail)
  }
  return (await response.json()) as T
}

/** Every item of a list, following links.next (at most `maxPages` pages of 500). */
export async function getAll<T>(path: string, signal?: AbortSignal, maxPages = 20): Promise<T[]> {
  const items: T[] = []
  let next: string | null = `${path}${path.includes('?') ? '&' : '?'}limit=500`
  for (let page = 0; next && page < maxPages; page++) {
    const body: Page<T> = await getJson<Page<T>>(next, signal)
    items.push(...body.data)
    next = body.links.next
  }
  return items
}

export const query = (params: Record<string, string | undefined | null>): string => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v)
  const s = q.toString()
  return s ? `?${s}` : ''
}

// Looked up once: the vocabularies, every actor (for the filter) and every source (for labels).
let indexPromise: Promise<DatasetIndex> | null = null
let actorsPromise: Promise<ActorRef[]> | null = null
let sourcesPromise: Promise<Source[]> | null = null
export const datasetIndex = () => (indexPromise ??= getJson<DatasetIndex>('/v1').catch((e: unknown) => ((indexPromise = null), Promise.reject(e))))
export const allActors = () =>
  (actorsPromise ??= getAll<ActorRef>('/v1/actors?fields=id,name,kind&sort=name').catch((e: unknown) => ((actorsPromise = null), Promise.reject(e))))
export const allSources = () => (sourcesPromise ??= getAll<Source>('/v1/sources').catch((e: unknown) => ((sourcesPromise = null), Promise.reject(e))))

export async function sourceMap(): Promise<Map<string, Source>> {
  return new Map((await allSources()).map((s) => [s.id, s]))
}
