import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema.js'
import { fold } from '../domain/text-fold.js'

export type Sqlite = Database.Database
export type Db = BetterSQLite3Database<typeof schema>

export interface OpenOptions {
  readonly?: boolean
}

/**
 * Opens the SQLite file with the settings every connection shares. WAL lets readers run while the
 * single writer writes; synchronous=NORMAL in WAL mode keeps every committed transaction across a
 * crash of the process (only a power loss can take the last commits back).
 */
export function openSqlite(file: string, { readonly = false }: OpenOptions = {}): Sqlite {
  if (!readonly && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const sqlite = new Database(file, { readonly, fileMustExist: readonly })
  if (!readonly) sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.function('fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? fold(value) : value))
  return sqlite
}

export const toDrizzle = (sqlite: Sqlite): Db => drizzle(sqlite, { schema })
