// Replica mode, the server's side: the database is bootstrapped from the primary's snapshot, a
// follower thread (replica-worker.ts) keeps it current from the change feed, and this keeps what
// the follower last reported, from which /readyz says whether a load balancer should send reads here.
import type { Worker } from 'node:worker_threads'
import { ApiClient } from '../client/api-client.js'
import { HttpProblem } from '../domain/errors.js'
import { bootstrapFromSnapshot } from './mirror.js'
import type { FollowerReport } from './replica-follower.js'
import { startWorker } from './worker-thread.js'

export interface ReplicaOptions {
  /** The primary's base URL, without a trailing slash. */
  primary: string
  /** Changes fetched and applied per transaction. */
  batch: number
  /** /readyz fails when the replica is further behind than this. */
  maxLagSeconds: number
  /** /readyz fails when the primary has not answered for longer than this. */
  maxUnreachableSeconds: number
}

export const REPLICA_DEFAULTS = { batch: 500, maxLagSeconds: 30, maxUnreachableSeconds: 30 } as const
export const DEFAULT_MIN_REVISION_WAIT_MS = 2000

/** What /readyz reports about a replica (snake_case: it is served as is). */
export interface ReplicaStatus {
  primary: string
  revision: number
  /** The primary's revision when it last answered; null before it has. */
  primary_revision: number | null
  /** How old the newest applied change is while the primary has newer ones; 0 when caught up; null before the primary has answered. */
  seconds_behind: number | null
  primary_reachable: boolean
  /** When the primary last answered (RFC 3339), or null. */
  last_contact_at: string | null
  /** Why the last request to the primary failed, while it fails. */
  last_error: string | null
}

/** Downloads the primary's snapshot when the replica has no database yet; returns its revision, or null to resume the local copy. */
export function bootstrapReplica(primary: string, databasePath: string): Promise<number | null> {
  return bootstrapFromSnapshot(new ApiClient(primary, 'negotiations-replica'), databasePath)
}

const STOP_GRACE_MS = 5000
const RESTART_DELAY_MS = 1000

export class Replica {
  private worker: Worker | undefined
  private exited: Promise<void> = Promise.resolve()
  private last: Extract<FollowerReport, { kind: 'page' }> | undefined
  /** The first failure of the current run of failures; undefined while the primary answers. */
  private failingSince: number | undefined
  private lastError: string | null = null
  private readonly startedAt = Date.now()
  private closing = false

  constructor(
    readonly options: ReplicaOptions,
    private readonly databasePath: string,
    /** The replica's revision now (read from its database). */
    private readonly revisionNow: () => number,
    private readonly log: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void },
  ) {}

  /** Starts the follower thread; one that dies (an error it did not report) is counted as a failure and started again. */
  start(): void {
    const worker = startWorker('./replica-worker', import.meta.url, {
      workerData: { primary: this.options.primary, databasePath: this.databasePath, batch: this.options.batch },
    })
    this.worker = worker
    worker.on('message', (report: FollowerReport) => this.record(report))
    worker.on('error', (error) => {
      this.log.warn({ err: error }, 'replica: the follower thread failed')
      this.record({ kind: 'error', message: `the follower thread failed: ${error.message}`, at: Date.now() })
    })
    this.exited = new Promise((resolve) =>
      worker.once('exit', () => {
        if (!this.closing) setTimeout(() => !this.closing && this.start(), RESTART_DELAY_MS).unref()
        resolve()
      }),
    )
  }

  /** Takes one report of the follower (exported for tests that drive the follower on their own thread). */
  record(report: FollowerReport): void {
    if (report.kind === 'page') {
      if (this.failingSince !== undefined || this.last === undefined) {
        this.log.info({ primary: this.options.primary, revision: report.revision, primaryRevision: report.primaryRevision }, 'replica: following the primary')
      }
      this.last = report
      this.failingSince = undefined
      this.lastError = null
      return
    }
    if (this.failingSince === undefined) {
      this.failingSince = report.at
      this.log.warn({ primary: this.options.primary, error: report.message }, 'replica: the primary does not answer; reads continue from the local copy')
    }
    this.lastError = report.message
  }

  status(now = Date.now()): ReplicaStatus {
    const last = this.last
    let secondsBehind: number | null = null
    if (last) {
      const caughtUp = last.revision >= last.primaryRevision
      secondsBehind = caughtUp || last.newestAppliedAt === null ? 0 : Math.max(0, Math.round((now - Date.parse(last.newestAppliedAt)) / 1000))
    }
    return {
      primary: this.options.primary,
      revision: this.revisionNow(),
      primary_revision: last?.primaryRevision ?? null,
      seconds_behind: secondsBehind,
      primary_reachable: last !== undefined && this.failingSince === undefined,
      last_contact_at: last ? new Date(last.at).toISOString() : null,
      last_error: this.lastError,
    }
  }

  /** Why a load balancer should not send reads here now, or null when it may. */
  unreadyReason(status: ReplicaStatus, now = Date.now()): string | null {
    const { maxLagSeconds, maxUnreachableSeconds } = this.options
    // Silent since the first failure of the current run, or since start-up if it never answered.
    const silentSince = this.last === undefined ? this.startedAt : (this.failingSince ?? now)
    const silentFor = (now - silentSince) / 1000
    if (silentFor > maxUnreachableSeconds) {
      return `The primary (${this.options.primary}) has not answered for ${Math.round(silentFor)} s (the bound is ${maxUnreachableSeconds} s): ${this.lastError ?? 'no answer yet'}. Reads continue from revision ${status.revision}.`
    }
    if (status.seconds_behind === null) return `The replica has not heard from the primary (${this.options.primary}) yet; it serves revision ${status.revision}.`
    if (status.seconds_behind > maxLagSeconds) {
      return `The replica is ${status.seconds_behind} s behind the primary (the bound is ${maxLagSeconds} s): revision ${status.revision} of ${status.primary_revision}.`
    }
    return null
  }

  /** Stops the follower after the page in hand (terminated if it does not stop in time). */
  async close(): Promise<void> {
    this.closing = true
    const worker = this.worker
    if (!worker) return
    worker.postMessage('stop')
    const timer = setTimeout(() => void worker.terminate(), STOP_GRACE_MS)
    await this.exited
    clearTimeout(timer)
  }
}

const POLL_MS = 20

/**
 * Read-your-writes: resolves once the dataset has reached `minRevision`, or throws a 503 (with
 * Retry-After) when it has not after `waitMs`. Polls the revision (an index lookup) rather than
 * listening to the follower, so it sees every writer of the file, on a primary as on a replica.
 */
export async function waitForRevision(minRevision: number, revisionNow: () => number, waitMs: number, primary?: string): Promise<void> {
  const deadline = Date.now() + waitMs
  for (;;) {
    const revision = revisionNow()
    if (revision >= minRevision) return
    if (Date.now() >= deadline) {
      const elsewhere = primary ? `, or read from the primary (${primary})` : ''
      throw new HttpProblem(
        503,
        `This server holds revision ${revision} of the dataset, older than min_revision ${minRevision}; it did not catch up within ${waitMs} ms. Retry in a second${elsewhere}.`,
        { headers: { 'retry-after': '1' }, members: { revision, min_revision: minRevision } },
      )
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(1, deadline - Date.now()))))
  }
}
