import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { pendingMigrations } from '../db/migrate.js'
import { HttpProblem } from '../domain/errors.js'
import { Health, Readiness } from '../schemas/health.js'
import { pretty, queryObject } from '../schemas/query.js'
import { jsonResponse, problemResponses } from '../schemas/responses.js'

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['operations'],
        summary: 'Liveness probe',
        description: 'Answers 200 while the process is running. It does not touch the database.',
        querystring: queryObject({ pretty }, { read: false }),
        response: { 200: jsonResponse('Alive.', Health), ...problemResponses(400, 406) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store')
      return { status: 'ok' as const }
    },
  )

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['operations'],
        summary: 'Readiness probe',
        description:
          'Answers 200 when the database answers a query and every migration has been applied, 503 otherwise. On a read replica (REPLICA_OF) it also reports `replica` (revision, the primary\'s revision, seconds behind) and answers 503, with the same `replica` member in the problem document, when the replica is more than REPLICA_MAX_LAG_SECONDS behind or the primary has not answered for more than REPLICA_MAX_UNREACHABLE_SECONDS. Reads are served either way: readiness is for the load balancer.',
        querystring: queryObject({ pretty }, { read: false }),
        response: { 200: jsonResponse('Ready.', Readiness), ...problemResponses(400, 406, 503) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store')
      try {
        app.db.reader.prepare('SELECT 1').get()
      } catch (error) {
        app.log.error({ err: error }, 'readiness: database query failed')
        throw new HttpProblem(503, 'The database does not answer.')
      }
      const pending = pendingMigrations(app.db.writer)
      if (pending.length > 0) throw new HttpProblem(503, `${pending.length} database migration(s) have not been applied.`)
      const checks = { database: 'ok' as const, migrations: 'current' as const }
      if (!app.replica) return { status: 'ready' as const, checks }
      const replica = app.replica.status()
      const unready = app.replica.unreadyReason(replica)
      if (unready) throw new HttpProblem(503, unready, { members: { replica } })
      return { status: 'ready' as const, checks: { ...checks, replica: 'following' as const }, replica }
    },
  )
}

export default healthRoutes
