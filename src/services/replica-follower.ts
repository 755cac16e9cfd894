// The loop a replica's follower thread runs (src/services/replica-worker.ts): the mirror's
// pullChanges, again and again, into the replica's own database file. Each page is applied in one
// transaction with its change-log rows, so the replica's revision is always the last seq it holds
// and a restart, even after SIGKILL, resumes from there. Every outcome is reported to the server's
// thread, which decides readiness (src/services/replica.ts).
import { ApiClient } from '../client/api-client.js'
import { openMirror, pullChanges } from './mirror.js'

export type FollowerReport =
  | {
      kind: 'page'
      /** The replica's revision after applying the page. */
      revision: number
      /** The primary's revision when it answered. */
      primaryRevision: number
      /** When the newest change applied was made on the primary (null when the page was empty). */
      newestAppliedAt: string | null
      at: number
    }
  | { kind: 'error'; message: string; at: number }

export interface FollowOptions {
  primary: string
  databasePath: string
  batch: number
  /** Seconds a caught-up follower long-polls the feed for. */
  wait?: number
  signal: AbortSignal
  report: (report: FollowerReport) => void
  /** Retry delays after a failure: doubling from min to max. */
  backoffMs?: { min: number; max: number }
}

/** A request that gets no answer this long after its long-poll should have ended counts as a failure. */
const ANSWER_GRACE_MS = 15_000

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })

/** Follows the primary's feed until `signal` aborts; failures are reported and retried, never thrown. */
export async function followPrimary(options: FollowOptions): Promise<void> {
  const { signal, report, batch, wait = 25 } = options
  const backoff = options.backoffMs ?? { min: 250, max: 5000 }
  const client = new ApiClient(options.primary, 'negotiations-replica')
  const db = openMirror(options.databasePath)
  try {
    let delay = backoff.min
    let behind = true
    while (!signal.aborted) {
      // Behind: take the next page at once; caught up: long-poll for the next change.
      const waitSeconds = behind ? 0 : wait
      try {
        const deadline = AbortSignal.timeout(waitSeconds * 1000 + ANSWER_GRACE_MS)
        const { page, revision } = await pullChanges(db, client, { batch, wait: waitSeconds, signal: AbortSignal.any([signal, deadline]) })
        behind = revision < page.revision
        report({ kind: 'page', revision, primaryRevision: page.revision, newestAppliedAt: page.data.at(-1)?.changed_at ?? null, at: Date.now() })
        delay = backoff.min
      } catch (error) {
        if (signal.aborted) break
        report({ kind: 'error', message: (error as Error).message, at: Date.now() })
        await sleep(delay, signal)
        delay = Math.min(delay * 2, backoff.max)
        behind = true
      }
    }
  } finally {
    db.close()
  }
}
