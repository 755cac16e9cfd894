// Citations as rows of their own: each with its subject (the entity or relation it supports), its
// source span and quote. A citation's public id is `<subject type>:<subject id>:<position>`, the
// position being its place in the subject's curated list: it stays the same across rewrites of the
// subject (which replace the rows and their internal ids) as long as the list keeps its order.
import type { Sqlite } from '../db/connection.js'
import { CITATION_SUBJECTS, parseSpan, subjectType, type CitationSubjectType } from '../domain/citation-subjects.js'
import { relationKeySql, subjectRowSql } from './citation-subjects.js'
import { columnFacet, columnIn, type CollectionSpec } from './list.js'
import { META_COLUMNS, metaOf, type MetaRow } from './refs.js'
import { all, inList, type SqlFragment } from './sql.js'

/** The part of a subject's representation that identifies it: its type, id and a relation's ends. */
export type SubjectOut = { type: string; id: string } & Record<string, string>

export interface CitationRowOut {
  id: string
  subject: SubjectOut
  source_id: string
  start: number
  end: number
  quote: string
  position: number
  links: { self: string; subject: string; source_text: string }
  created_at: string
  updated_at: string
  version: number
}

/** Citations whose span shares at least one code point with one of the spans (with a source filter, served by citations_source_span_idx). */
export const spanOverlap = (startColumn: string, endColumn: string) => (values: string[]): SqlFragment => {
  const spans = values.map(parseSpan).filter((s) => s !== undefined)
  if (spans.length === 0) return { sql: '0 = 1', params: [] }
  const each = { sql: spans.map(() => `(${startColumn} < ? AND ${endColumn} > ?)`).join(' OR '), params: spans.flatMap((s) => [s.end, s.start]) }
  if (spans.length === 1) return each
  // Several spans: the range that covers them all first, so that the planner reads one range of the
  // (source, start) index instead of an OR of branches that have no source to seek to.
  const bounds = [Math.max(...spans.map((s) => s.end)), Math.min(...spans.map((s) => s.start))]
  return { sql: `${startColumn} < ? AND ${endColumn} > ? AND (${each.sql})`, params: [...bounds, ...each.params] }
}

const subjectIs = (values: string[]): SqlFragment => {
  const refs = values.map(subjectRowSql).filter((r) => r !== undefined)
  if (refs.length === 0) return { sql: '0 = 1', params: [] }
  return { sql: refs.map((r) => `t.${r.subject.column} = ${r.sql}`).join(' OR '), params: refs.flatMap((r) => r.params) }
}

const subjectTypeCase = `CASE ${CITATION_SUBJECTS.map((s) => `WHEN t.${s.column} IS NOT NULL THEN '${s.type}'`).join(' ')} END`

export const citationCollection: CollectionSpec = {
  table: 'citations',
  // Offset order: with a source filter, the order of the source's text.
  sorts: { start: () => 't.start' },
  defaultSort: 'start',
  operators: {},
  filters: {
    source: columnIn('source_id'),
    subject_type: (values) => ({ sql: values.map((v) => `t.${subjectType(v)?.column ?? 'id'} IS NOT NULL`).join(' OR '), params: [] }),
    subject: subjectIs,
    overlaps: spanOverlap('t.start', 't."end"'),
  },
  facets: {
    subject_type: (where) => ({
      sql: `SELECT ${subjectTypeCase} AS value, NULL AS label, count(*) AS count FROM citations t WHERE ${where.sql} GROUP BY value ORDER BY count DESC, value`,
      params: where.params,
    }),
    source: columnFacet('citations', 'source_id'),
  },
}

type CitationRow = { id: number; source_id: string; start: number; end: number; quote: string; position: number } & MetaRow & Record<string, unknown>

/** Each relation row's public id and ends, by subject type and row id. */
function relationSubjects(db: Sqlite, rows: CitationRow[]): Map<string, Map<number, Record<string, string>>> {
  const out = new Map<string, Map<number, Record<string, string>>>()
  for (const s of CITATION_SUBJECTS) {
    if (!s.ends) continue
    const ids = rows.map((r) => r[s.column]).filter((v): v is number => typeof v === 'number')
    if (ids.length === 0) continue
    const ends = Object.keys(s.ends)
    const found = all<Record<string, string> & { rowid: number; key: string }>(db, {
      sql: `SELECT r.id AS rowid, ${relationKeySql(s)} AS key, ${ends.map((c) => `r.${c}`).join(', ')} FROM ${s.table} r WHERE ${inList('r.id', ids).sql}`,
      params: [JSON.stringify(ids)],
    })
    out.set(s.type, new Map(found.map(({ rowid, key, ...rest }) => [rowid, { id: key, ...rest }])))
  }
  return out
}

export const citationId = (subject: SubjectOut, position: number) => `${subject.type}:${subject.id}:${position}`

/** Citations by internal row id, in the order of `ids` (ids without a row are skipped). */
export function hydrateCitations(db: Sqlite, ids: (string | number)[]): CitationRowOut[] {
  if (ids.length === 0) return []
  const rows = all<CitationRow>(db, {
    sql: `SELECT id, source_id, start, "end", quote, position, ${META_COLUMNS}, ${CITATION_SUBJECTS.map((s) => s.column).join(', ')} FROM citations WHERE ${inList('id', ids).sql}`,
    params: [JSON.stringify(ids)],
  })
  const relations = relationSubjects(db, rows)
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => {
    const r = byId.get(Number(id))
    if (!r) return []
    const s = CITATION_SUBJECTS.find((c) => r[c.column] !== null) as CitationSubjectType
    const value = r[s.column] as string | number
    const subject: SubjectOut = s.ends ? { type: s.type, ...(relations.get(s.type)?.get(value as number) as { id: string }) } : { type: s.type, id: String(value) }
    const cid = citationId(subject, r.position)
    return [
      {
        id: cid,
        subject,
        source_id: r.source_id,
        start: r.start,
        end: r.end,
        quote: r.quote,
        position: r.position,
        links: { self: `/v1/citations/${cid}`, subject: s.path?.(subject.id) ?? `/v1/${s.collection}/${subject.id}`, source_text: `/v1/sources/${r.source_id}/text` },
        ...metaOf(r),
      },
    ]
  })
}

/** The internal row id of the citation with this public id, if there is one. */
export function findCitation(db: Sqlite, id: string): number | undefined {
  const last = id.lastIndexOf(':')
  const position = Number(id.slice(last + 1))
  const ref = last > 0 && /^\d{1,6}$/.test(id.slice(last + 1)) ? subjectRowSql(id.slice(0, last)) : undefined
  if (!ref) return undefined
  const row = db.prepare(`SELECT id FROM citations WHERE ${ref.subject.column} = ${ref.sql} AND position = ?`).pluck().get(...ref.params, position)
  return row as number | undefined
}
