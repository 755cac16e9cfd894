// The SQL of the operator filters (`field__op=value`, src/domain/filter-operators.ts), from a
// collection's table of fields (CollectionSpec.operators). Values are bound parameters; the query
// has been validated by the collection's zod schema, so each value has its operator's type.
import { parseEdtf } from '../domain/edtf.js'
import { OPERATORS_OF, operatorParam } from '../domain/filter-operators.js'
import { fold } from '../domain/text-fold.js'
import type { CollectionSpec, OperatorField } from './list.js'
import type { SqlFragment } from './sql.js'

/** Above every code point: `key < prefix || MAX` bounds a prefix as an index range. */
const MAX_CHAR = '\u{10FFFF}'

const COMPARE: Record<string, string> = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' }

/** Dated rows whose [start, end] overlaps [from, to]; an open end of a row's interval reaches forever. */
export function dateOverlap(column: string, from: unknown, to: unknown): SqlFragment[] {
  const where: SqlFragment[] = []
  if (typeof from === 'string') {
    const start = parseEdtf(from).start ?? '0000-01-01'
    where.push({ sql: `${column} IS NOT NULL AND coalesce(${column}_end, '9999-12-31') >= ?`, params: [start] })
  }
  if (typeof to === 'string') {
    const end = parseEdtf(to).end ?? '9999-12-31'
    where.push({ sql: `${column} IS NOT NULL AND coalesce(${column}_start, '0000-01-01') <= ?`, params: [end] })
  }
  return where
}

function textCondition(key: string, operator: string, value: string): SqlFragment {
  const folded = fold(value)
  switch (operator) {
    case 'exact':
      return { sql: `${key} = ?`, params: [folded] }
    case 'prefix':
      return { sql: `${key} >= ? AND ${key} < ?`, params: [folded, folded + MAX_CHAR] }
    default:
      return { sql: `instr(${key}, ?) > 0`, params: [folded] }
  }
}

// starts/within bound the start with the ascending date sort's own key (coalesce(start, '9999-12-31'),
// src/db/schema.ts), so that under sort=date they are a range of that index, read in order; the
// index also carries the start and end columns, so the rest is checked without reading rows.
function dateCondition(column: string, operator: string, value: string | boolean): SqlFragment[] {
  const c = `t.${column}`
  if (operator === 'isnull') return [{ sql: value === true ? `${c} IS NULL` : `${c} IS NOT NULL`, params: [] }]
  if (operator === 'overlaps') return dateOverlap(c, value, value)
  const parsed = parseEdtf(value as string)
  const [start, end] = [parsed.start ?? '0000-01-01', parsed.end ?? '9999-12-31']
  const key = `coalesce(${c}_start, '9999-12-31')`
  const starts = { sql: `${key} >= ? AND ${key} <= ? AND ${c}_start IS NOT NULL`, params: [start, end] }
  if (operator === 'starts') return [starts]
  return [starts, { sql: `${c}_end <= ?`, params: [end] }]
}

/** The operators a field takes. */
export const fieldOperators = (field: OperatorField): readonly string[] => (field.kind === 'text' && field.operators) || OPERATORS_OF[field.kind]

// An integer comparison is an id set read from the (column, id) index: a selective one (version__gt=1,
// the rows changed since they were made) is then a range of that index, not a walk through the sort
// index reading every row to check it; intersectIdSets merges it with the link filters' sets.
function integerCondition(table: string, column: string, operator: string, value: unknown): SqlFragment {
  const select = { sql: `SELECT v.id FROM ${table} v WHERE v.${column} ${COMPARE[operator]} ?`, params: [value] }
  return { sql: `t.id IN (${select.sql})`, params: select.params, idSet: select }
}

function conditions(table: string, field: OperatorField, operator: string, value: unknown): SqlFragment[] {
  switch (field.kind) {
    case 'text':
      return [textCondition(field.key, operator, value as string)]
    case 'integer':
      return [integerCondition(table, field.column, operator, value)]
    case 'date':
      return dateCondition(field.column, operator, value as string | boolean)
  }
}

/** The conditions of every operator parameter present in the query. */
export function operatorConditions(spec: CollectionSpec, query: Record<string, unknown>): SqlFragment[] {
  return Object.entries(spec.operators).flatMap(([name, field]) =>
    fieldOperators(field).flatMap((operator) => {
      const value = query[operatorParam(name, operator)]
      return value === undefined ? [] : conditions(spec.table, field, operator, value)
    }),
  )
}

/** The names of every operator parameter of a collection. */
export const operatorParams = (spec: CollectionSpec): string[] =>
  Object.entries(spec.operators).flatMap(([name, field]) => fieldOperators(field).map((operator) => operatorParam(name, operator)))

/** Each operator field's kind and operators, for the collection's query schema. */
export const operatorFields = (spec: CollectionSpec): Record<string, { kind: OperatorField['kind']; operators: readonly string[] }> =>
  Object.fromEntries(Object.entries(spec.operators).map(([name, field]) => [name, { kind: field.kind, operators: fieldOperators(field) }]))
