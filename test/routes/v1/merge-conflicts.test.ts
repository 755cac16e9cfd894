// Merges whose two records meet in the same place (both in one meeting, one agreement, one
// statement), and Idempotency-Key edge cases: keys are scoped per API key, and a refused write does
// not reserve its key.
import t, { type Test } from 'tap'
import { createKey } from '../../../src/repositories/api-keys.js'
import { buildApp } from '../../helper.js'

interface Citation { source_id: string; start: number; end: number }
interface Member { actor: { id: string }; citations: Citation[] }

const RUDAW = 'rudaw-us-iraq-reach-understanding'
const citationKey = (c: Citation) => `${c.source_id}:${c.start}-${c.end}`

async function setup(t: Test) {
  const app = await buildApp(t)
  const write = createKey(app.db.writer, 'curator', 'write', new Date().toISOString())
  const other = createKey(app.db.writer, 'another-curator', 'write', new Date().toISOString())
  const auth = (key = write) => ({ authorization: `Bearer ${key}` })
  return { app, write, other, auth }
}

t.test('merging an actor into one it shares a meeting, an agreement and a statement with', async (t) => {
  const { app, auth } = await setup(t)
  const all = async (collection: string) => (await app.inject({ url: `/v1/${collection}?limit=500` })).json().data as Record<string, unknown>[]
  // A meeting with two participants: the second is merged into the first.
  const meeting = (await all('meetings')).find((m) => (m.participants as Member[]).length >= 2)
  t.ok(meeting, 'the seed has a meeting with two participants')
  const [survivor, duplicate] = (meeting!.participants as Member[]).map((p) => p.actor.id) as [string, string]
  const participation = (m: Record<string, unknown>, id: string) => (m.participants as Member[]).filter((p) => p.actor.id === id)
  const expectedMeetingCitations = [...participation(meeting!, survivor), ...participation(meeting!, duplicate)].flatMap((p) => p.citations).map(citationKey)

  // Make the two meet in an agreement and a statement as well.
  const quote = { source_id: RUDAW, quote: 'Lloyd Austin' }
  const agreement = await app.inject({
    method: 'POST', url: '/v1/agreements', headers: auth(),
    payload: { id: 'both-parties', title: 'Both parties', kind: 'understanding', status: 'announced', date: { edtf: null, basis: 'unknown' }, citations: [quote], parties: [{ actor_id: survivor, citations: [quote] }, { actor_id: duplicate, citations: [{ source_id: RUDAW, quote: 'Iraq', occurrence: 2 }] }] },
  })
  t.equal(agreement.statusCode, 201, agreement.body)
  const statement = await app.inject({
    method: 'POST', url: '/v1/statements', headers: auth(),
    payload: { id: 'both-speakers', kind: 'report', source_id: RUDAW, text: 'Lloyd Austin', speakers: [survivor, duplicate], about: [duplicate, survivor], date: { edtf: null, basis: 'unknown' } },
  })
  t.equal(statement.statusCode, 201, statement.body)
  const partyCitations = (agreement.json().parties as Member[]).flatMap((p) => p.citations).map(citationKey)

  const merged = await app.inject({ method: 'POST', url: `/v1/actors/${duplicate}/merge`, headers: auth(), payload: { into: survivor } })
  t.equal(merged.statusCode, 200, merged.body)

  const meetingAfter = (await app.inject({ url: `/v1/meetings/${String(meeting!.id)}` })).json()
  t.equal(participation(meetingAfter, survivor).length, 1, 'the survivor takes part in the meeting once')
  t.same(participation(meetingAfter, duplicate), [], 'the duplicate no longer does')
  t.same(participation(meetingAfter, survivor)[0]!.citations.map(citationKey).sort(), [...new Set(expectedMeetingCitations)].sort(), 'with the citations of both participations')
  t.equal((meetingAfter.participants as Member[]).length, (meeting!.participants as Member[]).length - 1)

  const agreementAfter = (await app.inject({ url: '/v1/agreements/both-parties' })).json()
  t.same((agreementAfter.parties as Member[]).map((p) => p.actor.id), [survivor], 'one party where there were two')
  t.same((agreementAfter.parties as Member[])[0]!.citations.map(citationKey).sort(), [...new Set(partyCitations)].sort(), 'holding both parties’ citations')

  const statementAfter = (await app.inject({ url: '/v1/statements/both-speakers' })).json()
  t.same(statementAfter.speakers.map((s: { id: string }) => s.id), [survivor], 'one speaker where there were two')
  t.same(statementAfter.about.map((s: { id: string }) => s.id), [survivor], 'and one actor it is about')

  t.equal((await app.inject({ url: `/v1/actors/${duplicate}` })).statusCode, 308)
  const check = (await import('../../../src/services/dataset-check.js')).checkDataset(app.db.reader)
  t.same(check, [], 'the dataset still checks out')
})

t.test('Idempotency-Keys are scoped per API key', async (t) => {
  const { app, write, other, auth } = await setup(t)
  const body = { kind: 'person', name: 'Scoped Person', citations: [{ source_id: RUDAW, quote: 'Lloyd Austin' }] }
  const send = (key: string) => app.inject({ method: 'POST', url: '/v1/actors', headers: { ...auth(key), 'idempotency-key': 'shared-key-1' }, payload: body })
  const first = await send(write)
  t.equal(first.statusCode, 201, first.body)
  const second = await send(other)
  t.equal(second.statusCode, 201, 'another API key with the same Idempotency-Key makes its own write')
  t.equal(second.headers['idempotent-replayed'], undefined, 'not a replay of the first key’s answer')
  t.not(second.json().id, first.json().id, 'a second record')
  const retry = await send(write)
  t.equal(retry.headers['idempotent-replayed'], 'true', 'the first key still replays its own answer')
  t.equal(retry.json().id, first.json().id)
  const retryOther = await send(other)
  t.equal(retryOther.headers['idempotent-replayed'], 'true', 'and so does the second')
  t.equal(retryOther.json().id, second.json().id)
})

t.test('a refused write does not reserve its Idempotency-Key', async (t) => {
  const { app, auth } = await setup(t)
  const send = (payload: object) => app.inject({ method: 'POST', url: '/v1/actors', headers: { ...auth(), 'idempotency-key': 'try-again-1' }, payload })
  const refused = await send({ kind: 'person', name: 'Unverified', citations: [{ source_id: RUDAW, quote: 'words no article printed' }] })
  t.equal(refused.statusCode, 422)
  t.match(refused.json().errors, [{ pointer: '/citations/0/quote' }])
  const count = app.db.reader.prepare("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = 'try-again-1'").pluck().get()
  t.equal(count, 0, 'no key was stored')
  const fixed = await send({ kind: 'person', name: 'Verified', citations: [{ source_id: RUDAW, quote: 'Lloyd Austin' }] })
  t.equal(fixed.statusCode, 201, 'the corrected body goes through with the same key')
  t.equal(fixed.headers['idempotent-replayed'], undefined)
  t.equal(fixed.json().name, 'Verified')
})
