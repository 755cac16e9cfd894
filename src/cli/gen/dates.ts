// Dates: the days articles fall on, and the EDTF date records (with derived bounds and a basis) of rows.
import { parseEdtf, type Precision } from '../../domain/edtf.js'
import type { DateBasis } from '../../domain/vocabulary.js'
import { cumulate } from './random.js'
import { WEEKDAYS } from './word-lists.js'

// Days: 2000-01-01 .. 2025-12-31 as ISO strings, indexed from 0.
const DAY0 = Date.UTC(2000, 0, 1)
export const DAY_COUNT = Math.round((Date.UTC(2025, 11, 31) - DAY0) / 86_400_000) + 1
export const ISO_DAYS: string[] = Array.from({ length: DAY_COUNT }, (_v, i) => new Date(DAY0 + i * 86_400_000).toISOString().slice(0, 10))
export const weekdayOf = (day: number) => WEEKDAYS[new Date(DAY0 + day * 86_400_000).getUTCDay()] as string
// More news in later years.
export const YEAR_WEIGHTS = cumulate(Array.from({ length: 26 }, (_v, i) => (i + 2) ** 1.4))
export const YEAR_START = Array.from({ length: 27 }, (_v, i) => Math.round((Date.UTC(2000 + i, 0, 1) - DAY0) / 86_400_000))
export const clampDay = (d: number) => Math.max(0, Math.min(DAY_COUNT - 1, d))

export interface DateRec {
  edtf: string | null
  start: string | null
  end: string | null
  basis: DateBasis
  note: string | null
}

const parsedCache = new Map<string, { start: string | null; end: string | null; precision: Precision }>()
export function dateRec(edtf: string | null, basis: DateBasis, note: string | null): DateRec {
  if (edtf === null) return { edtf: null, start: null, end: null, basis: 'unknown', note }
  let p = parsedCache.get(edtf)
  if (!p) {
    const parsed = parseEdtf(edtf)
    p = { start: parsed.start, end: parsed.end, precision: parsed.precision }
    parsedCache.set(edtf, p)
  }
  return { edtf, start: p.start, end: p.end, basis, note }
}
