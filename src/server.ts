import closeWithGrace from 'close-with-grace'
import { ConfigError, loadConfig, type Config } from './config.js'
import { createApp } from './app.js'

let config: Config
try {
  config = loadConfig(process.env, process.argv.slice(2))
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`negotiations-api: ${error.message}`)
    process.exit(1)
  }
  throw error
}

let app: Awaited<ReturnType<typeof createApp>>
try {
  app = await createApp({
    databasePath: config.databasePath,
    cacheControl: config.cacheControl,
    corsOrigins: config.corsOrigins,
    rateLimit: config.rateLimit,
    maxEventLoopDelay: config.maxEventLoopDelay,
    readPool: config.readPool,
    replica: config.replica,
    minRevisionWaitMs: config.minRevisionWaitMs,
    ...(config.cursorSecret === undefined ? {} : { cursorSecret: config.cursorSecret }),
    config,
  })
} catch (error) {
  console.error(`negotiations-api: cannot start: ${(error as Error).message}`)
  process.exit(1)
}

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error')
  else app.log.info({ signal }, 'shutting down')
  await app.close()
})

try {
  await app.listen({ host: config.host, port: config.port })
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
  // A busy port is the operator's to fix: one line saying how, not a stack trace.
  console.error(`negotiations-api: port ${config.port} is in use; set PORT`)
  await app.close()
  process.exit(1)
}
