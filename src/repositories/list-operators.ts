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

// Written on the plain *_start/*_end columns (not coalesced) where they must be known, so that the
// (date_start, id) index can serve them when the sort is not by date.
function dateCondition(column: string, operator: string, value: string | boolean): SqlFragment[] {
  const c = `t.${column}`
  if (operator === 'isnull') return [{ sql: value === true ? `${c} IS NULL` : `${c} IS NOT NULL`, params: [] }]
  if (operator === 'overlaps') return dateOverlap(c, value, value)
  const parsed = parseEdtf(value as string)
  const [start, end] = [parsed.start ?? '0000-01-01', parsed.end ?? '9999-12-31']
  if (operator === 'starts') return [{ sql: `${c}_start >= ? AND ${c}_start <= ?`, params: [start, end] }]
  return [{ sql: `${c}_start >= ? AND ${c}_end <= ?`, params: [start, end] }]
}

/** The operators a field takes. */
export const fieldOperators = (field: OperatorField): readonly string[] => (field.kind === 'text' && field.operators) || OPERATORS_OF[field.kind]

function conditions(field: OperatorField, operator: string, value: unknown): SqlFragment[] {
  switch (field.kind) {
    case 'text':
      return [textCondition(field.key, operator, value as string)]
    case 'integer':
      return [{ sql: `t.${field.column} ${COMPARE[operator]} ?`, params: [value] }]
    case 'date':
      return dateCondition(field.column, operator, value as string | boolean)
  }
}

/** The conditions of every operator parameter present in the query. */
export function operatorConditions(spec: CollectionSpec, query: Record<string, unknown>): SqlFragment[] {
  return Object.entries(spec.operators).flatMap(([name, field]) =>
    fieldOperators(field).flatMap((operator) => {
      const value = query[operatorParam(name, operator)]
      return value === undefined ? [] : conditions(field, operator, value)
    }),
  )
}

/** The names of every operator parameter of a collection. */
export const operatorParams = (spec: CollectionSpec): string[] =>
  Object.entries(spec.operators).flatMap(([name, field]) => fieldOperators(field).map((operator) => operatorParam(name, operator)))

/** Each operator field's kind and operators, for the collection's query schema. */
export const operatorFields = (spec: CollectionSpec): Record<string, { kind: OperatorField['kind']; operators: readonly string[] }> =>
  Object.fromEntries(Object.entries(spec.operators).map(([name, field]) => [name, { kind: field.kind, operators: fieldOperators(field) }]))
