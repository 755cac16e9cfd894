// Idempotency-Key for POSTs: the first answer is stored in the same transaction as the write, so a
// retry (same key, same body) gets it back instead of writing twice; the same key with another body
// is refused. Keys are scoped to the API key that sent them.
import { createHash } from 'node:crypto'
import type { Sqlite } from '../db/connection.js'
import { HttpProblem } from '../domain/errors.js'

export interface StoredResponse {
  status: number
  headers: Record<string, string>
  body: unknown
}

export const requestHash = (method: string, url: string, body: unknown) => createHash('sha256').update(`${method} ${url}\n${JSON.stringify(body)}`).digest('hex')

/** The stored answer for a retry, or undefined for a new key; a reused key with another body is a 422. */
export function replay(db: Sqlite, keyName: string, idempotencyKey: string, hash: string): StoredResponse | undefined {
  const row = db.prepare('SELECT request_hash, status, headers, body FROM idempotency_keys WHERE key_name = ? AND idempotency_key = ?').get(keyName, idempotencyKey) as
    | { request_hash: string; status: number; headers: string; body: string }
    | undefined
  if (!row) return undefined
  if (row.request_hash !== hash) {
    throw new HttpProblem(422, `The Idempotency-Key "${idempotencyKey}" was already used with a different request; use a new key for a new request.`, {
      errors: [{ in: 'header', name: 'idempotency-key', message: 'already used with a different request' }],
    })
  }
  return { status: row.status, headers: JSON.parse(row.headers) as Record<string, string>, body: JSON.parse(row.body) }
}

/** Call inside the write's transaction. */
export function remember(db: Sqlite, keyName: string, idempotencyKey: string, hash: string, response: StoredResponse, now: string): void {
  db.prepare('INSERT INTO idempotency_keys (key_name, idempotency_key, request_hash, status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    keyName,
    idempotencyKey,
    hash,
    response.status,
    JSON.stringify(response.headers),
    JSON.stringify(response.body),
    now,
  )
}
