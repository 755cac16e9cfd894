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
  cachePreparedStatements(sqlite)
  return sqlite
}

const STATEMENT_CACHE_SIZE = 500

/**
 * Makes `prepare` reuse compiled statements (least recently used first out): compiling is a large
 * share of a small request's time, and every query here is a fixed SQL text with bound parameters.
 * A cached statement is handed out reset to its defaults (callers may have set pluck/raw/expand),
 * and a statement still being iterated is never handed out twice: the caller gets a fresh one.
 */
function cachePreparedStatements(sqlite: Sqlite): void {
  const prepare = sqlite.prepare.bind(sqlite)
  const cache = new Map<string, Database.Statement>()
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source)
    if (cached) {
      if (cached.busy) return prepare(source)
      cache.delete(source)
      cache.set(source, cached)
      if (cached.reader) cached.raw(false).pluck(false).expand(false)
      return cached
    }
    const statement = prepare(source)
    cache.set(source, statement)
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    return statement
  }) as Sqlite['prepare']
}

export const toDrizzle = (sqlite: Sqlite): Db => drizzle(sqlite, { schema })
