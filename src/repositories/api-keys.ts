// API keys for the write API. A key is shown once, when it is made; only its SHA-256 hash is stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import type { Sqlite } from '../db/connection.js'

export const API_KEY_SCOPES = ['read', 'write'] as const
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number]

/** Every key starts with this, so that a leaked key is recognisable (and can be found by secret scanners). */
export const API_KEY_PREFIX = 'nk_'
/** Random bytes in a key: 32 bytes are 43 base64url characters, 256 bits. */
const KEY_BYTES = 32

export const ApiKeyNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'a key name must be 1 to 64 characters of letters, digits, ".", "_" and "-"')
export const ApiKeyScopeSchema = z.enum(API_KEY_SCOPES, { error: `the scope must be one of ${API_KEY_SCOPES.join(', ')}` })

/** An expected failure of a key operation (a bad name or scope, a duplicate name), with a message for people. */
export class ApiKeyError extends Error {
  override name = 'ApiKeyError'
}

/** A key as listed: never its hash. */
export interface ApiKeySummary {
  name: string
  scope: ApiKeyScope
  created_at: string
  revoked_at: string | null
}

/** The key a request presented, as found in the database. */
export interface FoundApiKey {
  name: string
  scope: ApiKeyScope
  revoked: boolean
}

/** The stored form of a key: SHA-256 of the whole key (prefix included), in hex. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new ApiKeyError(result.error.issues[0]?.message ?? 'invalid value')
  return result.data
}

const isUniqueViolation = (error: unknown, index: string) =>
  error instanceof Error &&
  (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  error.message.includes(index)

/**
 * Makes a key and returns it in plain text: the only time it exists outside the caller's hands.
 * Throws an ApiKeyError for an invalid name or scope, or a name already taken (revoked keys keep theirs).
 */
export function createKey(db: Sqlite, name: string, scope: ApiKeyScope, now: string): string {
  const validName = parse(ApiKeyNameSchema, name)
  const validScope = parse(ApiKeyScopeSchema, scope)
  const key = `${API_KEY_PREFIX}${randomBytes(KEY_BYTES).toString('base64url')}`
  try {
    db.prepare('INSERT INTO api_keys (name, scope, key_hash, created_at) VALUES (?, ?, ?, ?)').run(validName, validScope, hashApiKey(key), now)
  } catch (error) {
    if (isUniqueViolation(error, 'api_keys.name')) {
      throw new ApiKeyError(`an API key named "${validName}" already exists; choose another name`)
    }
    throw error
  }
  return key
}

/** Every key, oldest first, without hashes. */
export function listKeys(db: Sqlite): ApiKeySummary[] {
  return db.prepare('SELECT name, scope, created_at, revoked_at FROM api_keys ORDER BY created_at, id').all() as ApiKeySummary[]
}

/** Revokes the named key. False when no key has that name or it is revoked already. */
export function revokeKey(db: Sqlite, name: string, now: string): boolean {
  return db.prepare('UPDATE api_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL').run(now, name).changes === 1
}

/**
 * Looks up a presented key by its hash. The lookup is by hash, so the database never compares the key
 * itself; the stored and computed hashes are then compared in constant time.
 */
export function findKey(db: Sqlite, presentedKey: string): FoundApiKey | undefined {
  if (!presentedKey.startsWith(API_KEY_PREFIX)) return undefined
  const computed = hashApiKey(presentedKey)
  const row = db.prepare('SELECT name, scope, key_hash, revoked_at FROM api_keys WHERE key_hash = ?').get(computed) as
    | { name: string; scope: ApiKeyScope; key_hash: string; revoked_at: string | null }
    | undefined
  if (!row) return undefined
  const stored = Buffer.from(row.key_hash, 'hex')
  const given = Buffer.from(computed, 'hex')
  if (stored.length !== given.length || !timingSafeEqual(stored, given)) return undefined
  return { name: row.name, scope: row.scope, revoked: row.revoked_at !== null }
}
