import { createHmac, timingSafeEqual } from 'node:crypto'

// An opaque keyset cursor: the sort key and id of the last row served, bound by an HMAC to the
// collection and the normalized query that produced it, so a tampered cursor, or one taken from
// another list or another query, is refused instead of silently serving the wrong rows.

type Key = string | number | null

export interface CursorPosition {
  /** The last row's sort key value (null for rows without one), or its values for a sort by several keys. */
  key: Key | Key[]
  id: string
}

const isKey = (value: unknown): value is Key => value === null || typeof value === 'string' || typeof value === 'number'


export class CursorError extends Error {
  override name = 'CursorError'
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url')

const sign = (secret: string, scope: string, payload: string) =>
  createHmac('sha256', secret).update(scope).update('\0').update(payload).digest().subarray(0, 16)

export function encodeCursor(secret: string, scope: string, position: CursorPosition): string {
  const payload = JSON.stringify([position.key, position.id])
  return `${b64(payload)}.${b64(sign(secret, scope, payload))}`
}

export function decodeCursor(secret: string, scope: string, cursor: string): CursorPosition {
  const [payloadPart, macPart, extra] = cursor.split('.')
  if (!payloadPart || !macPart || extra !== undefined) throw new CursorError('is not a cursor issued by this API')
  const payload = Buffer.from(payloadPart, 'base64url').toString('utf8')
  const mac = Buffer.from(macPart, 'base64url')
  const expected = sign(secret, scope, payload)
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) {
    throw new CursorError('does not belong to this list and query (it was altered, or issued for other filters or another sort)')
  }
  const parsed = JSON.parse(payload) as unknown
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string') throw new CursorError('is malformed')
  const [key, id] = parsed as [unknown, string]
  if (!isKey(key) && !(Array.isArray(key) && key.every(isKey))) throw new CursorError('is malformed')
  return { key, id }
}
