// The change log: one replayable upsert per entity, its data the record in the change feed's
// snake_case form. Sequence numbers run sources, actors, meetings, agreements, statements (the order a
// replay needs); changed_at follows seq, one millisecond apart, so the log reads as one curation run.
import type BetterSqlite3 from 'better-sqlite3'

export type LoggedEntity = 'source' | 'actor' | 'meeting' | 'agreement' | 'statement'

const T0 = Date.UTC(2025, 0, 1)

export class ChangeLog {
  /** The size of every record written, in UTF-16 units. */
  bytes = 0
  private readonly base: Record<LoggedEntity, number>

  constructor(
    private readonly insert: BetterSqlite3.Statement<unknown[]>,
    sizes: { sources: number; actors: number; meetings: number; agreements: number },
  ) {
    this.base = {
      source: 0,
      actor: sizes.sources,
      meeting: sizes.sources + sizes.actors,
      agreement: sizes.sources + sizes.actors + sizes.meetings,
      statement: sizes.sources + sizes.actors + sizes.meetings + sizes.agreements,
    }
  }

  /** The sequence number of the n-th (from 1) entity of a type. */
  seq(type: LoggedEntity, n: number): number {
    return this.base[type] + n
  }

  /** The timestamp of a sequence number: changed_at, and the record's created_at and updated_at. */
  at(seq: number): string {
    return new Date(T0 + seq).toISOString()
  }

  /** Logs the upsert of a record (without its timestamps and version, which this adds). */
  upsert(seq: number, type: LoggedEntity, id: string, record: Record<string, unknown>): void {
    const now = this.at(seq)
    const json = JSON.stringify({ ...record, created_at: now, updated_at: now, version: 1 })
    this.bytes += json.length
    this.insert.run(seq, type, id, now, json)
  }
}
