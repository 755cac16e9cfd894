// What a public API needs against hostile or careless clients: security headers, CORS, compression,
// per-client rate limits, and load shedding. Each answer it gives is a problem document.
import compress from '@fastify/compress'
import cors from '@fastify/cors'
import helmet from 'helmet'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { HttpProblem } from '../domain/errors.js'

export interface ProtectionOptions {
  /** Origins allowed to call the API from a browser: ['*'] for any (the default). */
  corsOrigins?: string[]
  /**
   * Requests per minute per client address (reads), writes per minute per authenticated API key, and
   * failed authentications per minute per client address (default AUTH_FAILURES_PER_MINUTE); false turns limiting off.
   */
  rateLimit?: { reads: number; writes: number; authFailures?: number } | false
  /** Shed load (503) when the event loop lags this much (ms); 0 or unset turns it off. */
  maxEventLoopDelay?: number
}

/** Failed authentications a client address may make in a minute; the next attempt is a 429. */
export const AUTH_FAILURES_PER_MINUTE = 10

/** The limits that depend on who a request authenticated as: the auth plugin calls them. */
export interface AuthLimits {
  /** Throws a 429 while this client address has failed to authenticate too often. */
  beforeAuthentication: (request: FastifyRequest) => Promise<void>
  /** Counts a failed authentication against the client address. */
  failedAuthentication: (request: FastifyRequest) => Promise<void>
  /** Counts a write against request.apiKey; throws a 429 past the key's limit. */
  authenticatedWrite: (request: FastifyRequest) => Promise<void>
}

declare module 'fastify' {
  interface FastifyInstance {
    authLimits: AuthLimits
  }
}

/**
 * The headers a helmet middleware sets, computed once: @fastify/helmet re-creates the middleware (and
 * re-parses the CSP) on every request, which cost ~11 % of a stored-document item read.
 */
function staticHeaders(middleware: ReturnType<typeof helmet>): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = { setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value), removeHeader: () => undefined }
  middleware({} as never, response as never, () => undefined)
  return headers
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const isWrite = (request: FastifyRequest) => WRITE_METHODS.has(request.method)
const MINUTE = 60_000

const tooMany = (detail: string, retryAfterSeconds: number) =>
  new HttpProblem(429, `${detail} Retry after ${retryAfterSeconds} s.`, { headers: { 'retry-after': String(Math.max(1, retryAfterSeconds)) } })

export default fp<ProtectionOptions>(
  async (app, opts) => {
    const securityHeaders = staticHeaders(
      helmet({
        // The API serves JSON; the CSP is for /docs (Swagger UI) and the explorer page, which load only their own files.
        contentSecurityPolicy: {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            frameAncestors: ["'none'"],
            baseUri: ["'self'"],
            // Helmet's default would send every asset of /docs to https, a blank page over plain HTTP on
            // any host but localhost (how the Docker image is reached); TLS, when there is one, is the
            // proxy's job, and HSTS upgrades there.
            upgradeInsecureRequests: null,
          },
        },
        // Cross-origin reads are the point of a public dataset.
        crossOriginResourcePolicy: { policy: 'cross-origin' },
      }),
    )
    // The same headers on every answer: set from one object, not rebuilt per request.
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(securityHeaders)
      done()
    })

    const origins = opts.corsOrigins ?? ['*']
    await app.register(cors, {
      origin: origins.includes('*') ? '*' : origins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'If-Modified-Since', 'Idempotency-Key', 'Last-Event-ID', 'X-Request-Id', 'Accept'],
      exposedHeaders: ['ETag', 'Last-Modified', 'Link', 'Location', 'Retry-After', 'X-Dataset-Revision', 'X-Request-Id', 'Idempotent-Replayed', 'Content-Disposition'],
      maxAge: 600,
    })

    if (opts.rateLimit) {
      const { reads, writes, authFailures = AUTH_FAILURES_PER_MINUTE } = opts.rateLimit
      await app.register(rateLimit, {
        global: true,
        timeWindow: MINUTE,
        // Every request counts against its client address, reads and writes in separate budgets (so a
        // writer does not use up its readers' reads). Writes are limited per API key after authentication.
        keyGenerator: (request) => `${isWrite(request) ? 'write-ip' : 'ip'}:${request.ip}`,
        max: (request) => (isWrite(request) ? Math.max(reads, writes) : reads),
        errorResponseBuilder: (_request, context) =>
          tooMany(`Too many requests: at most ${context.max} a minute from one client.`, Math.ceil(context.ttl / 1000)),
      })
      const failures = app.createRateLimit({ timeWindow: MINUTE, max: authFailures, keyGenerator: (request) => `auth-failure:${request.ip}` })
      const keyWrites = app.createRateLimit({ timeWindow: MINUTE, max: writes, keyGenerator: (request) => `key:${request.apiKey?.name ?? ''}` })
      app.decorate('authLimits', {
        beforeAuthentication: async (request) => {
          const state = await failures(request, { increment: false })
          if (!state.isAllowed && state.remaining === 0) {
            throw tooMany(`Too many failed authentications: at most ${authFailures} a minute from one client.`, state.ttlInSeconds)
          }
        },
        failedAuthentication: async (request) => {
          await failures(request)
        },
        authenticatedWrite: async (request) => {
          const state = await keyWrites(request)
          if (!state.isAllowed && state.isExceeded) throw tooMany(`Too many writes: at most ${writes} a minute for this API key.`, state.ttlInSeconds)
        },
      } satisfies AuthLimits)
    } else {
      const unlimited = async () => {}
      app.decorate('authLimits', { beforeAuthentication: unlimited, failedAuthentication: unlimited, authenticatedWrite: unlimited } satisfies AuthLimits)
    }

    if (opts.maxEventLoopDelay) {
      await app.register(underPressure, {
      maxEventLoopDelay: opts.maxEventLoopDelay,
      retryAfter: 10,
      pressureHandler: async (_request, _reply, type) => {
        throw new HttpProblem(503, `The server is overloaded (${type}); retry in a few seconds.`, { headers: { 'retry-after': '10' } })
      },
      })
    }

    // Registered after the cache hook, so ETags are computed on the bytes before compression.
    await app.register(compress, {
      global: true,
      threshold: 1024,
      encodings: ['br', 'gzip'],
      customTypes: /^(application\/(json|problem\+json|x-ndjson|yaml)|text\/(csv|plain|html|css|javascript))\b/,
    })
  },
  { name: 'protection' },
)
