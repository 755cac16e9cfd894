import type { DateBasis } from '../domain/vocabulary.js'
import type { DateRecord } from '../domain/records.js'

export interface DateColumns {
  date: string | null
  dateStart: string | null
  dateEnd: string | null
  dateBasis: string
  dateNote: string | null
}

export const toDateColumns = (d: DateRecord): DateColumns => ({
  date: d.edtf,
  dateStart: d.start,
  dateEnd: d.end,
  dateBasis: d.basis,
  dateNote: d.note,
})

export const fromDateColumns = (row: DateColumns): DateRecord => ({
  edtf: row.date,
  start: row.dateStart,
  end: row.dateEnd,
  basis: row.dateBasis as DateBasis,
  note: row.dateNote,
})

/** created_at/updated_at/version of an entity row being written. */
export interface RowMeta {
  createdAt: string
  updatedAt: string
  version: number
}

/** Relation rows (affiliations, participants, parties, citations) are rewritten with their entity. */
export const relationMeta = (meta: RowMeta): RowMeta => ({ createdAt: meta.updatedAt, updatedAt: meta.updatedAt, version: 1 })
