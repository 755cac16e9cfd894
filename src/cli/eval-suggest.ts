// npm run eval:suggest [-- --verbose]
// How well the suggester curates an article from scratch. Leave-one-out on the five seed articles:
// for each, the suggester knows only the seed records that another article also cites (the article's
// own statements, and the actors, meetings and agreements only it cites, are withheld) and its
// drafts are scored against the curated records of that article (matching: src/domain/suggestions/
// evaluate.ts). Then the made-up fixture articles of test/fixtures/suggest/ against their hand-written
// truth, with the whole seed known. Prints precision and recall per record kind and the dates.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { findQuote } from '../domain/citations.js'
import { suggestAnnotations, type KnownActor } from '../domain/suggestions.js'
import { evaluate, type Evaluation, type Span, type Truth } from '../domain/suggestions/evaluate.js'
import type { ActorKind } from '../domain/vocabulary.js'
import { projectRoot, seedDir } from '../paths.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- seed entries are loose YAML here */
type Entry = Record<string, any> & { id: string }
const load = (name: string) => parse(readFileSync(path.join(seedDir, `${name}.yaml`), 'utf8')) as Entry[]
const verbose = process.argv.includes('--verbose')

const seed = { sources: load('sources'), actors: load('actors'), meetings: load('meetings'), agreements: load('agreements'), statements: load('statements') }
const citedIn = (e: Entry) => new Set<string>((e.citations ?? []).map((c: Entry) => c.source_id))
const spanOf = (text: string, quote: string, occurrence?: number): Span | null => {
  const found = findQuote(text, quote, occurrence)
  return found.ok ? { start: found.span.start, end: found.span.end } : null
}
const spansIn = (text: string, e: Entry, sourceId: string) =>
  (e.citations ?? []).filter((c: Entry) => c.source_id === sourceId).map((c: Entry) => spanOf(text, c.quote, c.occurrence)).filter((x: Span | null): x is Span => x !== null)

function known(without: string | null) {
  const keep = (e: Entry) => without === null || [...citedIn(e)].some((s) => s !== without)
  const actors: KnownActor[] = seed.actors.filter(keep).map((a) => ({ id: a.id, name: a.name, aliases: a.aliases ?? [], kind: a.kind as ActorKind }))
  const meetings = seed.meetings.filter(keep).map((m) => ({ id: m.id, title: m.title as string, date: m.date.edtf as string | null, participants: (m.participants ?? []).map((p: Entry) => p.actor_id as string) }))
  const agreements = seed.agreements.filter(keep).map((a) => ({ id: a.id, title: a.title as string, parties: (a.parties ?? []).map((p: Entry) => p.actor_id as string) }))
  const statements = seed.statements.filter((s) => s.source_id !== without).map((s) => ({ id: s.id, source_id: s.source_id as string, text: s.text as string }))
  return { actors, meetings, agreements, statements }
}

const results: { label: string; ev: Evaluation; fixture: boolean }[] = []

for (const source of seed.sources) {
  const text = readFileSync(path.join(seedDir, 'documents', source.file as string), 'utf8')
  const k = known(source.id)
  const event = (e: Entry) => ({ id: e.id, spans: spansIn(text, e, source.id), date: e.date.edtf as string | null, known: [...citedIn(e)].some((s) => s !== source.id) })
  const truth: Truth = {
    statements: seed.statements
      .filter((s) => s.source_id === source.id)
      .map((s) => ({ id: s.id, kind: s.kind as string, span: spanOf(text, s.text as string, s.occurrence) as Span, date: s.date.edtf as string | null })),
    meetings: seed.meetings.filter((m) => citedIn(m).has(source.id)).map(event),
    agreements: seed.agreements.filter((a) => citedIn(a).has(source.id)).map(event),
    actors: seed.actors.filter((a) => citedIn(a).has(source.id) && citedIn(a).size === 1).map((a) => ({ id: a.id, names: [a.name, ...(a.aliases ?? [])] })),
  }
  const s = suggestAnnotations({ sourceId: source.id, text, published: { edtf: source.published.edtf }, publisher: source.publisher, ...k })
  results.push({ label: source.id, ev: evaluate(text, s, truth, source.id), fixture: false })
}

const fixtureDir = path.join(projectRoot, 'test', 'fixtures', 'suggest')
for (const file of readdirSync(fixtureDir).filter((f) => f.endsWith('.yaml'))) {
  const spec = parse(readFileSync(path.join(fixtureDir, file), 'utf8')) as Entry
  const text = readFileSync(path.join(fixtureDir, file.replace(/\.yaml$/, '.txt')), 'utf8')
  const sourceId = spec.source.id as string
  const spans = (quotes: string[]) => quotes.map((q) => spanOf(text, q)).filter((x): x is Span => x !== null)
  const truth: Truth = {
    statements: (spec.statements as Entry[]).map((s, i) => ({ id: `statement-${i + 1}`, kind: s.kind, span: spanOf(text, s.text, s.occurrence) as Span, date: s.date.edtf })),
    meetings: (spec.meetings as Entry[]).map((m, i) => ({ id: `meeting-${i + 1}`, spans: spans(m.citations), date: m.date.edtf, known: false })),
    agreements: (spec.agreements as Entry[]).map((a, i) => ({ id: `agreement-${i + 1}`, spans: spans(a.citations), date: a.date.edtf, known: false })),
    actors: ((spec.actors ?? []) as Entry[]).map((a) => ({ id: a.id, names: a.names })),
  }
  const s = suggestAnnotations({ sourceId, text, published: { edtf: spec.source.published }, publisher: spec.source.publisher, ...known(null) })
  results.push({ label: `${sourceId} (made-up fixture)`, ev: evaluate(text, s, truth, sourceId), fixture: true })
}

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`)
function report(title: string, set: Evaluation[]) {
  const sum = (f: (e: Evaluation) => number) => set.reduce((n, e) => n + f(e), 0)
  console.log(`\n${title}`)
  console.log('  kind         drafts  curated  matched  precision  recall')
  for (const kind of ['statements', 'meetings', 'agreements', 'actors'] as const) {
    const d = sum((e) => e[kind].drafts)
    const c = sum((e) => e[kind].curated)
    const m = sum((e) => e[kind].matched)
    console.log(`  ${kind.padEnd(11)} ${String(d).padStart(7)} ${String(c).padStart(8)} ${String(m).padStart(8)}     ${pct(m, d)}  ${pct(m, c)}`)
  }
  const compared = sum((e) => e.dates.compared)
  console.log(`  dates of matched records: ${sum((e) => e.dates.correct)}/${compared} equal to the curator's (${pct(sum((e) => e.dates.correct), compared).trim()}); more precise than the text allows: ${sum((e) => e.dates.tooPrecise)}`)
  console.log(`  citations: ${sum((e) => e.citations.checked)} checked, ${sum((e) => e.citations.failed.length)} failed to verify`)
  for (const e of set) for (const x of [...e.dates.tooPreciseIds, ...e.citations.failed]) console.log(`    ! ${x}`)
}

report('Leave-one-out on the five seed articles', results.filter((r) => !r.fixture).map((r) => r.ev))
report('Made-up fixture articles (test/fixtures/suggest/)', results.filter((r) => r.fixture).map((r) => r.ev))
if (verbose) {
  for (const r of results) {
    console.log(`\n${r.label}`)
    for (const m of r.ev.misses) console.log(`  missed: ${m}`)
    for (const x of r.ev.extras) console.log(`  extra:  ${x}`)
  }
}
