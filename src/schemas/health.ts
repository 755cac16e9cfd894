import { z } from 'zod'

export const Health = z
  .object({ status: z.literal('ok') })
  .meta({ id: 'Health', description: 'The process is alive.', example: { status: 'ok' } })

export const Readiness = z
  .object({
    status: z.literal('ready'),
    checks: z.object({
      database: z.literal('ok').describe('A query on the read connection succeeded.'),
      migrations: z.literal('current').describe('Every migration under migrations/ has been applied.'),
    }),
  })
  .meta({
    id: 'Readiness',
    description: 'The service can answer requests: the database is reachable and its schema is current.',
    example: { status: 'ready', checks: { database: 'ok', migrations: 'current' } },
  })
