import { createHash } from 'node:crypto'
import path from 'node:path'
import t, { type Test } from 'tap'
import { openSqlite, type Sqlite } from '../../src/db/connection.js'
import { applyMigrations } from '../../src/db/migrate.js'
import { ApiKeyError, createKey, findKey, hashApiKey, listKeys, revokeKey } from '../../src/repositories/api-keys.js'
import { scratchDir } from '../helper.js'

const NOW = '2025-01-02T03:04:05.000Z'
const LATER = '2025-02-03T04:05:06.000Z'

function openDb(t: Test): Sqlite {
  const sqlite = openSqlite(path.join(scratchDir(t), 'keys.db'))
  applyMigrations(sqlite)
  t.teardown(() => sqlite.close())
  return sqlite
}

const rows = (db: Sqlite) => db.prepare('SELECT * FROM api_keys ORDER BY id').all() as Record<string, unknown>[]

t.test('createKey returns an nk_ key once and stores only its sha256', async (t) => {
  const db = openDb(t)
  const key = createKey(db, 'editor-1', 'write', NOW)
  t.match(key, /^nk_[A-Za-z0-9_-]{43,}$/, '32 random bytes, base64url, after the prefix')
  t.ok(Buffer.from(key.slice(3), 'base64url').length >= 32)
  const [row, ...more] = rows(db)
  t.equal(more.length, 0)
  t.same(row, {
    id: 1,
    name: 'editor-1',
    scope: 'write',
    key_hash: createHash('sha256').update(key).digest('hex'),
    created_at: NOW,
    revoked_at: null,
  })
  t.equal(hashApiKey(key), row!.key_hash)
  t.notOk(JSON.stringify(rows(db)).includes(key.slice(3)), 'the key itself is nowhere in the table')
  t.not(createKey(db, 'editor-2', 'write', NOW), key, 'every key is new')
})

t.test('names are validated and unique', async (t) => {
  const db = openDb(t)
  for (const name of ['a', 'A.b_c-9', 'x'.repeat(64)]) t.type(createKey(db, name, 'read', NOW), 'string', name)
  for (const name of ['', 'x'.repeat(65), 'has space', 'ümlaut', 'semi;colon', 'slash/']) {
    t.throws(() => createKey(db, name, 'read', NOW), { name: 'ApiKeyError', message: /1 to 64 characters of letters, digits/ }, JSON.stringify(name))
  }
  t.throws(() => createKey(db, 'a', 'write', NOW), new ApiKeyError('an API key named "a" already exists; choose another name'))
  t.throws(() => createKey(db, 'bad-scope', 'admin' as 'write', NOW), { name: 'ApiKeyError', message: /scope must be one of read, write/ })
  t.equal(rows(db).length, 3, 'nothing written by the failures')
})

t.test('listKeys never shows a hash; revokeKey marks a key once', async (t) => {
  const db = openDb(t)
  t.same(listKeys(db), [])
  createKey(db, 'reader', 'read', NOW)
  createKey(db, 'writer', 'write', LATER)
  t.same(listKeys(db), [
    { name: 'reader', scope: 'read', created_at: NOW, revoked_at: null },
    { name: 'writer', scope: 'write', created_at: LATER, revoked_at: null },
  ])
  t.equal(revokeKey(db, 'reader', LATER), true)
  t.equal(revokeKey(db, 'reader', '2030-01-01T00:00:00.000Z'), false, 'already revoked')
  t.equal(revokeKey(db, 'nobody', LATER), false, 'unknown')
  t.same(listKeys(db)[0], { name: 'reader', scope: 'read', created_at: NOW, revoked_at: LATER }, 'the first revocation time is kept')
  t.equal(revokeKey(db, 'reader', LATER), false)
  t.throws(() => createKey(db, 'reader', 'read', LATER), /already exists/, 'a revoked key keeps its name')
})

t.test('findKey finds a key by its hash', async (t) => {
  const db = openDb(t)
  const write = createKey(db, 'writer', 'write', NOW)
  const read = createKey(db, 'reader', 'read', NOW)
  t.same(findKey(db, write), { name: 'writer', scope: 'write', revoked: false })
  t.same(findKey(db, read), { name: 'reader', scope: 'read', revoked: false })
  t.equal(findKey(db, `${write}x`), undefined)
  t.equal(findKey(db, write.slice(0, -1)), undefined)
  t.equal(findKey(db, write.slice(3)), undefined, 'the prefix is part of the key')
  t.equal(findKey(db, ''), undefined)
  t.equal(findKey(db, hashApiKey(write)), undefined, 'the stored hash is not itself a key')
  revokeKey(db, 'writer', NOW)
  t.same(findKey(db, write), { name: 'writer', scope: 'write', revoked: true })
})
