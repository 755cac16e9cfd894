// node --import tsx bench/write-size.mjs — how long the largest writes the API accepts take.
//
// On a fresh database (the seed), through app.inject (so HTTP parsing is left out, everything else
// is in: validation, quote matching, the transaction, the change log, the answer): a source of the
// largest text accepted (1,000,000 characters, curly quotes and characters outside the BMP included,
// the body just under BODY_LIMIT), then records citing it with the most citations a write may have
// (MAX_CITATIONS_PER_WRITE, MAX_CITATIONS_PER_LIST to a list), short quotes and quotes long enough to
// fill the body. Prints the median and the worst of RUNS runs of each; the target is under 200 ms.
// Also times the refusal of a write over the limit. WRITE_SIZE_RUNS changes the number of runs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Buffer } from 'node:buffer'
import process from 'node:process'
import console from 'node:console'
import { createApp } from '../src/app.ts'
import { createKey } from '../src/repositories/api-keys.ts'
import { MAX_CITATIONS_PER_LIST, MAX_CITATIONS_PER_WRITE } from '../src/domain/citations.ts'

const RUNS = Number(process.env.WRITE_SIZE_RUNS ?? 5)
const TEXT_LENGTH = 1_000_000
const dir = mkdtempSync(path.join(tmpdir(), 'negotiations-write-size-'))
const app = await createApp({ databasePath: path.join(dir, 'bench.db') })
const auth = { authorization: `Bearer ${createKey(app.db.writer, 'bench', 'write', new Date().toISOString())}` }

// Wire-style prose from a small vocabulary (so words repeat, as in a real article), each sentence
// numbered so that a long enough quote occurs once.
const WORDS = 'the minister said that talks would resume in Baghdad next week after a pause of several months while officials negotiate the terms of a framework for security cooperation and the withdrawal of forces'.split(' ')
function article(length, variant) {
  let text = ''
  for (let n = 0; text.length < length; n++) {
    const words = Array.from({ length: 12 + (n % 9) }, (_, k) => WORDS[(n * 31 + k * 7 + variant) % WORDS.length])
    text += `${n % 50 === 0 ? '\n\n' : ''}Paragraph ${variant}-${n}: ${words.join(' ')}, “${words.slice(0, 4).join(' ')}” he said${n % 40 === 0 ? ' 🇮🇶' : ''}. `
  }
  return text.slice(0, length)
}

const time = async (label, request, expect) => {
  const ms = []
  let bytes = 0
  for (let run = 0; run < RUNS; run++) {
    const { payload, ...rest } = request(run)
    const body = JSON.stringify(payload)
    bytes = Buffer.byteLength(body)
    const started = process.hrtime.bigint()
    const res = await app.inject({ ...rest, headers: { ...auth, 'content-type': 'application/json', ...rest.headers }, payload: body })
    ms.push(Number(process.hrtime.bigint() - started) / 1e6)
    if (res.statusCode !== expect) throw new Error(`${label}: expected ${expect}, got ${res.statusCode}: ${res.body.slice(0, 500)}`)
  }
  ms.sort((a, b) => a - b)
  console.log(`${label.padEnd(58)} ${(bytes / 1024).toFixed(0).padStart(5)} KiB  median ${ms[Math.floor(ms.length / 2)].toFixed(1).padStart(7)} ms  worst ${ms.at(-1).toFixed(1).padStart(7)} ms`)
}

const date = { edtf: '2024-07-23', basis: 'stated' }
const sources = []
await time('POST /v1/sources: 1,000,000 characters of text', (run) => {
  const id = `bench-source-${run}`
  sources.push(id)
  return { method: 'POST', url: '/v1/sources', payload: { id, title: `Bench ${run}`, publisher: 'Bench', language: 'en', published: date, text: article(TEXT_LENGTH, run) } }
}, 201)

// Quotes that occur once: a sentence's numbered opening plus `extra` characters, spread over the text.
const texts = new Map(sources.map((id, run) => [id, article(TEXT_LENGTH, run)]))
function quotes(sourceId, count, length) {
  const text = texts.get(sourceId)
  return Array.from({ length: count }, (_, k) => {
    const at = text.indexOf('Paragraph ', Math.floor(((k + 0.5) * (text.length - length - 200)) / count))
    return { source_id: sourceId, quote: text.slice(at, at + length) }
  })
}
// An actor with the most citations a write may have: its own list full, the rest over affiliations.
function actor(run, length) {
  const sourceId = sources[run % sources.length]
  const all = quotes(sourceId, MAX_CITATIONS_PER_WRITE, length)
  const lists = []
  for (let k = 0; k < all.length; k += MAX_CITATIONS_PER_LIST) lists.push(all.slice(k, k + MAX_CITATIONS_PER_LIST))
  return {
    id: `bench-actor-${length}-${run}`,
    kind: 'person',
    name: `Bench ${run}`,
    citations: lists[0],
    affiliations: lists.slice(1).map((citations, j) => ({ organization_id: 'iraq', role: `Role ${j}`, date, citations })),
  }
}
const longest = Math.floor((1_048_576 - 120_000) / MAX_CITATIONS_PER_WRITE) // quotes that fill the body limit
await time(`POST /v1/actors: ${MAX_CITATIONS_PER_WRITE} citations of 60 characters`, (run) => ({ method: 'POST', url: '/v1/actors', payload: actor(run, 60) }), 201)
await time(`POST /v1/actors: ${MAX_CITATIONS_PER_WRITE} citations of ${longest} characters`, (run) => ({ method: 'POST', url: '/v1/actors', payload: actor(run, longest) }), 201)
await time(`PATCH /v1/actors/…: the same record, all its citations`, (run) => ({ method: 'PATCH', url: `/v1/actors/bench-actor-60-${run}`, headers: { 'if-match': '*' }, payload: { description: `Patched ${run}.` } }), 200)
await time(`POST /v1/statements: its text and ${MAX_CITATIONS_PER_LIST} citations`, (run) => {
  const sourceId = sources[run % sources.length]
  const [text, ...citations] = quotes(sourceId, MAX_CITATIONS_PER_LIST + 1, 80)
  return { method: 'POST', url: '/v1/statements', payload: { id: `bench-statement-${run}`, kind: 'quote', source_id: sourceId, text: text.quote, speakers: ['lloyd-austin'], date, citations } }
}, 201)
await time('POST /v1/actors: 3,000 citations (refused, 413)', (run) => {
  const all = quotes(sources[0], 3000, 60)
  return { method: 'POST', url: '/v1/actors', payload: { id: `bench-refused-${run}`, kind: 'person', name: 'Refused', citations: all.slice(0, 50), affiliations: Array.from({ length: 59 }, (_, j) => ({ organization_id: 'iraq', role: `R${j}`, date, citations: all.slice(50 * (j + 1), 50 * (j + 2)) })) } }
}, 413)

await app.close()
rmSync(dir, { recursive: true, force: true })
