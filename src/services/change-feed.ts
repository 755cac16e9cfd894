import type { ServerResponse } from 'node:http'
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

/**
 * How a server-sent event stream treats its consumer. Events are written one at a time; once the
 * connection's buffer is full (write() returns false) the next waits for 'drain', so a slow reader
 * holds at most about one event beyond the socket's high-water mark in this process's memory. A
 * consumer that does not drain within `drainTimeoutMs`, or whose unsent bytes pass
 * `maxBufferedBytes` (a single huge event), is disconnected.
 *
 * A consumer further behind than `maxReplay` changes is not replayed to (a long catch-up is work
 * for the JSON feed, in pages, or the snapshot): it gets one `too-far-behind` event with the
 * revision as its id, saying where to catch up, and the stream continues live from that revision.
 * An EventSource that reconnects then resumes from there, rather than asking for the backlog again.
 */
export const SSE_LIMITS = {
  maxBufferedBytes: 1024 * 1024,
  drainTimeoutMs: 5_000,
  maxReplay: 1000,
  heartbeatMs: 15_000,
  /** Changes read per query: what a stalled consumer's stream holds while it waits for 'drain'. */
  batch: 100,
} as const

/** Why a stream ended: stopped (the consumer left, or the server is closing), or the consumer was disconnected. */
export type StreamEnd = 'stopped' | 'not-reading' | 'buffer-cap'

/** Resolves true on 'drain', false if the consumer goes, the stream is stopped, or `ms` pass first. */
function drained(res: ServerResponse, signal: AbortSignal, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer)
      res.off('drain', onDrain)
      res.off('close', onStop)
      signal.removeEventListener('abort', onStop)
      resolve(ok)
    }
    const onDrain = () => done(true)
    const onStop = () => done(false)
    const timer = setTimeout(() => done(false), ms)
    res.on('drain', onDrain)
    res.on('close', onStop)
    signal.addEventListener('abort', onStop, { once: true })
  })
}

/**
 * Streams the change log after `since` to `res` as server-sent events until `signal` aborts or the
 * consumer is disconnected (see SSE_LIMITS), and says why it ended. A disconnected consumer's
 * connection is destroyed, dropping what it had not read.
 */
export async function streamChangeEvents(db: Sqlite, res: ServerResponse, since: number, signal: AbortSignal, limits = SSE_LIMITS): Promise<StreamEnd> {
  let stalled: StreamEnd | undefined
  const send = async (event: string): Promise<boolean> => {
    if (res.write(event)) return true
    if (res.writableLength > limits.maxBufferedBytes) stalled = 'buffer-cap'
    else if (!(await drained(res, signal, limits.drainTimeoutMs)) && !signal.aborted && !res.destroyed) stalled = 'not-reading'
    return stalled === undefined && !signal.aborted && !res.destroyed
  }
  let cursor = since
  let lastWrite = Date.now()
  let open = await send('retry: 2000\n\n')
  const revision = latestSeq(db)
  if (open && revision - since > limits.maxReplay) {
    const pointer = {
      since,
      revision,
      behind: revision - since,
      max_replay: limits.maxReplay,
      changes: `/v1/changes?since=${since}&limit=1000`,
      snapshot: '/v1/snapshot.sqlite',
      message: `This stream replays at most ${limits.maxReplay} changes; ${revision - since} follow ${since}. Catch up with the JSON feed (pages of up to 1000, from links.next) or download the snapshot, then resume the stream from its revision. The stream continues live from revision ${revision}.`,
    }
    open = await send(`id: ${revision}\nevent: too-far-behind\ndata: ${JSON.stringify(pointer)}\n\n`)
    cursor = revision
  }
  while (open && !signal.aborted) {
    const batch = await readChanges(db, cursor, limits.batch, limits.heartbeatMs, signal)
    for (const change of batch) {
      open = await send(`id: ${change.seq}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`)
      cursor = change.seq
      if (!open) break
    }
    if (batch.length > 0) lastWrite = Date.now()
    else if (open && Date.now() - lastWrite >= limits.heartbeatMs) {
      open = await send(`: heartbeat\n\n`)
      lastWrite = Date.now()
    }
  }
  if (stalled) {
    res.destroy()
    return stalled
  }
  return 'stopped'
}
