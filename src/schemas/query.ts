// Query parameters shared by the collections. Every query object is strict: an unknown parameter
// is a 400 naming it and listing the allowed ones, so a typo never silently returns everything.
import { z } from 'zod'
import { EdtfString } from './primitives.js'

const MIN_REVISION_MESSAGE = 'must be a dataset revision: a whole number, such as the X-Dataset-Revision of the answer to your write'

/** Read-your-writes (src/plugins/replica.ts), accepted by every read. */
export const minRevisionParam = z.coerce
  .number({ error: MIN_REVISION_MESSAGE })
  .int(MIN_REVISION_MESSAGE)
  .min(0, MIN_REVISION_MESSAGE)
  .optional()
  .describe(
    'Read-your-writes: answer only from a copy of the dataset at this revision or later (the X-Dataset-Revision of your write\'s answer). A replica that is behind waits briefly (MIN_REVISION_WAIT_MS, 2 s by default), then answers 503 with Retry-After. The header X-Min-Revision does the same; through a cache, prefer the parameter, which is part of the cached URL.',
  )
  .meta({ example: 1204 })

/** A strict query object; reads (the default) also take min_revision. */
export function queryObject<S extends z.ZodRawShape>(given: S, { read = true } = {}) {
  const shape = (read ? { ...given, min_revision: minRevisionParam } : given) as S & { min_revision: typeof minRevisionParam }
  const allowed = Object.keys(shape).sort().join(', ')
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown parameter; the allowed parameters are: ${allowed}` : undefined),
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

export function listQuery<S extends z.ZodRawShape>(options: {
  sorts: readonly string[]
  defaultSort: string
  facets: readonly string[]
  fields: readonly string[]
  filters: S
}) {
  const sortValues = options.sorts.flatMap((s) => [s, `-${s}`]) as [string, ...string[]]
  return queryObject({
    ...options.filters,
    updated_since: z.iso
      .datetime({ offset: true, error: 'must be an RFC 3339 date-time, e.g. 2026-01-01T00:00:00Z' })
      .optional()
      .describe('Only records changed at or after this instant (RFC 3339).')
      .meta({ example: '2026-01-01T00:00:00Z' }),
    sort: z
      .enum(sortValues, { error: `must be one of: ${sortValues.join(', ')}` })
      .optional()
      .describe(`Sort order; prefix with - for descending. Default ${options.defaultSort}. Ties are broken by id.`)
      .meta({ example: `-${options.defaultSort}` }),
    limit: limitParam,
    cursor: cursorParam,
    include_total: flag('Add meta.total, the number of matching rows.'),
    facet: csvOf(options.facets, 'Count matching rows per value of these fields, over the whole filtered set, in meta.facets. Each field at most once.', options.facets.slice(0, 2).join(','), {
      distinct: true,
    }),
    fields: csvOf(options.fields, 'Return only these fields of each item (sparse fieldset).', 'id,date'),
    format: z
      .enum(['json', 'csv', 'ndjson'], { error: 'must be json, csv or ndjson' })
      .optional()
      .describe('csv: every matching row (not one page) as RFC 4180 CSV, like `Accept: text/csv`; ndjson: every matching row, one JSON object per line, like `Accept: application/x-ndjson`. Default json.')
      .meta({ example: 'csv' }),
    pretty,
  })
}

export const IdParams = z.object({
  id: z.string().max(200).describe('The record id (a slug).').meta({ example: 'lloyd-austin' }),
})
