import { parseEdtf, type Precision } from './edtf.js'
import type { DateBasis } from './vocabulary.js'

export interface DateValue {
  edtf: string | null
  start: string | null
  end: string | null
  precision: Precision | null
  uncertain: boolean
  approximate: boolean
  basis: DateBasis
  note: string | null
}

/** The public form of a stored date: the EDTF string with what it says about precision and certainty. */
export function toDateValue(edtf: string | null, start: string | null, end: string | null, basis: string, note: string | null): DateValue {
  const parsed = edtf === null ? null : parseEdtf(edtf)
  return {
    edtf,
    start,
    end,
    precision: parsed?.precision ?? null,
    uncertain: parsed?.uncertain ?? false,
    approximate: parsed?.approximate ?? false,
    basis: basis as DateBasis,
    note,
  }
}
