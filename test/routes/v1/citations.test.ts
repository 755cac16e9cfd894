/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are loose JSON here */
// The citations and relations collections. Expectations come from the five entity collections (the
// citations their items embed, read from the stored documents) and from the source texts, never
// from the views' own code: the views must list exactly what the entities cite.
import { parse as parseCsv } from 'csv-parse/sync'
import t, { type Test } from 'tap'
import { createKey } from '../../../src/repositories/api-keys.js'
import { buildApp } from '../../helper.js'

type App = Awaited<ReturnType<typeof buildApp>>
const RUDAW = 'rudaw-us-iraq-reach-understanding'

/** Every item of a list, following links.next. */
async function listAll(app: App, url: string): Promise<any[]> {
  const items: any[] = []
  let next: string | null = `${url}${url.includes('?') ? '&' : '?'}limit=500`
  for (let i = 0; next && i < 100; i++) {
    const res: Awaited<ReturnType<App['inject']>> = await app.inject({ url: next })
    if (res.statusCode !== 200) throw new Error(`${next}: ${res.statusCode} ${res.body}`)
    items.push(...res.json().data)
    next = res.json().links.next
  }
  return items
}

const key = (c: { source_id: string; start: number; end: number; quote: string }) => `${c.source_id}@${c.start}-${c.end}:${c.quote}`

/** What the entity documents cite, per subject "<type>:<id>" (ids of relations as the docs give their ends). */
async function citedByEntities(app: App): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  const add = (subject: string, citations: any[]) => out.set(subject, [...(out.get(subject) ?? []), ...citations.map(key)])
  for (const a of await listAll(app, '/v1/actors')) {
    add(`actor:${a.id}`, a.citations)
    const ranks = new Map<string, number>()
    for (const f of a.affiliations) {
      const rank = (ranks.get(f.organization.id) ?? 0) + 1
      ranks.set(f.organization.id, rank)
      add(`affiliation:${a.id}:${f.organization.id}:${rank}`, f.citations)
    }
  }
  for (const m of await listAll(app, '/v1/meetings')) {
    add(`meeting:${m.id}`, m.citations)
    for (const p of m.participants) add(`participant:${m.id}:${p.actor.id}`, p.citations)
  }
  for (const g of await listAll(app, '/v1/agreements')) {
    add(`agreement:${g.id}`, g.citations)
    for (const p of g.parties) add(`party:${g.id}:${p.actor.id}`, p.citations)
  }
  // A statement's first citation is its own span (the statement itself), not a row of /v1/citations.
  for (const s of await listAll(app, '/v1/statements')) add(`statement:${s.id}`, s.citations.slice(1))
  // A dispute's claims, each `<dispute>:<its place among the claims>`.
  for (const d of await listAll(app, '/v1/disputes')) d.claims.forEach((c: any, i: number) => add(`claim:${d.id}:${i + 1}`, c.citations))
  for (const [k, v] of out) if (v.length === 0) out.delete(k)
  return out
}

const isProblem = (t: Test, res: Awaited<ReturnType<App['inject']>>, status: number, name?: string) => {
  t.equal(res.statusCode, status, `${res.raw.req.url}: status ${status}`)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  if (name) t.ok(res.json().errors?.some((e: any) => e.name === name), `the problem names ${name}`, { errors: res.json().errors })
  return res.json()
}

t.test('the citations list is exactly what the entities cite, each quote the words of its source', async (t) => {
  const app = await buildApp(t)
  const citations = await listAll(app, '/v1/citations')
  const expected = await citedByEntities(app)
  const got = new Map<string, string[]>()
  for (const c of citations) {
    const subject = `${c.subject.type}:${c.subject.id}`
    got.set(subject, [...(got.get(subject) ?? []), key(c)])
  }
  const sorted = (m: Map<string, string[]>) => Object.fromEntries([...m].map(([k, v]) => [k, [...v].sort()]).sort())
  t.same(sorted(got), sorted(expected), 'the same citations of the same subjects')
  t.equal(new Set(citations.map((c) => c.id)).size, citations.length, 'ids are unique')

  const texts = new Map<string, string[]>()
  for (const c of citations) {
    if (!texts.has(c.source_id)) texts.set(c.source_id, Array.from((await app.inject({ url: `/v1/sources/${c.source_id}/text` })).body))
    t.equal((texts.get(c.source_id) as string[]).slice(c.start, c.end).join(''), c.quote, `${c.id}: the quote is the source's code points start..end`)
  }
  const starts = citations.map((c) => c.start)
  t.same(starts, [...starts].sort((a, b) => a - b), 'default order: by start offset')

  // Relations name their ends, which are the ends the subject id is made of.
  for (const c of citations.filter((c) => c.subject.type === 'participant')) t.equal(c.subject.id, `${c.subject.meeting_id}:${c.subject.actor_id}`)
  for (const c of citations.filter((c) => c.subject.type === 'affiliation')) t.match(c.subject.id, new RegExp(`^${c.subject.person_id}:${c.subject.organization_id}:\\d+$`))

  // Every link resolves, and the item is the list's entry.
  for (const c of citations.filter((_, i) => i % 7 === 0)) {
    const item = await app.inject({ url: c.links.self })
    t.equal(item.statusCode, 200)
    t.same(item.json(), c, `${c.id}: the item equals its list entry`)
    t.equal((await app.inject({ url: c.links.subject })).statusCode, 200, `${c.links.subject} resolves`)
  }
})

t.test('the span filter lists what a passage supports', async (t) => {
  const app = await buildApp(t)
  const all = await listAll(app, `/v1/citations?source=${RUDAW}`)
  t.ok(all.length > 5, 'the source has citations')
  t.ok(all.every((c) => c.source_id === RUDAW))
  const text = Array.from((await app.inject({ url: `/v1/sources/${RUDAW}/text` })).body)
  // The passage: the paragraph holding the 5th citation, as the text's line breaks delimit it.
  const at = all[4].start
  const start = text.lastIndexOf('\n', at) + 1
  const end = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at)
  const overlapping = all.filter((c) => c.start < end && c.end > start)
  const spanned = await listAll(app, `/v1/citations?source=${RUDAW}&overlaps=${start}-${end}`)
  t.same(spanned.map((c) => c.id), overlapping.map((c) => c.id), 'the citations sharing a code point with the paragraph, in text order')
  t.ok(spanned.length < all.length, 'and not the others')
  const edge = await listAll(app, `/v1/citations?source=${RUDAW}&overlaps=${all[4].end}-${all[4].end + 1}`)
  t.notOk(edge.some((c) => c.id === all[4].id), 'a span starting where a citation ends does not overlap it (ends are exclusive)')
  const several = await listAll(app, `/v1/citations?source=${RUDAW}&overlaps=${all[0].start}-${all[0].end},${all.at(-1).start}-${all.at(-1).end}`)
  t.ok(several.some((c) => c.id === all[0].id) && several.some((c) => c.id === all.at(-1).id), 'several spans mean OR')

  const statements = await listAll(app, `/v1/statements?source=${RUDAW}`)
  const own = statements.filter((s) => s.citations[0].start < end && s.citations[0].end > start).map((s) => s.id).sort()
  const spannedStatements = await listAll(app, `/v1/statements?source=${RUDAW}&overlaps=${start}-${end}`)
  t.same(spannedStatements.map((s) => s.id).sort(), own, 'statements take the same filter, over their own span')
})

t.test('the span filter and the other citation filters refuse what they cannot answer', async (t) => {
  const app = await buildApp(t)
  isProblem(t, await app.inject({ url: '/v1/citations?overlaps=10-20' }), 400, 'overlaps')
  isProblem(t, await app.inject({ url: `/v1/citations?source=${RUDAW},pentagon-negotiations-with-iraq-continue&overlaps=10-20` }), 400, 'overlaps')
  const reversed = isProblem(t, await app.inject({ url: `/v1/citations?source=${RUDAW}&overlaps=20-10` }), 400, 'overlaps')
  t.match(reversed.detail, /reversed/)
  isProblem(t, await app.inject({ url: `/v1/citations?source=${RUDAW}&overlaps=10-10` }), 400, 'overlaps')
  isProblem(t, await app.inject({ url: `/v1/citations?source=${RUDAW}&overlaps=ten-20` }), 400, 'overlaps')
  isProblem(t, await app.inject({ url: `/v1/citations?source=${RUDAW}&overlaps=-5-20` }), 400, 'overlaps')
  isProblem(t, await app.inject({ url: '/v1/statements?overlaps=10-20' }), 400, 'overlaps')
  isProblem(t, await app.inject({ url: '/v1/citations?source=no-such-source' }), 400, 'source')
  isProblem(t, await app.inject({ url: '/v1/citations?subject=lloyd-austin' }), 400, 'subject')
  isProblem(t, await app.inject({ url: '/v1/citations?subject=participant:only-one-end' }), 400, 'subject')
  isProblem(t, await app.inject({ url: '/v1/citations?subject=affiliation:a:b:0' }), 400, 'subject')
  isProblem(t, await app.inject({ url: '/v1/citations?subject_type=answer' }), 400, 'subject_type')
  isProblem(t, await app.inject({ url: '/v1/citations?sort=date' }), 400, 'sort')
  isProblem(t, await app.inject({ url: '/v1/citations?quote=x' }), 400, 'quote')
  isProblem(t, await app.inject({ url: '/v1/citations?facet=kind' }), 400, 'facet')
  isProblem(t, await app.inject({ url: '/v1/participants?person=lloyd-austin' }), 400, 'person')
  isProblem(t, await app.inject({ url: '/v1/participants?role=boss' }), 400, 'role')
  isProblem(t, await app.inject({ url: '/v1/affiliations?person=lloyd-austen' }), 400, 'person')
  isProblem(t, await app.inject({ url: '/v1/citations/actor:lloyd-austin:999' }), 404)
  isProblem(t, await app.inject({ url: '/v1/citations/not-a-citation' }), 404)
  isProblem(t, await app.inject({ url: '/v1/participants/no-meeting:lloyd-austin' }), 404)
  isProblem(t, await app.inject({ url: '/v1/affiliations/lloyd-austin' }), 404)
})

t.test('subject and subject_type filters, facets, cursor, CSV and NDJSON', async (t) => {
  const app = await buildApp(t)
  const all = await listAll(app, '/v1/citations')
  const facets = (await app.inject({ url: '/v1/citations?facet=subject_type,source&include_total=true&limit=1' })).json().meta
  t.equal(facets.total, all.length)
  const byType = Object.fromEntries(facets.facets.subject_type.map((f: any) => [f.value, f.count]))
  const counted: Record<string, number> = {}
  for (const c of all) counted[c.subject.type] = (counted[c.subject.type] ?? 0) + 1
  t.same(byType, counted, 'subject_type facet counts')
  t.equal(facets.facets.source.reduce((n: number, f: any) => n + f.count, 0), all.length, 'source facet counts add up')

  for (const type of ['participant', 'affiliation', 'statement']) {
    const list = await listAll(app, `/v1/citations?subject_type=${type}`)
    t.same(list.map((c) => c.id), all.filter((c) => c.subject.type === type).map((c) => c.id), `subject_type=${type}`)
  }
  const subjects = [all.find((c) => c.subject.type === 'party'), all.find((c) => c.subject.type === 'actor')].map((c) => `${c.subject.type}:${c.subject.id}`)
  const bySubject = await listAll(app, `/v1/citations?subject=${subjects.join(',')}`)
  t.same(bySubject.map((c) => c.id), all.filter((c) => subjects.includes(`${c.subject.type}:${c.subject.id}`)).map((c) => c.id), 'subject (two values: OR)')

  // Small pages through the cursor give the unpaged list.
  const paged: any[] = []
  let next: string | null = '/v1/citations?limit=9'
  while (next) {
    const res: Awaited<ReturnType<App['inject']>> = await app.inject({ url: next })
    paged.push(...res.json().data)
    next = res.json().links.next
  }
  t.same(paged.map((c) => c.id), all.map((c) => c.id), 'paging by cursor')
  isProblem(t, await app.inject({ url: `/v1/citations?subject_type=actor&cursor=${new URL(`http://x${(await app.inject({ url: '/v1/citations?limit=2' })).json().links.next}`).searchParams.get('cursor')}` }), 400, 'cursor')

  const csv = await app.inject({ url: `/v1/citations?source=${RUDAW}`, headers: { accept: 'text/csv' } })
  t.equal(csv.statusCode, 200)
  const rows = parseCsv(csv.body, { columns: true }) as Record<string, string>[]
  const inSource = all.filter((c) => c.source_id === RUDAW)
  t.same(rows.map((r) => r.id), inSource.map((c) => c.id))
  for (const [i, r] of rows.entries()) {
    const c = inSource[i]
    t.same([r.subject_type, r.subject_id, r.start, r.end, (r.quote ?? '').replace(/^'/, '')], [c.subject.type, c.subject.id, String(c.start), String(c.end), c.quote])
    const end = c.subject.type === 'participant' ? r.meeting_id : c.subject.type === 'actor' ? r.actor_id : undefined
    if (end !== undefined) t.equal(end, c.subject.meeting_id ?? c.subject.id, 'the subject is named in its end columns')
  }
  const ndjson = await app.inject({ url: `/v1/citations?source=${RUDAW}&format=ndjson` })
  t.equal(ndjson.headers['content-type'], 'application/x-ndjson; charset=utf-8')
  t.same(ndjson.body.trimEnd().split('\n').map((l) => JSON.parse(l)), inSource, 'NDJSON: the list entries, one per line')
  const negotiated = await app.inject({ url: `/v1/participants?actor=lloyd-austin&fields=id,role`, headers: { accept: 'application/x-ndjson' } })
  t.same(negotiated.body.trimEnd().split('\n').map((l) => JSON.parse(l)), (await listAll(app, '/v1/participants?actor=lloyd-austin')).map((p) => ({ id: p.id, role: p.role })), 'NDJSON by Accept, with fields')

  const item = await app.inject({ url: all[0].links.self })
  const again = await app.inject({ url: all[0].links.self, headers: { 'if-none-match': item.headers.etag as string } })
  t.equal(again.statusCode, 304, 'items answer conditional GETs')
})

t.test('the relations as collections, filterable by either end', async (t) => {
  const app = await buildApp(t)
  const meetings = await listAll(app, '/v1/meetings')
  const participants = await listAll(app, '/v1/participants')
  const expected = meetings.flatMap((m) => m.participants.map((p: any) => ({ id: `${m.id}:${p.actor.id}`, actor: p.actor, role: p.role, citations: p.citations })))
  t.same(
    participants.map((p) => ({ id: p.id, actor: p.actor, role: p.role, citations: p.citations })).sort((a, b) => a.id.localeCompare(b.id)),
    expected.sort((a, b) => a.id.localeCompare(b.id)),
    'participants: those of every meeting, with their citations',
  )
  const m = meetings.find((x) => x.participants.length > 1)
  t.same((await listAll(app, `/v1/participants?meeting=${m.id}`)).map((p) => p.actor.id), m.participants.map((p: any) => p.actor.id), 'by meeting, in the meeting’s order')
  const actor = m.participants[0].actor.id
  t.same((await listAll(app, `/v1/participants?actor=${actor}`)).map((p) => p.meeting.id).sort(), meetings.filter((x) => x.participants.some((p: any) => p.actor.id === actor)).map((x) => x.id).sort(), 'by actor')

  const agreements = await listAll(app, '/v1/agreements')
  const parties = await listAll(app, '/v1/parties')
  t.same(parties.map((p) => p.id).sort(), agreements.flatMap((g) => g.parties.map((p: any) => `${g.id}:${p.actor.id}`)).sort(), 'parties: those of every agreement')
  const party = parties[0]
  t.same((await listAll(app, `/v1/parties?actor=${party.actor.id}`)).map((p) => p.agreement.id).sort(), agreements.filter((g) => g.parties.some((p: any) => p.actor.id === party.actor.id)).map((g) => g.id).sort(), 'parties by actor')

  const actors = await listAll(app, '/v1/actors')
  const affiliations = await listAll(app, '/v1/affiliations')
  t.equal(affiliations.length, actors.reduce((n, a) => n + a.affiliations.length, 0), 'affiliations: those of every person')
  const org = affiliations[0].organization.id
  t.same((await listAll(app, `/v1/affiliations?organization=${org}`)).map((a) => a.person.id).sort(), actors.find((a) => a.id === org).members.map((x: any) => x.person.id).sort(), 'by organization: its members')
  for (const a of affiliations.slice(0, 5)) t.same((await app.inject({ url: a.links.self })).json(), a, `${a.id}: item equals list entry`)
  const csv = parseCsv((await app.inject({ url: '/v1/affiliations?format=csv' })).body, { columns: true }) as Record<string, string>[]
  t.same(csv.map((r) => [r.id, r.person_id, r.organization_id, r.role]), affiliations.map((a) => [a.id, a.person.id, a.organization.id, a.role]), 'CSV')
})

t.test('after a write the views show it (they are read from the rows)', async (t) => {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'curator', 'write', new Date().toISOString())
  const meeting = (await app.inject({ url: '/v1/meetings/jscd-2024-07-washington' })).json()
  const listUrl = '/v1/participants?meeting=jscd-2024-07-washington'
  const before = await app.inject({ url: listUrl })
  const dropped = meeting.participants[0].actor.id
  const citationsBefore = await listAll(app, `/v1/citations?subject=participant:jscd-2024-07-washington:${dropped}`)
  t.ok(citationsBefore.length > 0, 'the dropped participant had citations')
  const patched = await app.inject({
    method: 'PATCH',
    url: '/v1/meetings/jscd-2024-07-washington',
    headers: { authorization: `Bearer ${key}`, 'if-match': (await app.inject({ url: '/v1/meetings/jscd-2024-07-washington' })).headers.etag as string, 'content-type': 'application/merge-patch+json' },
    payload: JSON.stringify({ participants: meeting.participants.slice(1).map((p: any) => ({ actor_id: p.actor.id, role: p.role, citations: p.citations.map((c: any) => ({ source_id: c.source_id, quote: c.quote, start: c.start, end: c.end })) })) }),
  })
  t.equal(patched.statusCode, 200, 'the meeting is rewritten without its first participant', { body: patched.statusCode === 200 ? undefined : patched.body })
  const after = await app.inject({ url: listUrl, headers: { 'if-none-match': before.headers.etag as string } })
  t.equal(after.statusCode, 200, 'the list ETag changed')
  t.same(after.json().data.map((p: any) => p.actor.id), meeting.participants.slice(1).map((p: any) => p.actor.id))
  t.same(await listAll(app, `/v1/citations?subject=participant:jscd-2024-07-washington:${dropped}`), [], 'its citations are gone')
  isProblem(t, await app.inject({ url: `/v1/participants/jscd-2024-07-washington:${dropped}` }), 404)
  const kept = meeting.participants[1]
  t.equal((await app.inject({ url: `/v1/citations/participant:jscd-2024-07-washington:${kept.actor.id}:0` })).json().quote, kept.citations[0].quote, 'a kept citation keeps its id')
})
