// The worst case of stored documents: renaming the actor who speaks most, which re-stores every
// statement, meeting and agreement that embeds it. PATCHes the name through the real server (a write
// key made for the run, revoked after), probes /healthz every 10 ms meanwhile, checks that a statement
// of that speaker now embeds the new name, then renames it back. Prints the figures; writes nothing else.
//   node bench/rename.mjs [--db ./data/bench.db] [--no-build]
/* global process, console, performance */
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { buildOurs, get, log, root, startOurs, stopServer } from './lib.mjs'
import { probe } from './stall.mjs'

const { values: opts } = parseArgs({ options: { db: { type: 'string', default: './data/bench.db' }, 'no-build': { type: 'boolean', default: false } } })

function patch(url, key, etag, body) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = http.request(url, { method: 'PATCH', timeout: 600_000, headers: { authorization: `Bearer ${key}`, 'if-match': etag, 'content-type': 'application/merge-patch+json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('timeout', () => req.destroy(new Error('PATCH timed out')))
    req.on('error', reject)
    req.end(payload)
  })
}

const keys = (...args) => execFileSync(process.execPath, ['dist/cli/keys.js', ...args], { cwd: root, env: { ...process.env, DATABASE_PATH: opts.db }, encoding: 'utf8' }).trim()

const db = new Database(opts.db, { readonly: true, fileMustExist: true })
const { actor_id: speaker, n: spoken } = db.prepare(`SELECT actor_id, count(*) AS n FROM statement_speakers GROUP BY actor_id ORDER BY n DESC LIMIT 1`).get()
const embeds = db
  .prepare(
    `SELECT (SELECT count(DISTINCT statement_id) FROM (SELECT statement_id FROM statement_speakers WHERE actor_id = @id UNION SELECT statement_id FROM statement_about WHERE actor_id = @id)) AS statements,
            (SELECT count(DISTINCT meeting_id) FROM meeting_participants WHERE actor_id = @id) AS meetings,
            (SELECT count(DISTINCT agreement_id) FROM agreement_parties WHERE actor_id = @id) AS agreements`,
  )
  .get({ id: speaker })
const sample = db.prepare(`SELECT statement_id FROM statement_speakers WHERE actor_id = ? LIMIT 1`).pluck().get(speaker)
db.close()
log(`top speaker ${speaker}: speaks in ${spoken} statements; embedded by ${embeds.statements} statements, ${embeds.meetings} meetings, ${embeds.agreements} agreements`)

if (!opts['no-build']) buildOurs()
const keyName = `bench-rename-${Date.now()}`
const key = keys('create', '--name', keyName, '--scope', 'write')
const server = await startOurs(opts.db)
const results = []
try {
  for (const step of ['rename', 'rename back']) {
    const current = await get(`${server.base}/v1/actors/${speaker}`)
    const name = JSON.parse(current.body).name
    const next = step === 'rename' ? `${name} (renamed)` : name.replace(/ \(renamed\)$/, '')
    const stopProbe = probe(server.base, 10)
    const started = performance.now()
    const answer = await patch(`${server.base}/v1/actors/${speaker}`, key, current.headers.etag, { name: next })
    const ms = Math.round(performance.now() - started)
    const probes = await stopProbe()
    if (answer.status !== 200) throw new Error(`PATCH answered ${answer.status}: ${answer.body}`)
    const embedded = JSON.parse((await get(`${server.base}/v1/statements/${sample}`)).body).speakers.find((s) => s.id === speaker)?.name
    if (embedded !== next) throw new Error(`statement ${sample} still embeds "${embedded}", not "${next}"`)
    results.push({ step, ms, healthz_max_ms: probes.max_ms, healthz_p99_ms: probes.p99_ms, probes: probes.probes })
    log(`${step}: PATCH ${ms} ms; /healthz max ${probes.max_ms} ms (p99 ${probes.p99_ms}, ${probes.probes} probes); ${sample} embeds "${embedded}"`)
  }
} finally {
  stopServer(server)
  keys('revoke', keyName)
}
console.log(JSON.stringify({ speaker, spoken, embeds, results }, null, 2))
