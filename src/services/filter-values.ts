// Filter values that would otherwise answer with a silently empty or wrong list: an id that names no
// record (a 400 suggesting the closest ids), an id retired by a merge (read as its survivor, as item
// routes redirect it), and a date range that ends before it starts (a 400). Pure over a database
// handle, so that it runs wherever the list query runs.
import type { Sqlite } from '../db/connection.js'
import { editDistance } from '../domain/edit-distance.js'
import { parseEdtf } from '../domain/edtf.js'
import { HttpProblem } from '../domain/errors.js'
import type { EntityType } from '../domain/vocabulary.js'
import type { ProblemFieldError } from '../schemas/problem.js'
import { existingIds, idCandidates, survivorsOf } from '../repositories/known-ids.js'

/** Filter parameters whose values are record ids; each name means the same in every list. */
export const ID_PARAMETERS: Readonly<Record<string, EntityType>> = {
  speaker: 'actor',
  about: 'actor',
  participant: 'actor',
  party: 'actor',
  actor: 'actor',
  person: 'actor',
  organization: 'actor',
  source: 'source',
  meeting: 'meeting',
  agreement: 'agreement',
  dispute: 'dispute',
}

/** What a list filters on: the names of its filter parameters are the keys of `filters`. */
export interface FilterNames {
  filters: Readonly<Record<string, unknown>>
}

const MAX_SUGGESTIONS = 3
/** Suggestions are looked up for this many unknown values of a request at most (each costs a few index reads). */
const MAX_SUGGESTED_VALUES = 5

/** The existing ids closest to `value`, best first; none when nothing is close. */
export function closestIds(db: Sqlite, type: EntityType, value: string): string[] {
  const within = Math.max(2, Math.floor(value.length * 0.4))
  return idCandidates(db, type, value)
    .map((id) => ({ id, distance: editDistance(value, id) }))
    .filter((c) => c.distance <= within)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.id)
}

const splitValues = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean)

function unknownIdMessage(db: Sqlite, type: EntityType, value: string, suggest: boolean): string {
  if (!suggest) return `no ${type} has the id "${value}"`
  const closest = closestIds(db, type, value)
  const hint = closest.length ? `did you mean ${closest.map((id) => `"${id}"`).join(', ')}?` : `no id is close to it; the ${type}s are listed at /v1/${type}s`
  return `no ${type} has the id "${value}"; ${hint}`
}

function reversedRange(query: Record<string, unknown>): ProblemFieldError[] {
  const { from, to } = query
  if (typeof from !== 'string' || typeof to !== 'string') return []
  const start = parseEdtf(from).start ?? '0000-01-01'
  const end = parseEdtf(to).end ?? '9999-12-31'
  if (start <= end) return []
  const message = `the range is reversed: from=${from} starts on ${start}, after to=${to} ends (${end}); swap them`
  return [
    { in: 'query', name: 'from', message },
    { in: 'query', name: 'to', message },
  ]
}

/**
 * The query with every id retired by a merge replaced by its survivor. Throws a 400 problem naming
 * each id that names no record (with the closest existing ids) and a reversed from/to range.
 */
export function resolveFilterValues<Q extends Record<string, unknown>>(db: Sqlite, spec: FilterNames, query: Q): Q {
  const errors: ProblemFieldError[] = reversedRange(query)
  const replaced: Record<string, string> = {}
  let unknown = 0
  for (const name of Object.keys(spec.filters)) {
    const type = ID_PARAMETERS[name]
    const raw = query[name]
    if (!type || typeof raw !== 'string') continue
    const values = splitValues(raw)
    const existing = existingIds(db, type, values)
    const missing = values.filter((v) => !existing.has(v))
    if (!missing.length) continue
    const survivors = survivorsOf(db, type, missing)
    for (const value of missing) {
      if (!survivors.has(value)) errors.push({ in: 'query', name, message: unknownIdMessage(db, type, value, unknown++ < MAX_SUGGESTED_VALUES) })
    }
    replaced[name] = [...new Set(values.map((v) => survivors.get(v) ?? v))].join(',')
  }
  if (errors.length) {
    const byMessage = new Map<string, string[]>()
    for (const e of errors) byMessage.set(e.message, [...(byMessage.get(e.message) ?? []), `"${e.name}"`])
    const detail = [...byMessage].map(([message, names]) => `query parameter${names.length > 1 ? 's' : ''} ${names.join(' and ')}: ${message}`).join('; ')
    throw new HttpProblem(400, `The request is invalid. ${detail}`, { errors })
  }
  return Object.keys(replaced).length ? { ...query, ...replaced } : query
}
