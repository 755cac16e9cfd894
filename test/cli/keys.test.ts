import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { openSqlite } from '../../src/db/connection.js'
import { runScript, scratchDir } from '../helper.js'

const keys = (args: string[], DATABASE_PATH: string) => runScript('src/cli/keys.ts', args, { DATABASE_PATH })

const oneLine = (s: string) => s.trimEnd().split('\n').length === 1

t.test('keys create, list and revoke on a new database file', async (t) => {
  const DATABASE_PATH = path.join(scratchDir(t), 'new', 'keys.db')

  const created = await keys(['create', '--name', 'editor', '--scope', 'write'], DATABASE_PATH)
  t.equal(created.code, 0, created.stderr)
  t.match(created.stdout, /^nk_[A-Za-z0-9_-]{43,}\n$/, 'stdout is the key alone')
  const key = created.stdout.trim()
  t.ok(oneLine(created.stderr))
  t.match(created.stderr, /created write key "editor".*cannot be shown again/)
  t.notOk(created.stderr.includes(key), 'the key is printed once, on stdout only')

  const sqlite = openSqlite(DATABASE_PATH, { readonly: true })
  const stored = sqlite.prepare('SELECT name, scope, key_hash FROM api_keys').all()
  sqlite.close()
  t.same(stored, [{ name: 'editor', scope: 'write', key_hash: createHash('sha256').update(key).digest('hex') }], 'only the sha256 is kept')

  t.equal((await keys(['create', '--name', 'viewer', '--scope', 'read'], DATABASE_PATH)).code, 0)

  const list = await keys(['list'], DATABASE_PATH)
  t.equal(list.code, 0, list.stderr)
  const lines = list.stdout.trimEnd().split('\n')
  t.match(lines[0], /^NAME\s+SCOPE\s+CREATED\s+REVOKED$/)
  t.match(lines[1], /^editor\s+write\s+\d{4}-\d\d-\d\dT[\d:.]+Z\s+-$/)
  t.match(lines[2], /^viewer\s+read\s+\d{4}-\d\d-\d\dT[\d:.]+Z\s+-$/)
  t.equal(lines.length, 3)
  t.notOk(list.stdout.includes(key.slice(3)), 'no key in the list')
  t.notMatch(list.stdout, /[0-9a-f]{64}/, 'no hash in the list')

  const revoked = await keys(['revoke', 'editor'], DATABASE_PATH)
  t.equal(revoked.code, 0, revoked.stderr)
  t.match(revoked.stdout, /revoked API key "editor"/)
  const after = await keys(['list'], DATABASE_PATH)
  t.match(after.stdout, /^editor\s+write\s+\S+\s+\d{4}-\d\d-\d\dT[\d:.]+Z$/m, 'the revocation time is listed')

  const again = await keys(['revoke', 'editor'], DATABASE_PATH)
  t.equal(again.code, 1)
  t.match(again.stderr, /^keys: the API key "editor" was already revoked at \S+\n$/)
})

t.test('keys list on an empty database', async (t) => {
  const list = await keys(['list'], path.join(scratchDir(t), 'empty.db'))
  t.equal(list.code, 0, list.stderr)
  t.match(list.stdout, /^no API keys; create one with/)
})

t.test('bad usage, unknown and duplicate names exit 1 with one line', async (t) => {
  const DATABASE_PATH = path.join(scratchDir(t), 'errors.db')
  t.equal((await keys(['create', '--name', 'taken', '--scope', 'read'], DATABASE_PATH)).code, 0)

  const cases: [string[], RegExp][] = [
    [[], /^keys: no command given; usage: npm run keys -- create/],
    [['rotate'], /^keys: unknown command "rotate"; usage:/],
    [['create', '--scope', 'read'], /^keys: create needs --name NAME; usage:/],
    [['create', '--name', 'x'], /^keys: create needs --scope read\|write; usage:/],
    [['create', '--name', 'x', '--scope', 'admin'], /^keys: --scope must be read or write \(got "admin"\); usage:/],
    [['create', '--name', 'x', '--scope', 'read', '--force'], /^keys: Unknown option '--force'.*; usage:/],
    [['create', '--name', 'has space', '--scope', 'read'], /^keys: a key name must be 1 to 64 characters of letters, digits/],
    [['create', '--name', 'taken', '--scope', 'write'], /^keys: an API key named "taken" already exists; choose another name\n$/],
    [['revoke'], /^keys: revoke needs the key's NAME; usage:/],
    [['revoke', 'a', 'b'], /^keys: unexpected argument "b"; usage:/],
    [['revoke', 'ghost'], /^keys: no API key is named "ghost"\n$/],
    [['list', '--name', 'x'], /^keys: "list" takes no options; usage:/],
  ]
  for (const [args, message] of cases) {
    const run = await keys(args, DATABASE_PATH)
    t.equal(run.code, 1, `exit 1: ${args.join(' ')}`)
    t.equal(run.stdout, '', 'nothing on stdout')
    t.ok(oneLine(run.stderr), `one line: ${run.stderr}`)
    t.match(run.stderr, message)
  }

  const list = await keys(['list'], DATABASE_PATH)
  t.equal(list.stdout.trimEnd().split('\n').length, 2, 'no failed command wrote a key')
})

t.test('a bad configuration is reported like the other commands', async (t) => {
  const run = await runScript('src/cli/keys.ts', ['list'], { DATABASE_PATH: '' })
  t.equal(run.code, 1)
  t.match(run.stderr, /^keys: invalid configuration: DATABASE_PATH must not be empty/)
})

t.test('keys --help, -h and help print the usage and succeed, touching no database', async (t) => {
  const DATABASE_PATH = path.join(scratchDir(t), 'help', 'never-made.db')
  for (const args of [['--help'], ['-h'], ['help'], ['create', '--help']]) {
    const res = await keys(args, DATABASE_PATH)
    t.equal(res.code, 0, `${args.join(' ')} exits 0`)
    t.match(res.stdout, /^usage: npm run keys -- create --name NAME --scope read\|write \| list \| revoke NAME\n/)
    t.match(res.stdout, /revoke NAME\s+the key is refused/)
    t.equal(res.stderr, '')
  }
  t.notOk(existsSync(DATABASE_PATH), 'no database file was made')
})
