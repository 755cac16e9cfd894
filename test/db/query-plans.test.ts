// Every list query must be served by an index: for each collection, every allowed filter (in each
// value shape), every operator filter (field__op), the free-text search, the date bounds and
// updated_since, under every allowed sort in both directions and every sort by two keys (each key in
// both directions), on the first page and on a page after a cursor, the page query of listPage
// (src/repositories/list.ts) must not SCAN a data table without an index. A sort by two keys reads
// the first key's index in order and sorts only the rows that tie on it (USE TEMP B-TREE FOR RIGHT
// PART OF ORDER BY); sorting everything it read (… FOR ORDER BY) counts as a full scan.
//
// The indexes behind this are declared in src/db/schema.ts (one per sort key, with the id
// tie-breaker); a new sort or filter that no index serves makes this test fail.
//
// The SQL is listPage's own (pageQuery), from the same collection specs and the same buildWhere.
import path from 'node:path'
import t from 'tap'
import { generateDataset } from '../../src/cli/gen/generate.js'
import { openSqlite, type Sqlite } from '../../src/db/connection.js'
import { DISPUTE_KINDS, STATEMENT_KINDS, TOPICS } from '../../src/domain/vocabulary.js'
import { actorCollection } from '../../src/repositories/actor-reads.js'
import { agreementCollection } from '../../src/repositories/agreement-reads.js'
import { disputeCollection } from '../../src/repositories/dispute-reads.js'
import { listPage, pageQuery, type CollectionSpec, type SortKey } from '../../src/repositories/list.js'
import { operatorParam } from '../../src/domain/filter-operators.js'
import { fieldOperators } from '../../src/repositories/list-operators.js'
import { meetingCollection } from '../../src/repositories/meeting-reads.js'
import { sourceCollection } from '../../src/repositories/source-reads.js'
import { and, type SqlFragment } from '../../src/repositories/sql.js'
import { statementCollection } from '../../src/repositories/statement-reads.js'
import { citationCollection } from '../../src/repositories/citation-reads.js'
import { affiliationCollection, participantCollection, partyCollection } from '../../src/repositories/relation-reads.js'
import { timelineQueries, type TimelineFilters } from '../../src/repositories/timeline.js'
import { buildWhere, dateOverlap } from '../../src/services/list-service.js'
import { scratchDir } from '../helper.js'

const COLLECTIONS: Record<string, CollectionSpec> = {
  statements: statementCollection,
  actors: actorCollection,
  meetings: meetingCollection,
  agreements: agreementCollection,
  sources: sourceCollection,
  disputes: disputeCollection,
  citations: citationCollection,
  participants: participantCollection,
  parties: partyCollection,
  affiliations: affiliationCollection,
}

// Filters that are only accepted with another (the API refuses them alone): the first value of that one is added.
const REQUIRES: Record<string, string> = { overlaps: 'source' }
const SPANS = `SELECT '100-400' UNION ALL SELECT '1000-1200'`

// Tables that grow with the dataset: a SCAN of one of these without an index reads all of it.
const LARGE = new Set([
  'statements', 'statement_speakers', 'statement_about', 'statement_topics', 'citations', 'changes', 'sources', 'actors',
  'affiliations', 'meetings', 'meeting_participants', 'agreements', 'agreement_parties', 'search_index', 'redirects',
  'disputes', 'dispute_claims', 'claim_statements', 'dispute_actors', 'dispute_topics',
])

// Two real values for each filter of each collection (the first alone, then both: "a,b" means OR).
const FILTER_VALUES: Record<string, Record<string, string>> = {
  statements: {
    speaker: `SELECT actor_id FROM statement_speakers GROUP BY actor_id ORDER BY count(*) DESC LIMIT 2`,
    about: `SELECT actor_id FROM statement_about GROUP BY actor_id ORDER BY count(*) DESC LIMIT 2`,
    topic: `SELECT '${TOPICS[0]}' UNION ALL SELECT '${TOPICS[1]}'`,
    kind: `SELECT '${STATEMENT_KINDS[0]}' UNION ALL SELECT '${STATEMENT_KINDS[1]}'`,
    source: `SELECT id FROM sources ORDER BY id LIMIT 2`,
    meeting: `SELECT meeting_id FROM statements WHERE meeting_id IS NOT NULL GROUP BY meeting_id LIMIT 2`,
    agreement: `SELECT agreement_id FROM statements WHERE agreement_id IS NOT NULL GROUP BY agreement_id LIMIT 2`,
    dispute: `SELECT 'dispute-a' UNION ALL SELECT 'dispute-b'`,
    overlaps: SPANS,
  },
  actors: {
    kind: `SELECT 'person' UNION ALL SELECT 'state'`,
    country: `SELECT country FROM actors WHERE country IS NOT NULL GROUP BY country LIMIT 2`,
    source: `SELECT id FROM sources ORDER BY id LIMIT 2`,
  },
  meetings: {
    participant: `SELECT actor_id FROM meeting_participants GROUP BY actor_id ORDER BY count(*) DESC LIMIT 2`,
    kind: `SELECT 'talks' UNION ALL SELECT 'press_briefing'`,
    source: `SELECT id FROM sources ORDER BY id LIMIT 2`,
    location: `SELECT 'Washington' UNION ALL SELECT 'Pentagon'`,
  },
  agreements: {
    party: `SELECT actor_id FROM agreement_parties GROUP BY actor_id ORDER BY count(*) DESC LIMIT 2`,
    status: `SELECT 'reached' UNION ALL SELECT 'disputed'`,
    kind: `SELECT 'agreement' UNION ALL SELECT 'plan'`,
    meeting: `SELECT meeting_id FROM agreements WHERE meeting_id IS NOT NULL LIMIT 2`,
    source: `SELECT id FROM sources ORDER BY id LIMIT 2`,
  },
  // gen makes no disputes (they are curated): the plans are checked with ids that match no row, and
  // with ids of the generated records the filters name.
  disputes: {
    topic: `SELECT '${TOPICS[0]}' UNION ALL SELECT '${TOPICS[1]}'`,
    actor: `SELECT actor_id FROM statement_speakers GROUP BY actor_id ORDER BY count(*) DESC LIMIT 2`,
    status: `SELECT 'open' UNION ALL SELECT 'superseded'`,
    kind: `SELECT '${DISPUTE_KINDS[0]}' UNION ALL SELECT '${DISPUTE_KINDS[1]}'`,
    meeting: `SELECT id FROM meetings ORDER BY id LIMIT 2`,
    agreement: `SELECT id FROM agreements ORDER BY id LIMIT 2`,
    source: `SELECT id FROM sources ORDER BY id LIMIT 2`,
  },
  sources: {
    publisher: `SELECT publisher FROM sources GROUP BY publisher ORDER BY count(*) DESC LIMIT 2`,
    language: `SELECT 'en' UNION ALL SELECT 'ar'`,
  },
  citations: {
    source: `SELECT source_id FROM citations GROUP BY source_id ORDER BY count(*) DESC LIMIT 2`,
    subject_type: `SELECT 'participant' UNION ALL SELECT 'actor'`,
    subject: `SELECT * FROM (SELECT 'participant:' || meeting_id || ':' || actor_id FROM meeting_participants LIMIT 1)
              UNION ALL SELECT * FROM (SELECT 'affiliation:' || person_id || ':' || organization_id || ':1' FROM affiliations LIMIT 1)
              UNION ALL SELECT * FROM (SELECT 'actor:' || actor_id FROM citations WHERE actor_id IS NOT NULL LIMIT 1)`,
    overlaps: SPANS,
  },
  participants: {
    meeting: `SELECT meeting_id FROM meeting_participants GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 2`,
    actor: `SELECT actor_id FROM meeting_participants GROUP BY actor_id ORDER BY count(*) DESC LIMIT 2`,
    role: `SELECT 'participant' UNION ALL SELECT 'chair'`,
  },
  parties: {
    agreement: `SELECT agreement_id FROM agreement_parties GROUP BY agreement_id ORDER BY count(*) DESC LIMIT 2`,
    actor: `SELECT actor_id FROM agreement_parties GROUP BY actor_id ORDER BY count(*) DESC LIMIT 2`,
  },
  affiliations: {
    person: `SELECT person_id FROM affiliations GROUP BY person_id ORDER BY count(*) DESC LIMIT 2`,
    organization: `SELECT organization_id FROM affiliations GROUP BY organization_id ORDER BY count(*) DESC LIMIT 2`,
  },
}

// The shapes of q, from/to and updated_since a client can send.
const SEARCH_SHAPES = ['withdrawal', '"the talks"', 'withdr*', 'withdrawal OR pipeline', 'talks -pipeline']
const DATE_SHAPES: Record<string, string>[] = [
  { from: '2020' },
  { to: '2020-07' },
  { from: '2020-07-01', to: '2020-07-31' },
  { from: '2020-07-22/2020-07-23' },
  { from: '2019?', to: '2021~' },
]

// A value of each operator, by the kind of field (as the zod schema hands them over: numbers, booleans).
const OPERATOR_VALUES: Record<string, Record<string, unknown[]>> = {
  text: { exact: ['talks'], prefix: ['us'], contains: ['iraq'] },
  integer: { exact: [1], gt: [1], gte: [2], lt: [2], lte: [1] },
  date: { overlaps: ['2020-07'], within: ['2020', '2020-07-01/2020-07-31'], starts: ['2020-07', '2020/..'], isnull: [true, false] },
}

type Query = Record<string, unknown>
interface Shape {
  label: string
  query: Query
}

function shapesFor(db: Sqlite, name: string, spec: CollectionSpec): Shape[] {
  const shapes: Shape[] = [{ label: '(no filter)', query: {} }]
  const samples = FILTER_VALUES[name] ?? {}
  for (const filter of Object.keys(spec.filters)) {
    const sql = samples[filter]
    if (!sql) throw new Error(`no sample values for the ${name} filter "${filter}": add them to FILTER_VALUES`)
    const values = db.prepare(sql).pluck().all() as string[]
    if (values.length === 0) throw new Error(`the generated database has no value for ${name}.${filter}`)
    const required = REQUIRES[filter]
    const companion = required ? { [required]: (db.prepare(samples[required] as string).pluck().get() as string) } : {}
    shapes.push({ label: `${filter}=<one>`, query: { ...companion, [filter]: values[0] as string } })
    if (values.length > 1) shapes.push({ label: `${filter}=<a,b>`, query: { ...companion, [filter]: values.slice(0, 2).join(',') } })
  }
  for (const [field, declared] of Object.entries(spec.operators)) {
    for (const operator of fieldOperators(declared)) {
      const values = OPERATOR_VALUES[declared.kind]?.[operator]
      if (!values) throw new Error(`no sample value for the ${declared.kind} operator "${operator}": add it to OPERATOR_VALUES`)
      for (const value of values) shapes.push({ label: `${operatorParam(field, operator)}=${String(value)}`, query: { [operatorParam(field, operator)]: value } })
    }
  }
  if (spec.search) for (const q of SEARCH_SHAPES) shapes.push({ label: `q=${q}`, query: { q } })
  if (spec.dateColumn) for (const d of DATE_SHAPES) shapes.push({ label: Object.entries(d).map(([k, v]) => `${k}=${v}`).join('&'), query: d })
  shapes.push({ label: 'updated_since', query: { updated_since: '2025-01-01T00:00:00Z' } })
  return shapes
}

/** Which table each alias of the query stands for (FROM/JOIN table alias). */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = m[1] as string
    map.set(table, table)
    const alias = m[2]
    if (alias && !/^(WHERE|JOIN|ON|GROUP|ORDER|LIMIT|LEFT|INNER|CROSS|AS)$/i.test(alias)) map.set(alias, table)
  }
  return map
}

/**
 * Plan lines that read a large table from end to end: a SCAN without an index, or a SCAN through an
 * index that does not give the order (the plan then sorts everything it read: USE TEMP B-TREE FOR
 * ORDER BY), which reads every entry of the index before the first row can be returned.
 */
function fullScans(sql: string, plan: string[]): string[] {
  const tables = aliases(sql)
  const sortsAll = plan.includes('USE TEMP B-TREE FOR ORDER BY')
  return plan.flatMap((line) => {
    const m = /^SCAN (\S+)(.*)$/.exec(line)
    if (!m) return []
    const table = tables.get(m[1] as string) ?? (m[1] as string)
    if (!LARGE.has(table)) return []
    const rest = m[2] as string
    if (/VIRTUAL TABLE INDEX \d+:\S*M/.test(rest)) return [] // FTS5 MATCH: served by the full-text index
    if (!/USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/.test(rest)) return [line]
    return sortsAll ? [`${line} + USE TEMP B-TREE FOR ORDER BY`] : []
  })
}

/** Every allowed sort: each key in both directions, and each pair of keys (the id only last) in every combination of directions. */
function sortsOf(spec: CollectionSpec): SortKey[][] {
  const keys = Object.keys(spec.sorts)
  const both = (name: string): SortKey[] => [{ name, dir: 'asc' }, { name, dir: 'desc' }]
  const singles = keys.flatMap((name) => both(name).map((k) => [k]))
  const pairs = keys.filter((a) => a !== 'id').flatMap((a) => keys.filter((b) => b !== a).flatMap((b) => both(a).flatMap((ka) => both(b).map((kb) => [ka, kb]))))
  return [...singles, ...pairs]
}

const explain = (db: Sqlite, q: SqlFragment) => (db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map((r) => r.detail)

// One generated database for both checks (read-only; closed when the file's tests end).
const dbFile = path.join(scratchDir(t), 'plans.db')
generateDataset({ statements: 2000, out: dbFile, seed: 7 })
const db = openSqlite(dbFile, { readonly: true })
t.teardown(() => db.close())

t.test('list page queries use indexes', async (t) => {

  const summary: string[] = []
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    await t.test(name, async (t) => {
      const failing = new Map<string, string[]>()
      for (const shape of shapesFor(db, name, spec)) {
        const where = and(buildWhere(spec, shape.query))
        for (const sortKeys of sortsOf(spec)) {
          {
            const sort = sortKeys.map((k) => `${k.dir === 'desc' ? '-' : ''}${k.name}`).join(',')
            const first = listPage(db, spec, { where, sort: sortKeys, limit: 2 })
            const after = first.ids.length > 0 ? { keys: first.lastKeys, id: first.ids.at(-1) as string } : { keys: sortKeys.map(() => ''), id: '' }
            for (const page of ['first page', 'after a cursor'] as const) {
              const cursor = page === 'first page' ? undefined : after
              const q = pageQuery(spec, { where, sort: sortKeys, after: cursor, limit: 50 })
              const plan = explain(db, q)
              const scans = fullScans(q.sql, plan)
              // Unfiltered, a page after a cursor starts where the cursor points: a range search, never a walk from the start.
              if (cursor && shape.label === '(no filter)') scans.push(...plan.filter((line) => /^SCAN t\b/.test(line)).map((line) => `${line} (a deep page would read every row before it)`))
              const label = `${shape.label}, sort=${sort}, ${page}`
              t.same(scans, [], `${name}: ${label}: no full scan`, { plan: plan.join(' | '), sql: q.sql })
              if (scans.length > 0) {
                const key = `sort=${sort}: ${scans.join('; ')}`
                failing.set(key, [...(failing.get(key) ?? []), `${shape.label} (${page})`])
              }
            }
          }
        }
      }
      for (const [key, shapes] of failing) summary.push(`${name} ${key} — ${new Set(shapes.map((s) => s.replace(/ \(.*\)$/, ''))).size} filter shapes: ${[...new Set(shapes.map((s) => s.replace(/ \(.*\)$/, '')))].join(', ')}`)
    })
  }
  if (summary.length > 0) t.comment(`full scans by collection and sort:\n${summary.join('\n')}`)
})

t.test('timeline page queries use indexes', async (t) => {
  const actor = db.prepare(`SELECT actor_id FROM statement_speakers GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string
  const shapes: Record<string, Partial<TimelineFilters>> = {
    '(no filter)': {},
    actor: { actors: [actor] },
    topic: { topics: [TOPICS[0] as string] },
    'from/to': { dated: dateOverlap('t.date', '2020', '2021') },
  }
  for (const [label, shape] of Object.entries(shapes)) {
    for (const dir of ['asc', 'desc'] as const) {
      for (const after of [undefined, { key: '2015-06-01', type: 'meeting', id: 'm' }]) {
        for (const q of timelineQueries({ types: ['meeting', 'agreement', 'statement'], dated: [], ...shape }, dir, after, 50)) {
          const plan = explain(db, q)
          const scans = fullScans(q.sql, plan)
          if (label === '(no filter)') scans.push(...plan.filter((line) => /^SCAN t\b/.test(line) && !/USING (COVERING )?INDEX \w+_timeline_idx/.test(line)).map((l) => `${l} (not the timeline index)`))
          if (after && label === '(no filter)') scans.push(...plan.filter((line) => /^SCAN t\b/.test(line)).map((l) => `${l} (a page after a cursor must be a range search)`))
          t.same(scans, [], `timeline ${label}, ${dir}, ${after ? 'after a cursor' : 'first page'}: ${/FROM (\w+)/.exec(q.sql)?.[1]}`, { plan: plan.join(' | ') })
        }
      }
    }
  }
})

t.test('the timeline places disputes through their claims’ statements without a full scan', async (t) => {
  for (const shape of [{}, { actors: ['united-states'] }, { topics: [TOPICS[0] as string] }, { dated: dateOverlap('t.date', '2020', '2021') }]) {
    for (const after of [undefined, { key: '2015-06-01', type: 'meeting', id: 'm' }]) {
      for (const q of timelineQueries({ types: ['dispute'], dated: [], ...shape }, 'asc', after, 50)) {
        const plan = explain(db, q)
        t.same(fullScans(q.sql, plan).filter((line) => !/^SCAN d USING (COVERING )?INDEX/.test(line)), [], `timeline disputes ${JSON.stringify(shape).slice(0, 40)}, ${after ? 'after a cursor' : 'first page'}`, { plan: plan.join(' | ') })
      }
    }
  }
})
