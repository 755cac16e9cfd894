import type { Sqlite } from '../db/connection.js'
import { linkedTo, type Direction } from './list.js'
import { all, and, type SqlFragment } from './sql.js'

export type TimelineType = 'meeting' | 'agreement' | 'statement' | 'dispute'

export interface TimelineFilters {
  actors?: string[]
  topics?: string[]
  types: TimelineType[]
  /** Extra conditions on each table's `t` (date overlap). */
  dated: SqlFragment[]
}

const ids = (values: string[]) => JSON.stringify(values)
const DATE_COLUMNS_T = 't.date, t.date_start, t.date_end, t.date_basis, t.date_note'

// A meeting or agreement matches a topic through its statements (it has no topics of its own).
const topicVia = (column: 'meeting_id' | 'agreement_id') => (topics: string[]): SqlFragment => ({
  sql: `EXISTS (SELECT 1 FROM statements s JOIN statement_topics st ON st.statement_id = s.id WHERE s.${column} = t.id AND st.topic IN (SELECT value FROM json_each(?)))`,
  params: [ids(topics)],
})

// Per type: the table, how it is titled, and how actor and topic filters reach it (the lists' own
// link filters: id sets from the link tables' covering indexes).
const PARTS: Record<TimelineType, { table: string; title: string; actor: (actors: string[]) => SqlFragment; topic: (topics: string[]) => SqlFragment }> = {
  meeting: { table: 'meetings', title: 't.title', actor: linkedTo('meeting_participants', 'meeting_id'), topic: topicVia('meeting_id') },
  agreement: { table: 'agreements', title: 't.title', actor: linkedTo('agreement_parties', 'agreement_id'), topic: topicVia('agreement_id') },
  statement: {
    table: 'statements',
    title: 't.text',
    // A statement is about an actor who speaks in it or whom it is about.
    actor: (actors) => ({
      sql: `t.id IN (SELECT l.statement_id FROM statement_speakers l WHERE l.actor_id IN (SELECT value FROM json_each(?))
                     UNION SELECT l.statement_id FROM statement_about l WHERE l.actor_id IN (SELECT value FROM json_each(?)))`,
      params: [ids(actors), ids(actors)],
    }),
    topic: linkedTo('statement_topics', 'statement_id', 'topic'),
  },
  // A dispute has no date of its own: it is placed at the earliest dated statement of its claims
  // (ties broken by statement id), and is undated when none of them is dated.
  dispute: {
    table: `(SELECT d.id AS id, d.question AS question, s.date AS date, s.date_start AS date_start, s.date_end AS date_end, s.date_basis AS date_basis, s.date_note AS date_note
             FROM disputes d LEFT JOIN statements s ON s.id = (
               SELECT x.id FROM dispute_claims c JOIN claim_statements cs ON cs.claim_id = c.id JOIN statements x ON x.id = cs.statement_id
               WHERE c.dispute_id = d.id AND x.date IS NOT NULL ORDER BY coalesce(x.date_start, x.date_end), x.id LIMIT 1))`,
    title: 't.question',
    actor: linkedTo('dispute_actors', 'dispute_id'),
    topic: linkedTo('dispute_topics', 'dispute_id', 'topic'),
  },
}

function conditions(type: TimelineType, f: TimelineFilters, extra: SqlFragment[]): SqlFragment {
  const part = PARTS[type]
  const where: SqlFragment[] = [...extra]
  if (f.actors) where.push(part.actor(f.actors))
  if (f.topics) where.push(part.topic(f.topics))
  return and(where)
}

export interface TimelineRow {
  type: TimelineType
  id: string
  title: string
  k: string
  date: string | null
  date_start: string | null
  date_end: string | null
  date_basis: string
  date_note: string | null
}

// Open-start intervals sort by their end (a dated row always has one known end, so the key is never
// NULL); the key is served by each table's partial timeline index.
const TIMELINE_KEY = 'coalesce(t.date_start, t.date_end)'

/**
 * The rows after `after` in (key, type, id) order: one indexed, limited query per type, merged here.
 * Each type's keyset condition is the (key, type, id) comparison with its type fixed, written in
 * the `k >= ? AND (…)` form that SQLite turns into an index range.
 */
function afterCondition(type: TimelineType, dir: Direction, after: { key: string; type: string; id: string }): SqlFragment {
  const [op, opOrEqual] = dir === 'asc' ? ['>', '>='] : ['<', '<=']
  if (type === after.type) return { sql: `${TIMELINE_KEY} ${opOrEqual} ? AND (${TIMELINE_KEY} ${op} ? OR t.id ${op} ?)`, params: [after.key, after.key, after.id] }
  const typeComesAfter = dir === 'asc' ? type > after.type : type < after.type
  return { sql: `${TIMELINE_KEY} ${typeComesAfter ? opOrEqual : op} ?`, params: [after.key] }
}

const compareRows = (a: TimelineRow, b: TimelineRow) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The page's queries, one per type (exported for the query-plan test). */
export function timelineQueries(f: TimelineFilters, dir: Direction, after: { key: string; type: string; id: string } | undefined, limit: number): SqlFragment[] {
  return f.types.map((type) => {
    const where = conditions(type, f, [{ sql: 't.date IS NOT NULL', params: [] }, ...f.dated, ...(after ? [afterCondition(type, dir, after)] : [])])
    return {
      sql: `SELECT '${type}' AS type, t.id AS id, ${PARTS[type].title} AS title, ${TIMELINE_KEY} AS k, ${DATE_COLUMNS_T}
            FROM ${PARTS[type].table} t WHERE ${where.sql} ORDER BY k ${dir}, t.id ${dir} LIMIT ?`,
      params: [...where.params, limit + 1],
    }
  })
}

export function timelinePage(db: Sqlite, f: TimelineFilters, dir: Direction, after: { key: string; type: string; id: string } | undefined, limit: number) {
  const rows = timelineQueries(f, dir, after, limit).flatMap((query) => all<TimelineRow>(db, query))
  rows.sort(dir === 'asc' ? compareRows : (a, b) => compareRows(b, a))
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit }
}

/** How many items of each type the filters would match but have no date. */
export function undatedCounts(db: Sqlite, f: TimelineFilters): Record<TimelineType, number> {
  return Object.fromEntries(
    f.types.map((type) => {
      const where = conditions(type, f, [{ sql: 't.date IS NULL', params: [] }])
      const n = (db.prepare(`SELECT count(*) AS n FROM ${PARTS[type].table} t WHERE ${where.sql}`).get(...where.params) as { n: number }).n
      return [type, n]
    }),
  ) as Record<TimelineType, number>
}

/** The actors of each item: participants of meetings, parties to agreements, speakers of statements, the actors of disputes. */
export function timelineActors(db: Sqlite, rows: { type: TimelineType; id: string }[]): { key: string; actor_id: string }[] {
  const of = (type: TimelineType) => JSON.stringify(rows.filter((r) => r.type === type).map((r) => r.id))
  return all<{ key: string; actor_id: string }>(db, {
    sql: `SELECT 'meeting:' || meeting_id AS key, actor_id, id AS pos FROM meeting_participants WHERE meeting_id IN (SELECT value FROM json_each(?))
          UNION ALL SELECT 'agreement:' || agreement_id, actor_id, id FROM agreement_parties WHERE agreement_id IN (SELECT value FROM json_each(?))
          UNION ALL SELECT 'statement:' || statement_id, actor_id, position FROM statement_speakers WHERE statement_id IN (SELECT value FROM json_each(?))
          UNION ALL SELECT 'dispute:' || dispute_id, actor_id, position FROM dispute_actors WHERE dispute_id IN (SELECT value FROM json_each(?))
          ORDER BY key, pos`,
    params: [of('meeting'), of('agreement'), of('statement'), of('dispute')],
  })
}
