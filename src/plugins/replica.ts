// Replica mode and read-your-writes. On a replica (REPLICA_OF): the database is bootstrapped from
// the primary's snapshot before the db plugin opens it, a follower thread keeps it current, and every
// write is answered 307 to the same URL on the primary, before authentication (a replica holds no
// API keys) and without touching the database. On any server: a read with min_revision=N (or the
// X-Min-Revision header) waits briefly until the dataset has reached revision N, then 503.
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { HttpProblem } from '../domain/errors.js'
import { latestSeq } from '../repositories/changes.js'
import { bootstrapReplica, DEFAULT_MIN_REVISION_WAIT_MS, Replica, waitForRevision, type ReplicaOptions } from '../services/replica.js'
import { sendProblem } from './error-handler.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The follower and its status on a replica; null on a primary. */
    replica: Replica | null
  }
}

export interface ReplicaPluginOptions {
  databasePath: string
  replica?: ReplicaOptions | null
  minRevisionWaitMs?: number
  /** The revision of the snapshot createApp downloaded before registering plugins (a download can outlast Fastify's plugin timeout), or null. */
  bootstrapped?: number | null
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** The probes answer for the process, now: they never wait for a revision. */
const PROBES = new Set(['/healthz', '/readyz'])
export const MIN_REVISION_HEADER = 'x-min-revision'

function minRevisionOf(request: FastifyRequest): { revision: number; where: 'query' | 'header'; name: string } | undefined {
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.min_revision
  const header = request.headers[MIN_REVISION_HEADER]
  const [where, name, value] = fromQuery !== undefined ? (['query', 'min_revision', fromQuery] as const) : (['header', MIN_REVISION_HEADER, header] as const)
  if (value === undefined) return undefined
  // A route's query schema may have coerced it to a number already.
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return { revision: value, where, name }
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) {
    const message = 'must be a dataset revision: a whole number, such as the X-Dataset-Revision of the answer to your write'
    throw new HttpProblem(400, `The request is invalid. ${where} parameter "${name}": ${message}`, { errors: [{ in: where, name, message }] })
  }
  return { revision: Number(value), where, name }
}

export default fp<ReplicaPluginOptions>(
  async (app, opts) => {
    const options = opts.replica ?? null
    const revisionNow = () => latestSeq(app.db.reader)
    let replica: Replica | null = null
    if (options) {
      const downloaded = opts.bootstrapped ?? (await bootstrapReplica(options.primary, opts.databasePath))
      if (downloaded !== null) app.log.info({ primary: options.primary, revision: downloaded }, 'replica: bootstrapped from the primary\'s snapshot')
      replica = new Replica(options, opts.databasePath, revisionNow, app.log)
      app.addHook('onReady', async () => {
        if (downloaded === null) app.log.info({ primary: options.primary, revision: revisionNow() }, 'replica: resuming from the local copy')
        replica!.start()
      })
      app.addHook('onClose', async () => replica!.close())
      app.addHook('onRequest', async (request, reply) => {
        if (SAFE_METHODS.has(request.method)) return
        reply.header('location', `${options.primary}${request.url}`).header('x-request-id', request.id)
        return sendProblem(request, reply, 307, `This server is a read replica; it never writes. Send the request to the primary: ${options.primary}${request.url}`, undefined, {
          primary: options.primary,
        })
      })
    }
    app.decorate('replica', replica)

    const waitMs = opts.minRevisionWaitMs ?? DEFAULT_MIN_REVISION_WAIT_MS
    app.addHook('preHandler', async (request) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return
      if (PROBES.has(request.url.split('?')[0] ?? '')) return
      const asked = minRevisionOf(request)
      if (asked === undefined) return
      // The primary makes every revision: one it has not made is no lag to wait out but a client error
      // (as a change-feed `since` beyond the revision is).
      const revision = revisionNow()
      if (!options && asked.revision > revision) {
        const message = `is beyond the dataset's revision (${revision}): this server is the primary, and every revision a write answered is already here`
        throw new HttpProblem(400, `The request is invalid. ${asked.where} parameter "${asked.name}" ${message}`, { errors: [{ in: asked.where, name: asked.name, message }] })
      }
      await waitForRevision(asked.revision, revisionNow, waitMs, options?.primary)
    })
  },
  { name: 'replica' },
)
