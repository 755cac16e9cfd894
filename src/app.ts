import type { Server } from 'node:http'
import Fastify, { LogController, type FastifyHttpOptions, type FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import type { Config } from './config.js'
import dbPlugin from './plugins/db.js'
import readPool from './plugins/read-pool.js'
import type { ReadPoolOptions } from './services/read-pool.js'
import explorer from './plugins/explorer.js'
import authPlugin, { redactUrl } from './plugins/auth.js'
import contentNegotiation from './plugins/content-negotiation.js'
import errorHandler, { clientErrorProblem, sendProblem } from './plugins/error-handler.js'
import httpCache from './plugins/http-cache.js'
import protection, { type ProtectionOptions } from './plugins/protection.js'
import replicaPlugin from './plugins/replica.js'
import { bootstrapReplica, type ReplicaOptions } from './services/replica.js'
import swaggerPlugin from './plugins/swagger.js'
import healthRoutes from './routes/health.js'
import v1Routes from './routes/v1/index.js'

export interface AppOptions extends ProtectionOptions {
  databasePath: string
  /** Read workers: threads, queue length and the time budget of each request (src/services/read-pool.ts). */
  readPool?: Omit<ReadPoolOptions, 'databasePath'>
  /** Cache-Control for successful reads. */
  cacheControl?: string
  /** Replica mode: follow this primary (src/plugins/replica.ts). */
  replica?: ReplicaOptions | null
  /** How long a read with min_revision waits for the dataset to reach it. */
  minRevisionWaitMs?: number
  /** The pagination cursors' signing secret, shared by a primary and its replicas. */
  cursorSecret?: string
  /** Set by createApp: the revision of the replica's snapshot it downloaded, or null (src/plugins/replica.ts). */
  bootstrapped?: number | null
}

// A client's request id is kept when it is short and plain; otherwise one is generated.
const REQUEST_ID = /^[\w.:-]{1,128}$/

/** A client has this long to send its request, headers and body; answers may take longer (long-polls). */
export const REQUEST_TIMEOUT_MS = 30_000

export function fastifyOptions(config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'bodyLimit'>> & { requestTimeout?: number }): FastifyHttpOptions<Server> {
  const requestTimeout = config.requestTimeout ?? REQUEST_TIMEOUT_MS
  return {
    bodyLimit: config.bodyLimit ?? 1_048_576,
    requestTimeout,
    // Node checks the deadlines only every connectionsCheckingInterval (30 s unless told), and its
    // headers deadline is 60 s unless told: check every second, against the one documented deadline.
    http: { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(1000, requestTimeout) },
    // A missed deadline (408), oversized headers (431) or malformed HTTP get a problem document too.
    clientErrorHandler: clientErrorProblem(requestTimeout),
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'], censor: '[redacted]' },
    },
    // One log line per request, written when it completes (see the onResponse hook in serviceApp).
    logController: new LogController({ disableRequestLogging: true }),
    // genReqId reads X-Request-Id itself, so that a malformed one is replaced rather than trusted.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    return503OnClosing: true,
    // Long ids reach the route (and its 400) rather than the router's own answer.
    routerOptions: { maxParamLength: 500 },
    // Errors the router raises before any route runs (a malformed URL, a parameter over the limit)
    // get the same problem document as everything else.
    frameworkErrors: (error, request, reply) => {
      const status = typeof error.statusCode === 'number' ? error.statusCode : 400
      sendProblem(request, reply, status, status === 414 ? 'A path parameter is too long.' : 'The URL is not valid (it has a malformed percent-encoding).')
    },
  }
}

/** The whole service as a plugin: external plugins, then app plugins, then routes. */
export const serviceApp = fp<AppOptions>(
  async (app, opts) => {
    app.setValidatorCompiler(validatorCompiler)
    app.setSerializerCompiler(serializerCompiler)

    await app.register(swaggerPlugin)
    await app.register(errorHandler)
    // Before the database opens: a replica's is downloaded first, and its writes never reach the rest.
    await app.register(replicaPlugin, { databasePath: opts.databasePath, replica: opts.replica, minRevisionWaitMs: opts.minRevisionWaitMs, bootstrapped: opts.bootstrapped })
    await app.register(contentNegotiation)
    await app.register(dbPlugin, { databasePath: opts.databasePath, cursorSecret: opts.cursorSecret })
    await app.register(readPool, { ...opts.readPool, databasePath: opts.databasePath })
    await app.register(httpCache, { cacheControl: opts.cacheControl })
    await app.register(protection, { corsOrigins: opts.corsOrigins, rateLimit: opts.rateLimit, maxEventLoopDelay: opts.maxEventLoopDelay })
    await app.register(authPlugin)
    // JSON Merge Patch bodies (RFC 7396) are JSON.
    app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'))

    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id)
      request.log.debug({ method: request.method, url: request.url }, 'request received')
    })
    // While shutting down, answers close their connections: a keep-alive client must not hold the
    // server open past the answers it was owed.
    let closing = false
    app.addHook('preClose', async () => {
      closing = true
    })
    app.addHook('onSend', async (_request, reply, payload) => {
      if (closing) reply.header('connection', 'close')
      return payload
    })
    app.addHook('onResponse', async (request, reply) => {
      // Built only when it will be written: at LOG_LEVEL=warn this runs for every answer.
      if ((request.log as Logger).isLevelEnabled('info'))
        request.log.info(
          {
            method: request.method,
            url: redactUrl(request.url),
            route: request.routeOptions.url ?? null,
            status: reply.statusCode,
            responseTime: Math.round(reply.elapsedTime * 10) / 10,
            // The TCP peer, which an operator needs to act on abuse (behind a proxy: the proxy).
            remoteAddress: request.ip,
            remotePort: request.socket?.remotePort ?? null,
          },
          'request completed',
        )
      if (closing) request.raw.socket?.end()
    })
    // ?pretty=true indents any JSON answer for reading in a terminal.
    app.addHook('onSend', async (request, reply, payload) => {
      const type = String(reply.getHeader('content-type') ?? '')
      if (typeof payload !== 'string' || payload === '' || !/^application\/([\w.-]+\+)?json\b/.test(type) || !/[?&]pretty=true(&|$)/.test(request.url)) return payload
      return `${JSON.stringify(JSON.parse(payload), null, 2)}\n`
    })

    await app.register(healthRoutes)
    await app.register(v1Routes)
    await app.register(explorer)
  },
  { name: 'service-app' },
)

export async function createApp(options: AppOptions & { config?: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'bodyLimit'>> }): Promise<FastifyInstance> {
  const { config, ...appOptions } = options
  // A replica's first snapshot is downloaded before any plugin starts: it may take longer than
  // Fastify lets a plugin take.
  const bootstrapped = appOptions.replica ? await bootstrapReplica(appOptions.replica.primary, appOptions.databasePath) : null
  const app = Fastify(fastifyOptions(config ?? { logLevel: 'silent' })).withTypeProvider<ZodTypeProvider>()
  await app.register(serviceApp, { ...appOptions, bootstrapped })
  await app.ready()
  return app
}
