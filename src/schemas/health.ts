import { z } from 'zod'

export const Health = z
  .object({ status: z.literal('ok') })
  .meta({ id: 'Health', description: 'The process is alive.', example: { status: 'ok' } })

export const ReplicaStatus = z
  .object({
    primary: z.string().describe('The primary this replica follows (REPLICA_OF).'),
    revision: z.number().int().describe('The revision this replica serves.'),
    primary_revision: z.number().int().nullable().describe('The primary\'s revision when it last answered; null before it has.'),
    seconds_behind: z
      .number()
      .int()
      .nullable()
      .describe('0 when caught up; while the primary has newer changes, how long ago the newest change applied here was made on the primary. Null before the primary has answered.'),
    primary_reachable: z.boolean().describe('Whether the last request to the primary was answered.'),
    last_contact_at: z.string().nullable().describe('When the primary last answered (RFC 3339).'),
    last_error: z.string().nullable().describe('Why requests to the primary fail, while they do.'),
  })
  .meta({ id: 'ReplicaStatus', description: 'A read replica\'s position relative to its primary (present only in replica mode).' })

export const Readiness = z
  .object({
    status: z.literal('ready'),
    checks: z.object({
      database: z.literal('ok').describe('A query on the read connection succeeded.'),
      migrations: z.literal('current').describe('Every migration under migrations/ has been applied.'),
      replica: z
        .literal('following')
        .optional()
        .describe('Replica mode: the primary answers (or has been silent for at most REPLICA_MAX_UNREACHABLE_SECONDS) and the lag is at most REPLICA_MAX_LAG_SECONDS.'),
    }),
    replica: ReplicaStatus.optional(),
  })
  .meta({
    id: 'Readiness',
    description: 'The service can answer requests: the database is reachable and its schema is current; a replica is also close enough to its primary.',
    example: { status: 'ready', checks: { database: 'ok', migrations: 'current' } },
  })
