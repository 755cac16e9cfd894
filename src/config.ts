import { parseArgs } from 'node:util'
import { z } from 'zod'
import { DEFAULT_CACHE_CONTROL } from './plugins/http-cache.js'
import { DEFAULT_MIN_REVISION_WAIT_MS, REPLICA_DEFAULTS, type ReplicaOptions } from './services/replica.js'
import { DEFAULT_READ_BUDGET_MS, DEFAULT_READ_QUEUE } from './services/read-pool.js'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

const count = (what: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `must be a whole number of ${what}`)
    .transform(Number)

const ConfigSchema = z.object({
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a whole number from 0 to 65535'))
    .default(3000),
  DATABASE_PATH: z.string().min(1, 'must not be empty').default('./data/negotiations.db'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  CACHE_CONTROL: z.string().min(1, 'must not be empty').default(DEFAULT_CACHE_CONTROL),
  CORS_ORIGINS: z
    .string()
    .regex(/^(\*|https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*)$/, 'must be * or a comma-separated list of origins like https://example.org')
    .default('*'),
  RATE_LIMIT_READS: count('requests a minute per client (0 turns rate limiting off)').default(600),
  RATE_LIMIT_WRITES: count('writes a minute per API key').default(60),
  BODY_LIMIT: count('bytes').default(1_048_576),
  MAX_EVENT_LOOP_DELAY: count('milliseconds (0 turns load shedding off)').default(1000),
  READ_WORKERS: count('threads (0 runs the reads, exports and writes on the event loop, without a budget: for debugging)').optional(),
  READ_QUEUE: count('requests').default(DEFAULT_READ_QUEUE),
  READ_BUDGET_MS: count('milliseconds').pipe(z.number().min(1, 'must be at least 1')).default(DEFAULT_READ_BUDGET_MS),
  REPLICA_OF: z
    .url({ protocol: /^https?$/, error: 'must be the primary\'s base URL, like http://primary:3000' })
    .optional(),
  REPLICA_BATCH: count('changes')
    .pipe(z.number().min(1, 'must be from 1 to 1000').max(1000, 'must be from 1 to 1000'))
    .default(REPLICA_DEFAULTS.batch),
  REPLICA_MAX_LAG_SECONDS: count('seconds').default(REPLICA_DEFAULTS.maxLagSeconds),
  REPLICA_MAX_UNREACHABLE_SECONDS: count('seconds').default(REPLICA_DEFAULTS.maxUnreachableSeconds),
  MIN_REVISION_WAIT_MS: count('milliseconds').pipe(z.number().max(30_000, 'must be at most 30000')).default(DEFAULT_MIN_REVISION_WAIT_MS),
  CURSOR_SECRET: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits (32 random bytes: openssl rand -hex 32)')
    .optional(),
})

export interface Config {
  host: string
  port: number
  databasePath: string
  logLevel: (typeof LOG_LEVELS)[number]
  cacheControl: string
  corsOrigins: string[]
  /** false when RATE_LIMIT_READS is 0. */
  rateLimit: { reads: number; writes: number } | false
  bodyLimit: number
  /** Shed load when the event loop lags this long (ms); 0 = never. */
  maxEventLoopDelay: number
  /** Read worker threads (default: one per core), their queue, and each request's time budget. */
  readPool: { threads?: number; queue: number; budgetMs: number }
  /** Replica mode (REPLICA_OF or --replica-of): follow this primary, serve reads, redirect writes. null on a primary. */
  replica: ReplicaOptions | null
  /** How long a read with min_revision (or X-Min-Revision) waits for the dataset to reach it. */
  minRevisionWaitMs: number
  /** The secret that signs pagination cursors, shared by a primary and its replicas; unset: one per database. */
  cursorSecret?: string
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The server's command-line flags, each the same as its variable (the flag wins): --replica-of URL. */
function flagsOf(argv: string[]): NodeJS.ProcessEnv {
  let values: { 'replica-of'?: string }
  try {
    values = parseArgs({ args: argv, options: { 'replica-of': { type: 'string' } } }).values
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (the server takes --replica-of URL)`)
  }
  return values['replica-of'] === undefined ? {} : { REPLICA_OF: values['replica-of'] }
}

/** Reads the configuration from the environment and flags; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  env = { ...env, ...flagsOf(argv) }
  const result = ConfigSchema.safeParse(env)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')} ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`)
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`)
  }
  const c = result.data
  return {
    host: c.HOST,
    port: c.PORT,
    databasePath: c.DATABASE_PATH,
    logLevel: c.LOG_LEVEL,
    cacheControl: c.CACHE_CONTROL,
    corsOrigins: c.CORS_ORIGINS.split(','),
    rateLimit: c.RATE_LIMIT_READS === 0 ? false : { reads: c.RATE_LIMIT_READS, writes: c.RATE_LIMIT_WRITES },
    bodyLimit: c.BODY_LIMIT,
    maxEventLoopDelay: c.MAX_EVENT_LOOP_DELAY,
    readPool: { ...(c.READ_WORKERS === undefined ? {} : { threads: c.READ_WORKERS }), queue: c.READ_QUEUE, budgetMs: c.READ_BUDGET_MS },
    replica:
      c.REPLICA_OF === undefined
        ? null
        : { primary: c.REPLICA_OF.replace(/\/+$/, ''), batch: c.REPLICA_BATCH, maxLagSeconds: c.REPLICA_MAX_LAG_SECONDS, maxUnreachableSeconds: c.REPLICA_MAX_UNREACHABLE_SECONDS },
    minRevisionWaitMs: c.MIN_REVISION_WAIT_MS,
    ...(c.CURSOR_SECRET === undefined ? {} : { cursorSecret: c.CURSOR_SECRET }),
  }
}
