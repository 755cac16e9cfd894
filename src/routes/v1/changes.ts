import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { negotiate } from '../../domain/accept.js'
import { latestSeq } from '../../repositories/changes.js'
import { ChangeFeed } from '../../schemas/changes.js'
import { pretty, queryObject } from '../../schemas/query.js'
import { NOT_MODIFIED, problemResponses } from '../../schemas/responses.js'
import { assertSinceKnown, readChanges, SSE_LIMITS, streamChangeEvents } from '../../services/change-feed.js'
import { badParameter } from '../../services/list-service.js'

export const ChangesQuery = queryObject({
  since: z.coerce
    .number({ error: 'must be a whole number: a sequence number from a previous page (0 for the start)' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .optional()
    .describe('Return changes after this sequence number (default 0: the whole log, from the initial seed on).')
    .meta({ example: 120 }),
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 1000' })
    .int('must be a whole number from 1 to 1000')
    .min(1, 'must be a whole number from 1 to 1000')
    .max(1000, 'must be a whole number from 1 to 1000')
    .optional()
    .describe('At most this many changes (1-1000, default 100).')
    .meta({ example: 100 }),
  wait: z.coerce
    .number({ error: 'must be a number of seconds from 0 to 30' })
    .min(0, 'must be a number of seconds from 0 to 30')
    .max(30, 'must be a number of seconds from 0 to 30')
    .optional()
    .describe('Long-poll: when nothing follows `since`, wait up to this many seconds (0-30) for a change before answering.')
    .meta({ example: 25 }),
  pretty,
})

const changeRoutes: FastifyPluginAsync = async (app) => {
  // Aborted when the server starts closing: long-polls answer at once and streams end.
  const closing = new AbortController()
  app.addHook('preClose', async () => closing.abort())

  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/changes',
    {
      schema: {
        operationId: 'listChanges',
        tags: ['sync'],
        summary: 'The change feed',
        description:
          `Every insert, update and delete of any entity, in order, each with the full new record (or a tombstone). Replaying it from 0 rebuilds the dataset exactly. Use \`wait\` to long-poll, or \`Accept: text/event-stream\` to receive changes as server-sent events (event \`change\`, id = seq; reconnect with \`Last-Event-ID\` to resume). An event stream replays at most ${SSE_LIMITS.maxReplay} changes: a consumer further behind gets one \`too-far-behind\` event (id = the revision; data says where to catch up: this feed in pages, or /v1/snapshot.sqlite) and the stream continues live from the revision. A consumer that stops reading is disconnected (after ${SSE_LIMITS.drainTimeoutMs / 1000} s without draining, or ${SSE_LIMITS.maxBufferedBytes / 1024 / 1024} MiB unsent).`,
        querystring: ChangesQuery,
        headers: z.object({
          'last-event-id': z.string().optional().describe('For event streams: resume after this sequence number (overrides `since`).').meta({ example: '120' }),
        }),
        response: {
          200: {
            description: 'A page of changes (JSON), or an endless stream of them (text/event-stream).',
            content: {
              'application/json': { schema: ChangeFeed },
              'text/event-stream': { schema: z.string().describe('Server-sent events: `id: <seq>`, `event: change`, `data: <Change as JSON>`.') },
            },
          },
          304: NOT_MODIFIED,
          ...problemResponses(400, 406, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const q = request.query
      const limit = q.limit ?? 100
      const lastEventId = request.headers['last-event-id']
      if (lastEventId !== undefined && !/^\d+$/.test(lastEventId)) throw badParameter('last-event-id', 'must be a sequence number', 'header')
      const since = lastEventId !== undefined ? Number(lastEventId) : (q.since ?? 0)
      assertSinceKnown(app.db.reader, since)

      if (negotiate(request.headers.accept, ['application/json', 'text/event-stream']) === 'text/event-stream') {
        reply.hijack()
        const res = reply.raw
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          'x-request-id': String(request.id),
          'x-accel-buffering': 'no',
        })
        const gone = new AbortController()
        const stop = () => gone.abort()
        request.raw.on('close', stop)
        closing.signal.addEventListener('abort', stop, { once: true })
        const ended = await streamChangeEvents(app.db.reader, res, since, gone.signal)
        if (ended === 'not-reading' || ended === 'buffer-cap') request.log.info({ ended }, 'event stream consumer disconnected: it was not reading')
        closing.signal.removeEventListener('abort', stop)
        res.end()
        return
      }

      // The feed moves on with every change: caches must revalidate (the ETag makes that cheap).
      reply.header('cache-control', 'no-cache')
      const data = await readChanges(app.db.reader, since, limit, (q.wait ?? 0) * 1000, closing.signal)
      const nextSince = data.at(-1)?.seq ?? since
      const base = `/v1/changes?limit=${limit}`
      return {
        data,
        next_since: nextSince,
        revision: latestSeq(app.db.reader),
        links: { self: `${base}&since=${since}`, next: `${base}&since=${nextSince}` },
      }
    },
  )
}

export default changeRoutes
