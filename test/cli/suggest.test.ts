import path from 'node:path'
import t from 'tap'
import { seedDir } from '../../src/paths.js'
import { runScript, scratchDir } from '../helper.js'

const MENAFN = path.join(seedDir, 'documents', '001_8b257eb52a397fb1.txt')

t.test('npm run suggest prints suggestions for a text file as JSON', async (t) => {
  const DATABASE_PATH = path.join(scratchDir(t), 'suggest.db')
  const seed = await runScript('src/cli/seed.ts', [], { DATABASE_PATH })
  t.equal(seed.code, 0, seed.stderr)

  const run = await runScript('src/cli/suggest.ts', [MENAFN, '--published', '2024-07-23'], { DATABASE_PATH })
  t.equal(run.code, 0, run.stderr)
  const out = JSON.parse(run.stdout)
  t.match(out, { statements: Array, actors: Array, meetings: Array, new_actors: Array, new_meetings: Array, new_agreements: Array, hints: Array })
  const quotes = out.statements.filter((s: { draft: { kind: string } }) => s.draft.kind === 'quote')
  t.match(quotes, [
    {
      draft: {
        kind: 'quote',
        source_id: '001-8b257eb52a397fb1',
        speakers: ['pat-ryder'],
        text: /^Officials will consider information/,
        date: { edtf: '2024-07', basis: 'inferred' },
        citations: [{ quote: 'Ryder explained' }],
      },
    },
  ], 'the undated remark keeps the month of publication')
  t.ok(out.new_meetings.some((m: { draft: { citations: { quote: string }[] } }) => m.draft.citations.some((c) => c.quote.includes('convened at the Pentagon'))), 'the meeting the article opens with')
  const reports = out.statements.filter((s: { draft: { kind: string; speakers: string[] } }) => s.draft.kind === 'report')
  t.ok(reports.some((s: { draft: { speakers: string[] } }) => s.draft.speakers.length === 0), 'without --publisher the outlet’s own reports have no speaker')
  const withPublisher = await runScript('src/cli/suggest.ts', [MENAFN, '--published', '2024-07-23', '--publisher', 'MENAFN'], { DATABASE_PATH })
  t.equal(withPublisher.code, 0, withPublisher.stderr)
  t.ok(JSON.parse(withPublisher.stdout).statements.some((s: { draft: { kind: string; speakers: string[] } }) => s.draft.kind === 'report' && s.draft.speakers[0] === 'menafn'), '--publisher names who reports')
  t.ok(out.actors.some((a: { actor_id: string }) => a.actor_id === 'pat-ryder'), 'actors come from the database')

  const named = await runScript('src/cli/suggest.ts', [MENAFN, '--source-id', 'menafn-new'], { DATABASE_PATH })
  t.equal(named.code, 0, named.stderr)
  const draft = JSON.parse(named.stdout).statements.find((s: { draft: { kind: string } }) => s.draft.kind === 'quote').draft
  t.equal(draft.source_id, 'menafn-new')
  t.match(draft.date, { edtf: null, basis: 'unknown', note: "'Monday'; the article carries no date" }, 'no --published: relative dates stay unresolved')

  const missing = await runScript('src/cli/suggest.ts', [path.join(scratchDir(t), 'nope.txt')], { DATABASE_PATH })
  t.equal(missing.code, 1)
  t.equal(missing.stdout, '')
  t.equal(missing.stderr.trim().split('\n').length, 1, 'one line')
  t.match(missing.stderr, /^suggest: .*nope\.txt does not exist/)

  const badDate = await runScript('src/cli/suggest.ts', [MENAFN, '--published', 'Tuesday'], { DATABASE_PATH })
  t.equal(badDate.code, 1)
  t.match(badDate.stderr, /--published must be an EDTF date/)
  t.match(badDate.stderr, /usage: npm run suggest -- FILE/)

  const noFile = await runScript('src/cli/suggest.ts', [], { DATABASE_PATH })
  t.equal(noFile.code, 1)
  t.match(noFile.stderr, /no FILE given/)
})

t.test('npm run suggest without a database says to start the service first', async (t) => {
  const run = await runScript('src/cli/suggest.ts', [MENAFN], { DATABASE_PATH: path.join(scratchDir(t), 'missing.db') })
  t.equal(run.code, 1)
  t.match(run.stderr, /missing\.db does not exist; run `npm start`/)
  t.equal(run.stderr.trim().split('\n').length, 1)
})
