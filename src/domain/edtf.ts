// A parser for the subset of EDTF (ISO 8601-2 / Library of Congress Extended Date/Time Format)
// this dataset uses: level 0 (dates, intervals) and level 1 (uncertain `?`, approximate `~`,
// both `%`, unspecified digits `201X` / `2004-XX` / `1985-04-XX`, open `..` and unknown interval ends).
// It derives the first and last ISO day covered, which the database indexes.

export type Precision = 'day' | 'month' | 'year' | 'decade' | 'century'

export interface EdtfPoint {
  start: string
  end: string
  precision: Precision
  uncertain: boolean
  approximate: boolean
}

export interface ParsedEdtf {
  edtf: string
  /** First day covered (ISO), null for an open or unknown start. */
  start: string | null
  /** Last day covered (ISO), null for an open or unknown end. */
  end: string | null
  /** The coarsest precision of the date or of either end of an interval. */
  precision: Precision
  interval: boolean
  uncertain: boolean
  approximate: boolean
}

export class EdtfError extends Error {
  override name = 'EdtfError'
}

const PRECISION_ORDER: Precision[] = ['day', 'month', 'year', 'decade', 'century']
const coarsest = (a: Precision, b: Precision): Precision =>
  PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysInMonth = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number

const POINT = /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?([?~%])?$/

function parsePoint(input: string, whole: string): EdtfPoint {
  const m = POINT.exec(input)
  if (!m) throw new EdtfError(`"${whole}" is not an EDTF date (expected YYYY, YYYY-MM, YYYY-MM-DD, optionally with ?, ~ or %, or an interval A/B)`)
  const [, yearText = '', monthText, dayText, qualifier] = m
  const uncertain = qualifier === '?' || qualifier === '%'
  const approximate = qualifier === '~' || qualifier === '%'

  const yearUnspecified = yearText.includes('X')
  if (yearUnspecified && monthText !== undefined) {
    throw new EdtfError(`"${whole}": a year with unspecified digits cannot carry a month or day`)
  }
  if (yearUnspecified) {
    const digits = yearText.replace(/X/g, '')
    const span = 10 ** (4 - digits.length)
    const first = Number(digits) * span
    return {
      start: `${pad(first, 4)}-01-01`,
      end: `${pad(first + span - 1, 4)}-12-31`,
      precision: span === 10 ? 'decade' : 'century',
      uncertain,
      approximate,
    }
  }

  const year = Number(yearText)
  if (monthText === undefined) {
    return { start: `${yearText}-01-01`, end: `${yearText}-12-31`, precision: 'year', uncertain, approximate }
  }
  if (monthText === 'XX') {
    if (dayText !== undefined && dayText !== 'XX') throw new EdtfError(`"${whole}": a day cannot follow an unspecified month`)
    return { start: `${yearText}-01-01`, end: `${yearText}-12-31`, precision: 'year', uncertain, approximate }
  }
  const month = Number(monthText)
  if (month < 1 || month > 12) throw new EdtfError(`"${whole}": month ${monthText} does not exist`)
  const lastDay = daysInMonth(year, month)
  if (dayText === undefined || dayText === 'XX') {
    return {
      start: `${yearText}-${monthText}-01`,
      end: `${yearText}-${monthText}-${pad(lastDay, 2)}`,
      precision: 'month',
      uncertain,
      approximate,
    }
  }
  const day = Number(dayText)
  if (day < 1 || day > lastDay) throw new EdtfError(`"${whole}": ${yearText}-${monthText} has no day ${dayText}`)
  const iso = `${yearText}-${monthText}-${dayText}`
  return { start: iso, end: iso, precision: 'day', uncertain, approximate }
}

export function parseEdtf(input: string): ParsedEdtf {
  const value = input.trim()
  if (value !== input || value === '') throw new EdtfError(`"${input}" is not an EDTF date`)
  const parts = value.split('/')
  if (parts.length === 1) {
    const point = parsePoint(value, value)
    return { edtf: value, ...point, interval: false }
  }
  if (parts.length !== 2) throw new EdtfError(`"${value}": an interval has exactly one "/"`)
  const [left = '', right = ''] = parts
  const open = (side: string) => side === '' || side === '..'
  if (open(left) && open(right)) throw new EdtfError(`"${value}": an interval needs at least one known end`)
  const from = open(left) ? null : parsePoint(left, value)
  const to = open(right) ? null : parsePoint(right, value)
  if (from && to && from.start > to.end) throw new EdtfError(`"${value}": the interval ends before it starts`)
  const precision = from && to ? coarsest(from.precision, to.precision) : (from ?? to)!.precision
  return {
    edtf: value,
    start: from?.start ?? null,
    end: to?.end ?? null,
    precision,
    interval: true,
    uncertain: Boolean(from?.uncertain || to?.uncertain),
    approximate: Boolean(from?.approximate || to?.approximate),
  }
}

/** True when `value` is valid EDTF in the supported subset. */
export function isEdtf(value: string): boolean {
  try {
    parseEdtf(value)
    return true
  } catch {
    return false
  }
}
