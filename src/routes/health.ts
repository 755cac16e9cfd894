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
        querystring: queryObject({ pretty }),
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
        description: 'Answers 200 when the database answers a query and every migration has been applied, 503 otherwise.',
        querystring: queryObject({ pretty }),
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
      return { status: 'ready' as const, checks: { database: 'ok' as const, migrations: 'current' as const } }
    },
  )
}

export default healthRoutes
