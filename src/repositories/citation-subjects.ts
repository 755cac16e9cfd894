// SQL over the citation subject types (src/domain/citation-subjects.ts): a relation's public id, and the row a public id names.
import { parseSubjectReference, type CitationSubjectType } from '../domain/citation-subjects.js'

/** SQL for a relation row's public id, over the row aliased `r`. */
export function relationKeySql(s: CitationSubjectType): string {
  const ends = Object.keys(s.ends ?? { id: '' }).map((c) => `r.${c}`)
  if (!s.ranked) return ends.join(` || ':' || `)
  const same = Object.keys(s.ends!).map((c) => `x.${c} = r.${c}`).join(' AND ')
  return `${ends.join(` || ':' || `)} || ':' || (SELECT count(*) FROM ${s.table} x WHERE ${same} AND x.id <= r.id)`
}

/** SQL giving the row id of the subject a reference `<type>:<subject id>` names (NULL when there is none), or undefined when it has not the shape of one. */
export function subjectRowSql(value: string): { subject: CitationSubjectType; sql: string; params: unknown[] } | undefined {
  const ref = parseSubjectReference(value)
  if (!ref) return undefined
  const { subject: s, parts } = ref
  if (!s.ends) return { subject: s, sql: '?', params: parts }
  const where = Object.keys(s.ends).map((c) => `r.${c} = ?`).join(' AND ')
  if (!s.ranked) return { subject: s, sql: `(SELECT r.id FROM ${s.table} r WHERE ${where})`, params: parts }
  return { subject: s, sql: `(SELECT r.id FROM ${s.table} r WHERE ${where} ORDER BY r.id LIMIT 1 OFFSET ?)`, params: [...parts.slice(0, -1), Number(parts.at(-1)) - 1] }
}
