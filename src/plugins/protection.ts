// What a public API needs against hostile or careless clients: security headers, CORS, compression,
// per-client rate limits, and load shedding. Each answer it gives is a problem document.
import { createHash } from 'node:crypto'
import compress from '@fastify/compress'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { HttpProblem } from '../domain/errors.js'

export interface ProtectionOptions {
  /** Origins allowed to call the API from a browser: ['*'] for any (the default). */
  corsOrigins?: string[]
  /** Requests per minute per client (reads) and per API key (writes); false turns limiting off. */
  rateLimit?: { reads: number; writes: number } | false
  /** Shed load (503) when the event loop lags this much (ms); 0 or unset turns it off. */
  maxEventLoopDelay?: number
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const isWrite = (request: FastifyRequest) => WRITE_METHODS.has(request.method)
const keyOf = (request: FastifyRequest) => {
  const auth = request.headers.authorization
  return typeof auth === 'string' ? `key:${createHash('sha256').update(auth).digest('hex').slice(0, 32)}` : undefined
}

export default fp<ProtectionOptions>(
  async (app, opts) => {
    await app.register(helmet, {
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
      const { reads, writes } = opts.rateLimit
      await app.register(rateLimit, {
        global: true,
        timeWindow: 60_000,
        // Writes are counted per API key, reads per client address.
        keyGenerator: (request) => (isWrite(request) && keyOf(request)) || `ip:${request.ip}`,
        max: (request) => (isWrite(request) ? writes : reads),
        errorResponseBuilder: (_request, context) =>
          new HttpProblem(429, `Too many requests: at most ${context.max} a minute${context.max === writes ? ' for this API key' : ' from one client'}. Retry after ${context.after}.`, {
            headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
          }),
      })
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
