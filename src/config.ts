import { z } from 'zod'
import { DEFAULT_CACHE_CONTROL } from './plugins/http-cache.js'
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
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the configuration from the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
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
  }
}
