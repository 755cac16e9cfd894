// The floor: the least work that can answer the benchmark's requests from the same database file.
// node:http, better-sqlite3 prepared statements (prepared once), JSON.stringify, no framework, no
// validation, no compression, no caching. It answers the same requests as the API for the scenarios
// of bench/run.mjs with the same data (bench/run.mjs compares the ids before it measures), so the
// ratio ours/floor shows what the framework, the validation and the query shapes cost.
//
// Where the API's SQL cannot use an index on the current schema, the floor uses the best equivalent
// SQL on the *same* schema (no new indexes): see "query shape" notes below and in bench/README.md.
//
// Stored documents: when an entity table has a `document` column (the full JSON of
// GET /v1/<collection>/<id>, kept by the API in the transaction that writes the record), the floor
// serves that collection's items, and statement list pages, by splicing the column: one indexed
// read, no hydration, no JSON.stringify of the document. Without the column it hydrates as before.
//
//   node bench/floor-server.mjs --db ./data/bench.db [--port 0]
//
// Prints "floor listening at http://127.0.0.1:<port>" once it accepts connections.
/* global process, console, Buffer, URL, URLSearchParams */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'

const { values: args } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '0' } } })
if (!args.db) {
  console.error('usage: node bench/floor-server.mjs --db <file> [--port N]')
  process.exit(2)
}

const open = () => {
  const db = new Database(args.db, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  return db
}
const db = open()

const ENTITY_TABLES = ['sources', 'actors', 'meetings', 'agreements', 'statements']
/** The entity tables that store their served documents (a `document` column). */
const stored = new Set(ENTITY_TABLES.filter((t) => db.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = 'document'`).get(t)))

// --- Dates: the same DateValue the API derives from EDTF (precision, uncertain, approximate) ------------------

const PRECISIONS = ['day', 'month', 'year', 'decade', 'century']
const pointInfo = (p) => {
  const q = /[?~%]$/.exec(p)?.[0]
  const body = q ? p.slice(0, -1) : p
  const [y = '', m, d] = body.split('-')
  let precision
  if (y.includes('X')) precision = y.endsWith('XX') ? 'century' : 'decade'
  else if (m === undefined || m === 'XX') precision = 'year'
  else if (d === undefined || d === 'XX') precision = 'month'
  else precision = 'day'
  return { precision, uncertain: q === '?' || q === '%', approximate: q === '~' || q === '%' }
}
const edtfCache = new Map()
function edtfInfo(edtf) {
  let info = edtfCache.get(edtf)
  if (info) return info
  const parts = edtf.split('/')
  if (parts.length === 1) info = pointInfo(edtf)
  else {
    const ends = parts.filter((s) => s !== '' && s !== '..').map(pointInfo)
    info = {
      precision: ends.map((e) => e.precision).reduce((a, b) => (PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b)),
      uncertain: ends.some((e) => e.uncertain),
      approximate: ends.some((e) => e.approximate),
    }
  }
  edtfCache.set(edtf, info)
  return info
}
const dateValue = (edtf, start, end, basis, note) => {
  const info = edtf === null ? { precision: null, uncertain: false, approximate: false } : edtfInfo(edtf)
  return { edtf, start, end, precision: info.precision, uncertain: info.uncertain, approximate: info.approximate, basis, note }
}
const dateOf = (r) => dateValue(r.date, r.date_start, r.date_end, r.date_basis, r.date_note)
const dateRecord = (r) => ({ edtf: r.date, start: r.date_start, end: r.date_end, basis: r.date_basis, note: r.date_note })

// --- Statements, hydrated in batches with statements prepared once ------------------------------------------

const IN = (column) => `${column} IN (SELECT value FROM json_each(?))`
const prepared = new Map()
const stmt = (conn, sql) => {
  let byConn = prepared.get(conn)
  if (!byConn) prepared.set(conn, (byConn = new Map()))
  let s = byConn.get(sql)
  if (!s) byConn.set(sql, (s = conn.prepare(sql)))
  return s
}

const groupBy = (rows, key) => {
  const map = new Map()
  for (const r of rows) {
    const k = r[key]
    const list = map.get(k)
    if (list) list.push(r)
    else map.set(k, [r])
  }
  return map
}
const byId = (rows) => new Map(rows.map((r) => [r.id, r]))
const uniq = (values) => JSON.stringify([...new Set(values.filter((v) => v !== null))])

function hydrateStatements(conn, ids) {
  if (ids.length === 0) return []
  const list = JSON.stringify(ids)
  const rows = byId(stmt(conn, `SELECT id, kind, text, source_id, text_start, text_end, meeting_id, agreement_id, created_at, updated_at, version, date, date_start, date_end, date_basis, date_note FROM statements WHERE ${IN('id')}`).all(list))
  const speakers = groupBy(stmt(conn, `SELECT statement_id, actor_id FROM statement_speakers WHERE ${IN('statement_id')} ORDER BY statement_id, position`).all(list), 'statement_id')
  const about = groupBy(stmt(conn, `SELECT statement_id, actor_id FROM statement_about WHERE ${IN('statement_id')} ORDER BY statement_id, position`).all(list), 'statement_id')
  const topics = groupBy(stmt(conn, `SELECT statement_id, topic FROM statement_topics WHERE ${IN('statement_id')} ORDER BY statement_id, position`).all(list), 'statement_id')
  const citations = groupBy(stmt(conn, `SELECT statement_id, source_id, start, "end", quote FROM citations WHERE ${IN('statement_id')} ORDER BY statement_id, position, id`).all(list), 'statement_id')
  const actorIds = []
  for (const m of [speakers, about]) for (const l of m.values()) for (const r of l) actorIds.push(r.actor_id)
  const actors = byId(stmt(conn, `SELECT id, name, kind FROM actors WHERE ${IN('id')}`).all(uniq(actorIds)))
  const vals = [...rows.values()]
  const sources = byId(stmt(conn, `SELECT id, publisher, title, published, published_start, published_end, published_basis, published_note FROM sources WHERE ${IN('id')}`).all(uniq(vals.map((r) => r.source_id))))
  const meetings = byId(stmt(conn, `SELECT id, title, date, date_start, date_end, date_basis, date_note FROM meetings WHERE ${IN('id')}`).all(uniq(vals.map((r) => r.meeting_id))))
  const agreements = byId(stmt(conn, `SELECT id, title, status, date, date_start, date_end, date_basis, date_note FROM agreements WHERE ${IN('id')}`).all(uniq(vals.map((r) => r.agreement_id))))
  const out = []
  for (const id of ids) {
    const r = rows.get(id)
    if (!r) continue
    const s = sources.get(r.source_id)
    const m = r.meeting_id === null ? null : meetings.get(r.meeting_id)
    const g = r.agreement_id === null ? null : agreements.get(r.agreement_id)
    out.push({
      id: r.id,
      kind: r.kind,
      text: r.text,
      speakers: (speakers.get(id) ?? []).map((l) => actors.get(l.actor_id)),
      date: dateOf(r),
      source: { id: s.id, publisher: s.publisher, title: s.title, published: dateValue(s.published, s.published_start, s.published_end, s.published_basis, s.published_note) },
      meeting: m ? { id: m.id, title: m.title, date: dateOf(m) } : null,
      agreement: g ? { id: g.id, title: g.title, status: g.status, date: dateOf(g) } : null,
      about: (about.get(id) ?? []).map((l) => actors.get(l.actor_id)),
      topics: (topics.get(id) ?? []).map((l) => l.topic),
      citations: [{ source_id: r.source_id, start: r.text_start, end: r.text_end, quote: r.text }, ...(citations.get(id) ?? []).map((c) => ({ source_id: c.source_id, start: c.start, end: c.end, quote: c.quote }))],
      links: { self: `/v1/statements/${r.id}`, source: `/v1/sources/${r.source_id}`, source_text: `/v1/sources/${r.source_id}/text` },
      created_at: r.created_at,
      updated_at: r.updated_at,
      version: r.version,
    })
  }
  return out
}

// --- Statement lists ------------------------------------------------------------------------------------------
//
// Query shape: the API orders by coalesce(date_start, '9999-12-31') (undated last), which no index
// serves, so every page sorts the whole filtered set. The floor reads the same order in two index
// ranges of statements_date_idx (date_start, id): the dated rows, then the undated ones (date_start
// IS NULL) by id. The keyset position is the same (key, id) pair the API's cursor carries.

const UNDATED = '9999-12-31'

function overlap(query) {
  const where = []
  const params = []
  if (query.from) {
    where.push(`s.date IS NOT NULL AND coalesce(s.date_end, '9999-12-31') >= ?`)
    params.push(query.from)
  }
  if (query.to) {
    where.push(`s.date IS NOT NULL AND coalesce(s.date_start, '0000-01-01') <= ?`)
    params.push(query.to)
  }
  return { where, params }
}

/** Expands a from/to bound given as YYYY, YYYY-MM or YYYY-MM-DD to its first or last day. */
const lastDay = (y, m) => new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()
const bound = (value, which) => {
  if (!value) return undefined
  const [y, m, d] = value.split('-')
  if (d) return value
  if (m) return which === 'from' ? `${y}-${m}-01` : `${y}-${m}-${String(lastDay(y, m)).padStart(2, '0')}`
  return which === 'from' ? `${y}-01-01` : `${y}-12-31`
}

function listStatementIds(conn, query, limit) {
  const f = overlap({ from: bound(query.from, 'from'), to: bound(query.to, 'to') })
  const where = [...f.where]
  const params = [...f.params]
  const from = 'statements s'
  // Link filters as one set of ids, read from the covering indexes (actor_id, statement_id) and
  // (topic, statement_id) and intersected by a merge, before any statement row is read.
  const sets = []
  if (query.speaker) {
    sets.push(`SELECT statement_id FROM statement_speakers WHERE actor_id IN (SELECT value FROM json_each(?))`)
    params.unshift(JSON.stringify(query.speaker.split(',')))
  }
  if (query.topic) {
    sets.push(`SELECT statement_id FROM statement_topics WHERE topic IN (SELECT value FROM json_each(?))`)
    params.splice(sets.length - 1, 0, JSON.stringify(query.topic.split(',')))
  }
  if (sets.length > 0) where.unshift(`s.id IN (${sets.join(' INTERSECT ')})`)
  const afterKey = query.after_key
  const afterId = query.after_id
  const ids = []
  if (sets.length === 0) {
    // Dated rows in index order, then undated ones by id.
    if (afterKey === undefined || afterKey !== UNDATED) {
      const keyset = afterKey !== undefined ? ` AND (s.date_start, s.id) > (?, ?)` : ''
      const sql = `SELECT s.id FROM ${from} WHERE s.date_start IS NOT NULL${where.length ? ` AND ${where.join(' AND ')}` : ''}${keyset} ORDER BY s.date_start, s.id LIMIT ?`
      ids.push(...stmt(conn, sql).pluck().all(...params, ...(afterKey !== undefined ? [afterKey, afterId] : []), limit + 1))
    }
    if (ids.length <= limit) {
      const keyset = afterKey === UNDATED ? ` AND s.id > ?` : ''
      const sql = `SELECT s.id FROM ${from} WHERE s.date_start IS NULL${where.length ? ` AND ${where.join(' AND ')}` : ''}${keyset} ORDER BY s.id LIMIT ?`
      ids.push(...stmt(conn, sql).pluck().all(...params, ...(afterKey === UNDATED ? [afterId] : []), limit + 1 - ids.length))
    }
    return ids
  }
  const keyset = afterKey !== undefined ? ` AND (coalesce(s.date_start, '9999-12-31'), s.id) > (?, ?)` : ''
  const sql = `SELECT s.id FROM ${from} WHERE ${where.join(' AND ')}${keyset} ORDER BY coalesce(s.date_start, '9999-12-31'), s.id LIMIT ?`
  return stmt(conn, sql).pluck().all(...params, ...(afterKey !== undefined ? [afterKey, afterId] : []), limit + 1)
}

/**
 * Statement pages from the stored documents: one query that walks the API's own sort index
 * (statements_date_asc_idx: coalesce(date_start, '9999-12-31'), id) from the keyset position, with
 * the API's keyset shape `k >= ? AND (k > ? OR id > ?)`, and reads each row's document.
 */
function listStoredStatements(query, path) {
  const limit = query.limit ? Number(query.limit) : 50
  const f = overlap({ from: bound(query.from, 'from'), to: bound(query.to, 'to') })
  const where = [...f.where]
  const params = [...f.params]
  const sets = []
  const setParams = []
  if (query.speaker) {
    sets.push(`SELECT statement_id FROM statement_speakers WHERE actor_id IN (SELECT value FROM json_each(?))`)
    setParams.push(JSON.stringify(query.speaker.split(',')))
  }
  if (query.topic) {
    sets.push(`SELECT statement_id FROM statement_topics WHERE topic IN (SELECT value FROM json_each(?))`)
    setParams.push(JSON.stringify(query.topic.split(',')))
  }
  if (sets.length > 0) where.unshift(`s.id IN (${sets.join(' INTERSECT ')})`)
  const key = `coalesce(s.date_start, '${UNDATED}')`
  const keyset = query.after_key !== undefined
  if (keyset) where.push(`${key} >= ? AND (${key} > ? OR s.id > ?)`)
  const sql = `SELECT s.id AS id, ${key} AS k, s.document AS document FROM statements s${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${key}, s.id LIMIT ?`
  const rows = stmt(db, sql).all(...setParams, ...params, ...(keyset ? [query.after_key, query.after_key, query.after_id] : []), limit + 1)
  const page = rows.slice(0, limit)
  let next = null
  if (rows.length > limit) {
    const last = page.at(-1)
    const p = new URLSearchParams(Object.entries(query).filter(([k]) => k !== 'after_key' && k !== 'after_id'))
    p.set('after_key', last.k)
    p.set('after_id', last.id)
    next = `${path}?${p}`
  }
  return `{"data":[${page.map((r) => r.document).join(',')}],"links":${JSON.stringify({ self: `${path}?${new URLSearchParams(query)}`, next })}}`
}

function listStatements(query, path) {
  if (stored.has('statements')) return listStoredStatements(query, path)
  const limit = query.limit ? Number(query.limit) : 50
  const ids = listStatementIds(db, query, limit)
  const page = ids.slice(0, limit)
  const data = hydrateStatements(db, page)
  let next = null
  if (ids.length > limit && data.length > 0) {
    const last = data.at(-1)
    const params = new URLSearchParams(Object.entries(query).filter(([k]) => k !== 'after_key' && k !== 'after_id'))
    params.set('after_key', last.date.start ?? UNDATED)
    params.set('after_id', last.id)
    next = `${path}?${params}`
  }
  return { data, links: { self: `${path}?${new URLSearchParams(query)}`, next } }
}

// --- CSV: the API's columns, one sort of the matching ids, hydrated in batches --------------------------------

const FORMULA_START = /^[=+\-@\t\r]/
const csvCell = (value) => {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
const csvRow = (values) => `${values.map(csvCell).join(',')}\r\n`
const dateCols = (d) => [d.edtf, d.start, d.end, d.precision, d.uncertain, d.approximate, d.basis, d.note]
const CSV_HEADER = ['id', 'kind', 'text', 'speakers', 'speaker_names', 'date', 'date_start', 'date_end', 'date_precision', 'date_uncertain', 'date_approximate', 'date_basis', 'date_note', 'source_id', 'source_publisher', 'meeting_id', 'agreement_id', 'about', 'topics', 'text_start', 'text_end', 'citation_sources', 'citation_quotes', 'created_at', 'updated_at', 'version']
const csvValues = (s) => [
  s.id, s.kind, s.text, s.speakers.map((a) => a.id), s.speakers.map((a) => a.name), ...dateCols(s.date), s.source.id, s.source.publisher,
  s.meeting?.id, s.agreement?.id, s.about.map((a) => a.id), s.topics, s.citations[0]?.start, s.citations[0]?.end,
  s.citations.map((c) => c.source_id), s.citations.map((c) => c.quote), s.created_at, s.updated_at, s.version,
]

async function writeAll(res, chunks) {
  for (const chunk of chunks) {
    if (res.destroyed) return
    if (!res.write(chunk)) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)))
  }
  res.end()
}

function* csvChunks(conn, query) {
  // One read transaction: the export is one snapshot, like the API's.
  conn.exec('BEGIN')
  try {
    const f = overlap({ from: bound(query.from, 'from'), to: bound(query.to, 'to') })
    const ids = conn.prepare(`SELECT s.id FROM statements s WHERE ${f.where.join(' AND ') || '1'} ORDER BY coalesce(s.date_start, '9999-12-31'), s.id`).pluck().all(...f.params)
    yield csvRow(CSV_HEADER)
    for (let i = 0; i < ids.length; i += 1000) yield hydrateStatements(conn, ids.slice(i, i + 1000)).map((s) => csvRow(csvValues(s))).join('')
  } finally {
    conn.exec('COMMIT')
    conn.close()
  }
}

// --- NDJSON export: every record in the change feed's form, batched by id ------------------------------------

const citationsBy = (conn, column, ids) =>
  groupBy(stmt(conn, `SELECT ${column} AS subject, source_id, start, "end", quote FROM citations WHERE ${IN(column)} ORDER BY ${column}, position, id`).all(JSON.stringify(ids)), 'subject')
const cits = (map, key) => (map.get(key) ?? []).map((c) => ({ source_id: c.source_id, start: c.start, end: c.end, quote: c.quote }))
const meta = (r) => ({ created_at: r.created_at, updated_at: r.updated_at, version: r.version })

const RECORDS = {
  source: {
    table: 'sources',
    batch(conn, ids) {
      return stmt(conn, `SELECT * FROM sources WHERE ${IN('id')} ORDER BY id`).all(JSON.stringify(ids)).map((r) => ({
        id: r.id, title: r.title, publisher: r.publisher, author: r.author, url: r.url, language: r.language,
        published: { edtf: r.published, start: r.published_start, end: r.published_end, basis: r.published_basis, note: r.published_note },
        notes: r.notes, text: r.text, sha256: r.sha256, seed_file: r.seed_file, ...meta(r),
      }))
    },
  },
  actor: {
    table: 'actors',
    batch(conn, ids) {
      const rows = stmt(conn, `SELECT * FROM actors WHERE ${IN('id')} ORDER BY id`).all(JSON.stringify(ids))
      const affs = stmt(conn, `SELECT * FROM affiliations WHERE ${IN('person_id')} ORDER BY id`).all(JSON.stringify(ids))
      const affCits = citationsBy(conn, 'affiliation_id', affs.map((a) => a.id))
      const byPerson = groupBy(affs, 'person_id')
      const c = citationsBy(conn, 'actor_id', ids)
      return rows.map((r) => ({
        id: r.id, kind: r.kind, name: r.name, aliases: JSON.parse(r.aliases), country: r.country, description: r.description, citations: cits(c, r.id),
        affiliations: (byPerson.get(r.id) ?? []).map((a) => ({ organization_id: a.organization_id, role: a.role, date: dateRecord(a), citations: cits(affCits, a.id) })),
        ...meta(r),
      }))
    },
  },
  meeting: {
    table: 'meetings',
    batch(conn, ids) {
      const rows = stmt(conn, `SELECT * FROM meetings WHERE ${IN('id')} ORDER BY id`).all(JSON.stringify(ids))
      const parts = stmt(conn, `SELECT * FROM meeting_participants WHERE ${IN('meeting_id')} ORDER BY id`).all(JSON.stringify(ids))
      const partCits = citationsBy(conn, 'participant_id', parts.map((p) => p.id))
      const byMeeting = groupBy(parts, 'meeting_id')
      const c = citationsBy(conn, 'meeting_id', ids)
      return rows.map((r) => ({
        id: r.id, title: r.title, kind: r.kind, date: dateRecord(r), location: r.location, description: r.description, citations: cits(c, r.id),
        participants: (byMeeting.get(r.id) ?? []).map((p) => ({ actor_id: p.actor_id, role: p.role, citations: cits(partCits, p.id) })),
        ...meta(r),
      }))
    },
  },
  agreement: {
    table: 'agreements',
    batch(conn, ids) {
      const rows = stmt(conn, `SELECT * FROM agreements WHERE ${IN('id')} ORDER BY id`).all(JSON.stringify(ids))
      const parties = stmt(conn, `SELECT * FROM agreement_parties WHERE ${IN('agreement_id')} ORDER BY id`).all(JSON.stringify(ids))
      const partyCits = citationsBy(conn, 'party_id', parties.map((p) => p.id))
      const byAgreement = groupBy(parties, 'agreement_id')
      const c = citationsBy(conn, 'agreement_id', ids)
      return rows.map((r) => ({
        id: r.id, title: r.title, kind: r.kind, status: r.status, date: dateRecord(r), summary: r.summary, meeting_id: r.meeting_id, citations: cits(c, r.id),
        parties: (byAgreement.get(r.id) ?? []).map((p) => ({ actor_id: p.actor_id, citations: cits(partyCits, p.id) })),
        ...meta(r),
      }))
    },
  },
  statement: {
    table: 'statements',
    batch(conn, ids) {
      const list = JSON.stringify(ids)
      const rows = stmt(conn, `SELECT * FROM statements WHERE ${IN('id')} ORDER BY id`).all(list)
      const speakers = groupBy(stmt(conn, `SELECT statement_id, actor_id FROM statement_speakers WHERE ${IN('statement_id')} ORDER BY statement_id, position`).all(list), 'statement_id')
      const about = groupBy(stmt(conn, `SELECT statement_id, actor_id FROM statement_about WHERE ${IN('statement_id')} ORDER BY statement_id, position`).all(list), 'statement_id')
      const topics = groupBy(stmt(conn, `SELECT statement_id, topic FROM statement_topics WHERE ${IN('statement_id')} ORDER BY statement_id, position`).all(list), 'statement_id')
      const c = citationsBy(conn, 'statement_id', ids)
      return rows.map((r) => ({
        id: r.id, kind: r.kind, source_id: r.source_id, text: r.text, text_start: r.text_start, text_end: r.text_end, date: dateRecord(r),
        meeting_id: r.meeting_id, agreement_id: r.agreement_id,
        speakers: (speakers.get(r.id) ?? []).map((l) => l.actor_id), about: (about.get(r.id) ?? []).map((l) => l.actor_id), topics: (topics.get(r.id) ?? []).map((l) => l.topic),
        citations: cits(c, r.id), ...meta(r),
      }))
    },
  },
}

function* ndjsonChunks(conn) {
  conn.exec('BEGIN')
  try {
    const revision = conn.prepare('SELECT coalesce(max(seq), 0) FROM changes').pluck().get()
    const counts = Object.fromEntries(Object.entries(RECORDS).map(([type, r]) => [type, conn.prepare(`SELECT count(*) FROM ${r.table}`).pluck().get()]))
    yield `${JSON.stringify({ type: 'meta', revision, exported_at: new Date().toISOString(), counts })}\n`
    for (const [type, r] of Object.entries(RECORDS)) {
      const page = conn.prepare(`SELECT id FROM ${r.table} WHERE id > ? ORDER BY id LIMIT 1000`).pluck()
      for (let after = ''; ; ) {
        const ids = page.all(after)
        if (ids.length === 0) break
        yield r.batch(conn, ids).map((rec) => `${JSON.stringify({ type, ...rec })}\n`).join('')
        after = ids.at(-1)
      }
    }
  } finally {
    conn.exec('COMMIT')
    conn.close()
  }
}

// --- Search, timeline, changes --------------------------------------------------------------------------------

const toFts = (q) => q.match(/"[^"]*"|\S+/g).map((t) => (t.startsWith('"') ? t : `"${t.replace(/"/g, '""')}"`)).join(' ')
const OPEN = '\uE000'
const CLOSE = '\uE001'
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const PLURAL = { statement: 'statements', actor: 'actors', meeting: 'meetings', agreement: 'agreements', source: 'sources' }
const TITLE = { actor: 'name', meeting: 'title', agreement: 'title', statement: 'text', source: 'coalesce(title, publisher, id)' }
const shorten = (s, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

// Query shape: entity_type is an UNINDEXED column, so filtering on it reads every matching row's
// content; when all five types are asked for (the default) the floor leaves the filter out, which
// makes the count an index-only query.
const ALL_TYPES = ['statement', 'actor', 'meeting', 'agreement', 'source']
function search(query) {
  const match = toFts(query.q)
  const asked = (query.type ?? ALL_TYPES.join(',')).split(',')
  const all = ALL_TYPES.every((t) => asked.includes(t))
  const typeFilter = all ? '' : ' AND entity_type IN (SELECT value FROM json_each(?))'
  const typeParams = all ? [] : [JSON.stringify(asked)]
  const limit = query.limit ? Number(query.limit) : 50
  const rows = stmt(db, `SELECT entity_type AS type, entity_id AS id, bm25(search_index, 0, 0, 5.0, 1.0) AS rank, snippet(search_index, -1, '${OPEN}', '${CLOSE}', '…', 16) AS snippet
    FROM search_index WHERE search_index MATCH ?${typeFilter} ORDER BY rank, entity_type, entity_id LIMIT ? OFFSET 0`).all(match, ...typeParams, limit)
  const total = stmt(db, `SELECT count(*) FROM search_index WHERE search_index MATCH ?${typeFilter}`).pluck().get(match, ...typeParams)
  const titles = new Map()
  for (const [type, hits] of groupBy(rows, 'type')) {
    for (const r of stmt(db, `SELECT id, ${TITLE[type]} AS title FROM ${PLURAL[type]} WHERE ${IN('id')}`).all(JSON.stringify(hits.map((h) => h.id)))) titles.set(`${type}:${r.id}`, shorten(r.title))
  }
  return {
    data: rows.map((r) => ({ type: r.type, id: r.id, title: titles.get(`${r.type}:${r.id}`), rank: r.rank, snippet: escapeHtml(r.snippet ?? '').replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>'), links: { self: `/v1/${PLURAL[r.type]}/${r.id}` } })),
    links: { self: `/v1/search?${new URLSearchParams(query)}`, next: rows.length < total ? `/v1/search?${new URLSearchParams({ ...query, offset: String(rows.length) })}` : null },
    meta: { total, query: query.q },
  }
}

// Query shape: the same UNION and counts as the API (no index serves an overlap on [start, end]).
function timeline(query) {
  const from = bound(query.from, 'from') ?? '0000-01-01'
  const to = bound(query.to, 'to') ?? '9999-12-31'
  const limit = query.limit ? Number(query.limit) : 50
  const part = (type, table, title) =>
    `SELECT '${type}' AS type, t.id AS id, ${title} AS title, coalesce(t.date_start, t.date_end) AS k, t.date, t.date_start, t.date_end, t.date_basis, t.date_note FROM ${table} t
     WHERE t.date IS NOT NULL AND coalesce(t.date_end, '9999-12-31') >= ? AND coalesce(t.date_start, '0000-01-01') <= ?`
  const rows = stmt(db, `SELECT * FROM (${part('meeting', 'meetings', 't.title')} UNION ALL ${part('agreement', 'agreements', 't.title')} UNION ALL ${part('statement', 'statements', 't.text')}) u
    ORDER BY u.k, u.type, u.id LIMIT ?`).all(from, to, from, to, from, to, limit + 1)
  const page = rows.slice(0, limit)
  const of = (type) => JSON.stringify(page.filter((r) => r.type === type).map((r) => r.id))
  const linked = stmt(db, `SELECT 'meeting:' || meeting_id AS key, actor_id, id AS pos FROM meeting_participants WHERE meeting_id IN (SELECT value FROM json_each(?))
          UNION ALL SELECT 'agreement:' || agreement_id, actor_id, id FROM agreement_parties WHERE agreement_id IN (SELECT value FROM json_each(?))
          UNION ALL SELECT 'statement:' || statement_id, actor_id, position FROM statement_speakers WHERE statement_id IN (SELECT value FROM json_each(?))
          ORDER BY key, pos`).all(of('meeting'), of('agreement'), of('statement'))
  const actors = byId(stmt(db, `SELECT id, name, kind FROM actors WHERE ${IN('id')}`).all(uniq(linked.map((l) => l.actor_id))))
  const byKey = groupBy(linked, 'key')
  const undated = Object.fromEntries(
    [['meeting', 'meetings'], ['agreement', 'agreements'], ['statement', 'statements']].map(([type, table]) => [type, stmt(db, `SELECT count(*) FROM ${table} WHERE date IS NULL`).pluck().get()]),
  )
  const last = page.at(-1)
  return {
    data: page.map((r) => ({ type: r.type, id: r.id, title: r.title, date: dateOf(r), actors: (byKey.get(`${r.type}:${r.id}`) ?? []).map((l) => actors.get(l.actor_id)), links: { self: `/v1/${r.type}s/${r.id}` } })),
    links: { self: `/v1/timeline?${new URLSearchParams(query)}`, next: rows.length > limit && last ? `/v1/timeline?${new URLSearchParams({ ...query, after: JSON.stringify([last.k, last.type, last.id]) })}` : null },
    meta: { undated },
  }
}

// The change feed: each row's data is already JSON; it is spliced in, never parsed.
function changes(query) {
  const since = Number(query.since ?? 0)
  const limit = Number(query.limit ?? 100)
  const rows = stmt(db, 'SELECT seq, entity_type, entity_id, op, version, changed_at, author, data FROM changes WHERE seq > ? ORDER BY seq LIMIT ?').all(since, limit)
  const revision = stmt(db, 'SELECT coalesce(max(seq), 0) FROM changes').pluck().get()
  const nextSince = rows.at(-1)?.seq ?? since
  const items = rows.map(
    (r) => `{"seq":${r.seq},"entity_type":${JSON.stringify(r.entity_type)},"id":${JSON.stringify(r.entity_id)},"op":"${r.op}","version":${r.version},"changed_at":"${r.changed_at}","author":${JSON.stringify(r.author)},"data":${r.data ?? 'null'}}`,
  )
  const base = `/v1/changes?limit=${limit}`
  return `{"data":[${items.join(',')}],"next_since":${nextSince},"revision":${revision},"links":{"self":"${base}&since=${since}","next":"${base}&since=${nextSince}"}}`
}

// --- HTTP -----------------------------------------------------------------------------------------------------

const sendJson = (res, status, body) => {
  const payload = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) })
  res.end(payload)
}

const server = createServer((req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost')
    const query = Object.fromEntries(url.searchParams)
    const path = url.pathname
    if (path === '/v1/statements') {
      if (query.format === 'csv') {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8; header=present' })
        return void writeAll(res, csvChunks(open(), query))
      }
      return sendJson(res, 200, listStatements(query, path))
    }
    const item = /^\/v1\/(sources|actors|meetings|agreements|statements)\/([^/]+)$/.exec(path)
    if (item) {
      const [, table, id] = item
      if (stored.has(table)) {
        const document = stmt(db, `SELECT document FROM ${table} WHERE id = ?`).pluck().get(decodeURIComponent(id))
        return document ? sendJson(res, 200, document) : sendJson(res, 404, { title: 'Not Found', status: 404 })
      }
      const [s] = table === 'statements' ? hydrateStatements(db, [decodeURIComponent(id)]) : []
      return s ? sendJson(res, 200, s) : sendJson(res, 404, { title: 'Not Found', status: 404 })
    }
    if (path === '/v1/search') return sendJson(res, 200, search(query))
    if (path === '/v1/timeline') return sendJson(res, 200, timeline(query))
    if (path === '/v1/changes') return sendJson(res, 200, changes(query))
    if (path === '/v1/export.ndjson') {
      res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' })
      return void writeAll(res, ndjsonChunks(open()))
    }
    if (path === '/health') return sendJson(res, 200, { status: 'ok' })
    sendJson(res, 404, { title: 'Not Found', status: 404 })
  } catch (error) {
    console.error(error)
    if (!res.headersSent) sendJson(res, 500, { title: String(error.message), status: 500 })
    else res.destroy()
  }
})
server.keepAliveTimeout = 65_000
server.listen(Number(args.port), '127.0.0.1', () =>
  console.log(`floor listening at http://127.0.0.1:${server.address().port} (stored documents: ${stored.size > 0 ? [...stored].join(', ') : 'none, hydrating'})`),
)
const stop = () => server.close(() => (db.close(), process.exit(0)))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
