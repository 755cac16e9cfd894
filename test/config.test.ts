import path from 'node:path'
import t from 'tap'
import { loadConfig } from '../src/config.js'
import { runScript, scratchDir } from './helper.js'

t.test('defaults', async (t) => {
  t.same(loadConfig({}), {
    host: '127.0.0.1',
    port: 3000,
    databasePath: './data/negotiations.db',
    logLevel: 'info',
    cacheControl: 'public, max-age=60, stale-while-revalidate=300',
    corsOrigins: ['*'],
    rateLimit: { reads: 600, writes: 60 },
    bodyLimit: 1_048_576,
    maxEventLoopDelay: 1000,
    readPool: { queue: 32, budgetMs: 2000 },
    replica: null,
    minRevisionWaitMs: 2000,
  })
  t.same(
    loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_PATH: '/data/x.db',
      LOG_LEVEL: 'debug',
      CACHE_CONTROL: 'no-cache',
      CORS_ORIGINS: 'https://a.example,http://localhost:5173',
      RATE_LIMIT_READS: '0',
      BODY_LIMIT: '2048',
      READ_WORKERS: '3',
      READ_QUEUE: '5',
      READ_BUDGET_MS: '500',
    }),
    {
      host: '0.0.0.0',
      port: 8080,
      databasePath: '/data/x.db',
      logLevel: 'debug',
      cacheControl: 'no-cache',
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      rateLimit: false,
      bodyLimit: 2048,
      maxEventLoopDelay: 1000,
      readPool: { threads: 3, queue: 5, budgetMs: 500 },
      replica: null,
      minRevisionWaitMs: 2000,
    },
  )
})

t.test('replica mode: REPLICA_OF or --replica-of, with its bounds', async (t) => {
  const env = { REPLICA_OF: 'http://primary:3000/', REPLICA_BATCH: '50', REPLICA_MAX_LAG_SECONDS: '10', REPLICA_MAX_UNREACHABLE_SECONDS: '5', MIN_REVISION_WAIT_MS: '500', CURSOR_SECRET: 'ab'.repeat(32) }
  t.match(loadConfig(env), {
    replica: { primary: 'http://primary:3000', batch: 50, maxLagSeconds: 10, maxUnreachableSeconds: 5 },
    minRevisionWaitMs: 500,
    cursorSecret: 'ab'.repeat(32),
  })
  t.match(loadConfig({}, ['--replica-of', 'https://p.example']), { replica: { primary: 'https://p.example', batch: 500, maxLagSeconds: 30, maxUnreachableSeconds: 30 } }, 'the flag, with the defaults')
  t.match(loadConfig({ REPLICA_OF: 'http://a:1' }, ['--replica-of=http://b:2']), { replica: { primary: 'http://b:2' } }, 'the flag wins')
  t.throws(() => loadConfig({ REPLICA_OF: 'primary:3000' }), { message: /REPLICA_OF must be the primary's base URL, like http:\/\/primary:3000/ })
  t.throws(() => loadConfig({ REPLICA_OF: 'ftp://primary' }), { message: /REPLICA_OF must be the primary's base URL/ })
  t.throws(() => loadConfig({ REPLICA_BATCH: '0' }), { message: /REPLICA_BATCH must be from 1 to 1000/ })
  t.throws(() => loadConfig({ MIN_REVISION_WAIT_MS: '60000' }), { message: /MIN_REVISION_WAIT_MS must be at most 30000/ })
  t.throws(() => loadConfig({ CURSOR_SECRET: 'secret' }), { message: /CURSOR_SECRET must be 64 lowercase hex digits/ })
  t.throws(() => loadConfig({}, ['--replica']), { name: 'ConfigError', message: /the server takes --replica-of URL/ })
})

t.test('each invalid variable is named', async (t) => {
  t.throws(() => loadConfig({ READ_WORKERS: 'two' }), { message: /READ_WORKERS must be a whole number of threads/ })
  t.throws(() => loadConfig({ READ_BUDGET_MS: 'soon' }), { message: /READ_BUDGET_MS must be a whole number of milliseconds/ })
  t.throws(() => loadConfig({ PORT: 'abc' }), { name: 'ConfigError', message: /PORT must be a whole number from 0 to 65535 \(got "abc"\)/ })
  t.throws(() => loadConfig({ PORT: '70000' }), { message: /PORT must be a whole number/ })
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), { message: /LOG_LEVEL must be one of fatal, error/ })
  t.throws(() => loadConfig({ DATABASE_PATH: '' }), { message: /DATABASE_PATH must not be empty/ })
  t.throws(() => loadConfig({ CORS_ORIGINS: 'example.org' }), { message: /CORS_ORIGINS must be \* or a comma-separated list/ })
  t.throws(() => loadConfig({ RATE_LIMIT_WRITES: 'lots' }), { message: /RATE_LIMIT_WRITES must be a whole number of writes/ })
  t.throws(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'x' }), { message: /PORT.*; LOG_LEVEL/ })
})

t.test('the server exits 1 with one clear line on invalid configuration', async (t) => {
  const run = await runScript('src/server.ts', [], { PORT: 'not-a-port', DATABASE_PATH: path.join(scratchDir(t), 'never.db') })
  t.equal(run.code, 1)
  t.equal(run.stdout, '')
  const lines = run.stderr.trim().split('\n')
  t.equal(lines.length, 1, 'one line, no stack trace')
  t.match(lines[0], /^negotiations-api: invalid configuration: PORT must be a whole number/)
})
