// The keyset cursor under every sort: for random sorts by one to three keys (each ascending or
// descending) and random filters, on a generated dataset with many ties (kinds, sources, dates,
// undated rows), paging through the list with the cursor at a random page size gives exactly the
// rows of one unpaged query, in the same order, each once.
import path from 'node:path'
import fc from 'fast-check'
import t from 'tap'
import { generateDataset } from '../../../src/cli/gen/generate.js'
import { createApp } from '../../../src/app.js'
import { MAX_SORT_KEYS } from '../../../src/schemas/query.js'
import { COLLECTIONS, type CollectionName } from '../../../src/services/collections.js'
import { scratchDir } from '../../helper.js'

const databasePath = path.join(scratchDir(t), 'paging.db')
generateDataset({ statements: 300, out: databasePath, seed: 11 })
const app = await createApp({ databasePath, readPool: { threads: 0 } })
t.teardown(() => app.close())

const one = (sql: string) => app.db.reader.prepare(sql).pluck().get() as string

// Filters that select part of each list (each a query string fragment), from the generated data.
// (No disputes: the generator makes none, so their paging is checked in test/routes/v1/disputes.test.ts.)
const FILTERS: Record<Exclude<CollectionName, 'disputes'>, string[]> = {
  statements: [
    'date__isnull=false',
    'date__isnull=true',
    `date__overlaps=${one('SELECT substr(date_start, 1, 4) FROM statements WHERE date_start IS NOT NULL ORDER BY id LIMIT 1')}`,
    `kind=${one('SELECT kind FROM statements GROUP BY kind ORDER BY count(*) DESC LIMIT 1')}`,
    `speaker=${one('SELECT actor_id FROM statement_speakers GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1')}`,
    'version__lte=1',
  ],
  actors: ['kind=person', 'name__contains=a', `country=${one('SELECT country FROM actors WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 1')}`],
  meetings: ['date__isnull=false', 'title__contains=e', `kind=${one('SELECT kind FROM meetings GROUP BY kind ORDER BY count(*) DESC LIMIT 1')}`],
  agreements: ['date__isnull=false', `status=${one('SELECT status FROM agreements GROUP BY status ORDER BY count(*) DESC LIMIT 1')}`],
  sources: ['published__isnull=false', 'title__contains=a'],
}

const names = Object.keys(FILTERS) as (keyof typeof FILTERS)[]

/** A sort: distinct keys of the collection, the id (unique) only as the last, each with a direction. */
const sortOf = (collection: CollectionName) => {
  const keys = Object.keys(COLLECTIONS[collection].spec.sorts)
  return fc
    .uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: MAX_SORT_KEYS })
    .map((picked) => [...picked.filter((k) => k !== 'id'), ...(picked.includes('id') ? ['id'] : [])])
    .chain((picked) => fc.tuple(...picked.map((k) => fc.constantFrom(k, `-${k}`))))
    .map((keys) => keys.join(','))
}

const caseOf = fc.constantFrom(...names).chain((collection) =>
  fc.record({
    collection: fc.constant(collection),
    sort: sortOf(collection),
    filters: fc.subarray(FILTERS[collection], { maxLength: 2 }),
    limit: fc.integer({ min: 2, max: 40 }),
  }),
)

async function ids(url: string): Promise<{ ids: string[]; next: string | null }> {
  const res = await app.inject({ url })
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  const body = res.json() as { data: { id: string }[]; links: { next: string | null } }
  return { ids: body.data.map((d) => d.id), next: body.links.next }
}

t.test('paging with the cursor gives the rows of one unpaged query, in its order', async (t) => {
  let nonEmpty = 0
  await fc.assert(
    fc.asyncProperty(caseOf, async ({ collection, sort, filters, limit }) => {
      const query = [...filters, `sort=${sort}`].join('&')
      const unpaged = await ids(`/v1/${collection}?${query}&limit=500`)
      if (unpaged.next !== null) throw new Error('the generated dataset must fit one unpaged query (500 rows)')
      const paged: string[] = []
      let next: string | null = `/v1/${collection}?${query}&limit=${limit}`
      for (let pages = 0; next !== null; pages++) {
        if (pages > 500) throw new Error('too many pages: the cursor does not advance')
        const page = await ids(next)
        if (page.ids.length > limit) throw new Error('a page longer than its limit')
        paged.push(...page.ids)
        next = page.next
      }
      if (unpaged.ids.length > limit) nonEmpty++
      t.same(paged, unpaged.ids, `${collection}?${query} in pages of ${limit}`)
      return JSON.stringify(paged) === JSON.stringify(unpaged.ids)
    }),
    { numRuns: 80, seed: 20261201 },
  )
  t.ok(nonEmpty > 20, `most cases span several pages (${nonEmpty} of 80)`)
})
