// Query parameters shared by the collections. Every query object is strict: an unknown parameter
// is a 400 naming it and listing the allowed ones, so a typo never silently returns everything.
import { z } from 'zod'
import { OPERATOR_MEANING, operatorParam, splitOperatorParam, type OperatorKind } from '../domain/filter-operators.js'
import { EdtfString } from './primitives.js'

const MIN_REVISION_MESSAGE = 'must be a dataset revision: a whole number, such as the X-Dataset-Revision of the answer to your write'

/** Read-your-writes (src/plugins/replica.ts), accepted by every read. */
export const minRevisionParam = z.coerce
  .number({ error: MIN_REVISION_MESSAGE })
  .int(MIN_REVISION_MESSAGE)
  .min(0, MIN_REVISION_MESSAGE)
  .optional()
  .describe(
    'Read-your-writes: answer only from a copy of the dataset at this revision or later (the X-Dataset-Revision of your write\'s answer). A replica that is behind waits briefly (MIN_REVISION_WAIT_MS, 2 s by default), then answers 503 with Retry-After; on the primary, a revision beyond its own is a 400. The header X-Min-Revision does the same; through a cache, prefer the parameter, which is part of the cached URL.',
  )
  .meta({ example: 1204 })

/**
 * A strict query object; reads (the default) also take min_revision. `unknownKey` may explain an
 * unknown parameter better than the list of allowed ones (an operator a field does not take); its
 * messages are joined when several parameters are unknown.
 */
export function queryObject<S extends z.ZodRawShape>(given: S, { read = true, unknownKey }: { read?: boolean; unknownKey?: (key: string) => string | undefined } = {}) {
  const shape = (read ? { ...given, min_revision: minRevisionParam } : given) as S & { min_revision: typeof minRevisionParam }
  const allowed = Object.keys(shape).sort().join(', ')
  const generic = `unknown parameter; the allowed parameters are: ${allowed}`
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined
      const named = (key: string, message: string | undefined) => (message !== undefined && issue.keys.length > 1 ? `"${key}": ${message}` : message)
      const specific = unknownKey ? issue.keys.map((key) => named(key, unknownKey(key))).filter((m) => m !== undefined) : []
      return specific.length === issue.keys.length ? specific.join('; ') : generic
    },
  })
}

const flag = (description: string) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional()
    .describe(description)
    .meta({ example: 'true' })

export const limitParam = z.coerce
  .number({ error: 'must be a whole number from 1 to 500' })
  .int('must be a whole number from 1 to 500')
  .min(1, 'must be a whole number from 1 to 500')
  .max(500, 'must be a whole number from 1 to 500')
  .optional()
  .describe('Page size, 1-500 (default 50).')
  .meta({ example: 20 })

export const cursorParam = z
  .string()
  .max(1000)
  .optional()
  .describe('The opaque cursor from links.next (or the Link header); valid only with the same filters and sort.')
  .meta({ example: 'WyIyMDI0LTA3LTIzIiwiYXVzdGluLWJvbmQtMTB0aC15ZWFyLWNvYWxpdGlvbiJd.3q0k2u1SxJcH0d1w9bQz1g' })

/** The first value of a comma-separated list that appears in it more than once. */
const firstRepeat = (s: string) => s.split(',').find((v, i, all) => all.indexOf(v) !== i)

/**
 * A comma-separated list whose every item must be one of `values`. With `distinct`, a value given
 * twice is refused: for lists where each value costs work (facets), a repeat is work for nothing.
 */
export const csvOf = (values: readonly string[], description: string, example: string, { distinct = false } = {}) =>
  z
    .string()
    .max(2000)
    .refine((s) => s.split(',').every((v) => values.includes(v)), { error: `each value must be one of: ${values.join(', ')}` })
    .superRefine((s, ctx) => {
      const repeat = distinct ? firstRepeat(s) : undefined
      if (repeat !== undefined) ctx.addIssue({ code: 'custom', message: `"${repeat}" is given more than once; name each value once` })
    })
    .optional()
    .describe(`${description} Comma-separated; several values mean OR. One of: ${values.join(', ')}.`)
    .meta({ example })

/** A comma-separated list of free values (ids, places…). */
export const csv = (description: string, example: string) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(2000)
    .optional()
    .describe(`${description} Comma-separated; several values mean OR.`)
    .meta({ example })

/**
 * A free-text search parameter of at most `maxChars` characters; every message states the limit.
 * (The words of a full-text search are capped too: SEARCH_LIMITS in domain/fts-query.ts.)
 */
export const searchText = (maxChars: number) => {
  const text = `text of 1 to ${maxChars} characters`
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is required: what to search for (${text})` : `must be ${text}`) })
    .min(1, `must not be empty: ${text}`)
    .max(maxChars, `is too long: at most ${maxChars} characters`)
}

export const pretty = flag('Indent the JSON for reading (default false).')

export const dateBound = (which: 'from' | 'to') =>
  EdtfString.optional()
    .describe(
      which === 'from'
        ? 'Only items whose date overlaps this date or later: an ISO or EDTF date. Matching is by overlap, so an item dated 2024-07 matches from=2024-07-20. Undated items never match.'
        : 'Only items whose date overlaps this date or earlier: an ISO or EDTF date (to=2024 means through 2024-12-31). Undated items never match.',
    )
    .meta({ example: which === 'from' ? '2024-07-01' : '2024-07-31' })

/** The sort keys a `sort` value names, with their directions stripped. */
const sortKeyNames = (value: string) => value.split(',').map((key) => key.replace(/^-/, ''))

export const MAX_SORT_KEYS = 3

/** `sort=-date,title`: up to MAX_SORT_KEYS allowed keys, each once, the id (unique) only last. */
export const sortParam = (sorts: readonly string[], defaultSort: string) =>
  z
    .string()
    .max(200)
    .superRefine((value, ctx) => {
      const names = sortKeyNames(value)
      const unknown = value.split(',').find((key) => !sorts.includes(key.replace(/^-/, '')) || key === '-' || key === '')
      if (unknown !== undefined) ctx.addIssue({ code: 'custom', message: `"${unknown}" is not a sort key; each key is one of ${sorts.join(', ')}, prefixed with - for descending` })
      else if (names.length > MAX_SORT_KEYS) ctx.addIssue({ code: 'custom', message: `at most ${MAX_SORT_KEYS} keys (the id breaks the remaining ties)` })
      else if (firstRepeat(names.join(','))) ctx.addIssue({ code: 'custom', message: `"${firstRepeat(names.join(','))}" is given more than once; name each key once` })
      else if (names.includes('id') && names.at(-1) !== 'id') ctx.addIssue({ code: 'custom', message: 'id is unique, so no key can follow it; put it last' })
    })
    .optional()
    .describe(
      `Sort order: one key or several, comma-separated, most significant first; prefix a key with - for descending. Keys: ${sorts.join(', ')} (at most ${MAX_SORT_KEYS}). Default ${defaultSort}. Ties are broken by id, in the direction of the last key. Undated rows sort last in either direction.`,
    )
    .meta({ example: sorts.includes('title') && defaultSort !== 'title' ? `-${defaultSort},title` : `-${defaultSort}` })

/** The zod schema of the value of one operator parameter. */
function operatorValue(kind: OperatorKind, operator: string, field: string): z.ZodType {
  const description = `Rows whose ${field} ${OPERATOR_MEANING[kind][operator]}.`
  if (kind === 'text') return z.string().min(1, 'must not be empty').max(200, 'is too long: at most 200 characters').optional().describe(`${description} One value (commas are part of it).`).meta({ example: 'sudani' })
  if (kind === 'integer') {
    const message = 'must be a whole number, 0 or more'
    return z.coerce.number({ error: message }).int(message).min(0, message).optional().describe(description).meta({ example: 2 })
  }
  if (operator === 'isnull') return z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true').optional().describe(description).meta({ example: 'true' })
  return EdtfString.optional().describe(`${description} An ISO or EDTF date; intervals (2024-07-01/2024-07-31) and open ends (2024-07/..) are allowed.`).meta({ example: '2024-07' })
}

export interface OperatorFields {
  [field: string]: { kind: OperatorKind; operators: readonly string[] }
}

/** The parameters of every operator of every field: `title__prefix`, `date__isnull`… */
export function operatorShape(fields: OperatorFields): z.ZodRawShape {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([field, { kind, operators }]) => operators.map((operator) => [operatorParam(field, operator), operatorValue(kind, operator, field)])),
  )
}

/** What an unknown parameter in the operator form means: an operator the field does not take, or a field that takes none. */
function unknownOperator(fields: OperatorFields) {
  const listing = Object.entries(fields).map(([field, f]) => `${field} (${f.operators.join(', ')})`).join('; ')
  return (key: string) => {
    const split = splitOperatorParam(key)
    if (!split) return undefined
    const field = fields[split.field]
    if (!field) return `${split.field} takes no operators here; the fields that do are ${listing}`
    return `${split.field} takes no operator "${split.operator}"; it takes ${field.operators.map((o) => operatorParam(split.field, o)).join(', ')}`
  }
}

export function listQuery<S extends z.ZodRawShape>(options: {
  sorts: readonly string[]
  defaultSort: string
  facets: readonly string[]
  fields: readonly string[]
  filters: S
  operators: OperatorFields
}) {
  return queryObject(
    {
      ...options.filters,
      ...operatorShape(options.operators),
      updated_since: z.iso
        .datetime({ offset: true, error: 'must be an RFC 3339 date-time, e.g. 2026-01-01T00:00:00Z' })
        .optional()
        .describe('Only records changed at or after this instant (RFC 3339).')
        .meta({ example: '2026-01-01T00:00:00Z' }),
      sort: sortParam(options.sorts, options.defaultSort),
      limit: limitParam,
      cursor: cursorParam,
      include_total: flag('Add meta.total, the number of matching rows.'),
      facet: csvOf(options.facets, 'Count matching rows per value of these fields, over the whole filtered set, in meta.facets. Each field at most once.', options.facets.slice(0, 2).join(','), {
        distinct: true,
      }),
      fields: csvOf(options.fields, 'Return only these fields of each item (sparse fieldset).', 'id,date'),
      format: formatParam,
      pretty,
    },
    { unknownKey: unknownOperator(options.operators) },
  )
}

export const formatParam = z
  .enum(['json', 'csv', 'ndjson'], { error: 'must be json, csv or ndjson' })
  .optional()
  .describe('csv: every matching row (not one page) as RFC 4180 CSV, like `Accept: text/csv` or the .csv URL; ndjson: every matching row, one JSON object a line, like `Accept: application/x-ndjson` or the .ndjson URL. Default json.')
  .meta({ example: 'csv' })

export const pageFormatParam = z
  .enum(['json', 'csv', 'ndjson'], { error: 'must be json, csv or ndjson' })
  .optional()
  .describe('csv or ndjson: this page as RFC 4180 CSV or one JSON object a line, like `Accept: text/csv` / `application/x-ndjson` or the .csv / .ndjson URL. Default json.')
  .meta({ example: 'csv' })

export const IdParams = z.object({
  id: z.string().max(200).describe('The record id (a slug).').meta({ example: 'lloyd-austin' }),
})
