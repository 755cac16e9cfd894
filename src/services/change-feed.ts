import type { Sqlite } from '../db/connection.js'
import { changesSince, latestSeq, type ChangeRow } from '../repositories/changes.js'
import type { FeedChange } from './dataset-writer.js'
import { badParameter } from './list-service.js'

const POLL_MS = 200

export type ChangeOut = FeedChange

export const toChangeOut = (c: Required<ChangeRow>): ChangeOut => ({
  seq: c.seq,
  entity_type: c.entityType,
  id: c.entityId,
  op: c.op,
  version: c.version,
  changed_at: c.changedAt,
  author: c.author,
  data: c.data,
})

export function assertSinceKnown(db: Sqlite, since: number): void {
  const revision = latestSeq(db)
  if (since > revision) throw badParameter('since', `${since} is ahead of the dataset revision ${revision}; nothing has that sequence number yet`)
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })

/**
 * Changes after `since`; when there are none, waits up to `waitMs` for one. It polls the log rather
 * than listening to this process, so it sees every writer of the database file, and stops waiting
 * as soon as `signal` aborts (shutdown, or the client went away).
 */
export async function readChanges(db: Sqlite, since: number, limit: number, waitMs: number, signal: AbortSignal): Promise<ChangeOut[]> {
  const deadline = Date.now() + waitMs
  for (;;) {
    const rows = changesSince(db, since, limit)
    if (rows.length > 0 || Date.now() >= deadline || signal.aborted) return rows.map(toChangeOut)
    await sleep(Math.min(POLL_MS, deadline - Date.now()), signal)
  }
}
