// Search, timeline and the index: the read operations that span collections.
import type { Sqlite } from '../db/connection.js'
import { readMeta } from '../db/dataset-meta.js'
import { latestSeq } from '../repositories/changes.js'
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js'
import * as vocabulary from '../domain/vocabulary.js'
import { actorRefs, dateOf, must } from '../repositories/refs.js'
import { searchIndex, type SearchType } from '../repositories/search.js'
import { all, groupBy } from '../repositories/sql.js'
import { timelineActors, timelinePage, undatedCounts, type TimelineType } from '../repositories/timeline.js'
import { resolveFilterValues } from './filter-values.js'
import { badParameter, dateOverlap, DEFAULT_LIMIT, pageUrl, withSearchErrors } from './list-service.js'

const split = (v: unknown) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined)
const shorten = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

function cursorOrFail<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof CursorError) throw badParameter('cursor', `${error.message}; start again without a cursor`)
    throw error
  }
}

const PLURAL: Record<SearchType, string> = { statement: 'statements', actor: 'actors', meeting: 'meetings', agreement: 'agreements', source: 'sources', dispute: 'disputes' }

function titles(db: Sqlite, hits: { type: SearchType; id: string }[]): Map<string, string> {
  const byType = groupBy(hits, (h) => h.type)
  const out = new Map<string, string>()
  const column: Record<SearchType, string> = {
    actor: 'name',
    meeting: 'title',
    agreement: 'title',
    statement: 'text',
    source: `coalesce(title, publisher, id)`,
    dispute: 'question',
  }
  for (const [type, list] of byType) {
    for (const r of all<{ id: string; title: string }>(db, {
      sql: `SELECT id, ${column[type]} AS title FROM ${PLURAL[type]} WHERE id IN (SELECT value FROM json_each(?))`,
      params: [JSON.stringify(list.map((h) => h.id))],
    })) {
      out.set(`${type}:${r.id}`, shorten(r.title))
    }
  }
  return out
}

export function search(db: Sqlite, query: Record<string, unknown>, rawQuery: Record<string, string>, path = '/v1/search') {
  const q = query.q as string
  const types = (split(query.type) ?? ['statement', 'actor', 'meeting', 'agreement', 'source', 'dispute']) as SearchType[]
  const limit = typeof query.limit === 'number' ? query.limit : DEFAULT_LIMIT
  const secret = readMeta(db, 'cursor_secret') as string
  const scope = `search?q=${q}&type=${types.join(',')}`
  // Ranked results page by position; the cursor binds it to this query.
  const offset = typeof query.cursor === 'string' ? Number(cursorOrFail(() => decodeCursor(secret, scope, query.cursor as string)).key) : 0
  const { hits, total } = withSearchErrors('q', () => searchIndex(db, q, types, limit, offset))
  const names = titles(db, hits)
  const next = offset + hits.length < total ? pageUrl(path, rawQuery, encodeCursor(secret, scope, { key: offset + hits.length, id: '' })) : null
  return {
    data: hits.map((h) => ({
      type: h.type,
      id: h.id,
      title: must(names, `${h.type}:${h.id}`),
      rank: h.rank,
      snippet: h.snippet,
      links: { self: `/v1/${PLURAL[h.type]}/${h.id}` },
    })),
    links: { self: pageUrl(path, rawQuery, typeof query.cursor === 'string' ? query.cursor : undefined), next },
    meta: { total, query: q },
  }
}

/** The timeline's filters, for resolveFilterValues. */
const TIMELINE_FILTERS = { filters: { actor: 'actors', topic: 'topics', type: 'types' } }

export function timeline(db: Sqlite, rawFilters: Record<string, unknown>, rawQuery: Record<string, string>, path = '/v1/timeline') {
  const query = resolveFilterValues(db, TIMELINE_FILTERS, rawFilters)
  const types = (split(query.type) ?? ['meeting', 'agreement', 'statement', 'dispute']) as TimelineType[]
  const filters = {
    types,
    actors: split(query.actor),
    topics: split(query.topic),
    dated: dateOverlap('t.date', query.from, query.to),
  }
  const dir = query.sort === '-date' ? 'desc' : 'asc'
  const limit = typeof query.limit === 'number' ? query.limit : DEFAULT_LIMIT
  const secret = readMeta(db, 'cursor_secret') as string
  const scope = `timeline?${Object.entries(query).filter(([k]) => !['cursor', 'limit', 'pretty', 'min_revision', 'format'].includes(k)).sort().map(([k, v]) => `${k}=${String(v)}`).join('&')}`
  const after = typeof query.cursor === 'string' ? cursorOrFail(() => decodeCursor(secret, scope, query.cursor as string)) : undefined
  const afterKey = after ? (JSON.parse(String(after.key)) as [string, string]) : undefined
  const { rows, hasMore } = timelinePage(db, filters, dir, afterKey && after ? { key: afterKey[0], type: afterKey[1], id: after.id } : undefined, limit)
  const linked = timelineActors(db, rows)
  const refs = actorRefs(db, linked.map((l) => l.actor_id))
  const actors = groupBy(linked, (l) => l.key)
  const last = rows.at(-1)
  const next = hasMore && last ? pageUrl(path, rawQuery, encodeCursor(secret, scope, { key: JSON.stringify([last.k, last.type]), id: last.id })) : null
  return {
    data: rows.map((r) => {
      return {
        type: r.type,
        id: r.id,
        title: r.title,
        date: dateOf(r),
        actors: (actors.get(`${r.type}:${r.id}`) ?? []).map((l) => must(refs, l.actor_id)),
        links: { self: `/v1/${r.type}s/${r.id}` },
      }
    }),
    links: { self: pageUrl(path, rawQuery, typeof query.cursor === 'string' ? query.cursor : undefined), next },
    meta: { undated: undatedCounts(db, filters) },
  }
}

export function datasetIndex(db: Sqlite) {
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM meetings) AS meetings,
              (SELECT count(*) FROM agreements) AS agreements, (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM disputes) AS disputes, (SELECT count(*) FROM citations) AS citations`,
    )
    .get() as Record<string, number>
  return {
    name: 'Negotiations Dataset API',
    description:
      'US–Iraq security talks, 2021–2024, from five news articles. Every fact cites the exact words of its source (code-point offsets); every date is EDTF with its basis.',
    revision: latestSeq(db),
    counts,
    vocabularies: {
      actor_kinds: [...vocabulary.ACTOR_KINDS],
      meeting_kinds: [...vocabulary.MEETING_KINDS],
      participant_roles: [...vocabulary.PARTICIPANT_ROLES],
      agreement_kinds: [...vocabulary.AGREEMENT_KINDS],
      agreement_statuses: [...vocabulary.AGREEMENT_STATUSES],
      statement_kinds: [...vocabulary.STATEMENT_KINDS],
      dispute_kinds: [...vocabulary.DISPUTE_KINDS],
      dispute_statuses: [...vocabulary.DISPUTE_STATUSES],
      topics: [...vocabulary.TOPICS],
      date_bases: [...vocabulary.DATE_BASES],
    },
    links: {
      self: '/v1',
      sources: '/v1/sources',
      actors: '/v1/actors',
      meetings: '/v1/meetings',
      agreements: '/v1/agreements',
      statements: '/v1/statements',
      disputes: '/v1/disputes',
      search: '/v1/search?q={query}',
      timeline: '/v1/timeline',
      changes: '/v1/changes',
      export_ndjson: '/v1/export.ndjson',
      snapshot: '/v1/snapshot.sqlite',
      openapi_json: '/openapi.json',
      openapi_yaml: '/openapi.yaml',
      docs: '/docs',
    },
  }
}
