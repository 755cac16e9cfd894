// The operator filters every list shares, in one syntax: `field__operator=value` (Datasette's).
// A collection declares which of its fields take which kind of operator (CollectionSpec.operators);
// the kind decides the operators, the type of their value and their meaning, the same in every list.
// The plain `field=a,b` filters stay as they are: they mean "one of these values".

export const OPERATOR_SEPARATOR = '__'

export const TEXT_OPERATORS = ['exact', 'prefix', 'contains'] as const
export const INTEGER_OPERATORS = ['exact', 'gt', 'gte', 'lt', 'lte'] as const
export const DATE_OPERATORS = ['overlaps', 'within', 'starts', 'isnull'] as const

export type TextOperator = (typeof TEXT_OPERATORS)[number]
export type IntegerOperator = (typeof INTEGER_OPERATORS)[number]
export type DateOperator = (typeof DATE_OPERATORS)[number]

export type OperatorKind = 'text' | 'integer' | 'date'

export const OPERATORS_OF: Record<OperatorKind, readonly string[]> = {
  text: TEXT_OPERATORS,
  integer: INTEGER_OPERATORS,
  date: DATE_OPERATORS,
}

/** What each operator means, for the OpenAPI description of its parameter. */
export const OPERATOR_MEANING: Record<OperatorKind, Record<string, string>> = {
  text: {
    exact: 'equals this text, ignoring case and accents ("al sudani" matches "Al Sūdānī")',
    prefix: 'starts with this text, ignoring case and accents',
    contains: 'contains this text anywhere, ignoring case and accents',
  },
  integer: { exact: 'equals', gt: 'is greater than', gte: 'is at least', lt: 'is less than', lte: 'is at most' },
  date: {
    overlaps: 'shares at least one day with this EDTF date or interval (what from/to mean); undated rows never match',
    within: 'lies entirely inside this EDTF date or interval: its first and last days are both known and inside it',
    starts: 'begins inside this EDTF date or interval: its first known day falls in it',
    isnull: 'true: only undated rows; false: only dated rows',
  },
}

/** The parameter name of an operator on a field: `title__prefix`. */
export const operatorParam = (field: string, operator: string) => `${field}${OPERATOR_SEPARATOR}${operator}`

/** A field and an operator from a parameter name, when it has the operator form. */
export function splitOperatorParam(name: string): { field: string; operator: string } | undefined {
  const at = name.lastIndexOf(OPERATOR_SEPARATOR)
  if (at <= 0) return undefined
  return { field: name.slice(0, at), operator: name.slice(at + OPERATOR_SEPARATOR.length) }
}
