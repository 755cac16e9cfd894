import { z } from 'zod'
import { ENTITY_TYPES } from '../domain/vocabulary.js'
import { EntityId } from './common.js'

export const Change = z
  .object({
    seq: z.number().int().positive().describe('Position in the change log; the dataset revision after this change.'),
    entity_type: z.enum(ENTITY_TYPES),
    id: EntityId,
    op: z.enum(['upsert', 'delete']).describe('upsert: the record was created or replaced; delete: a tombstone.'),
    version: z.number().int().positive().describe('The record’s version after the change (for a delete, one past the last).'),
    changed_at: z.string().describe('When the change was committed (RFC 3339, UTC).'),
    author: z.string().describe('Who made it: "seed", or the name of the API key.'),
    data: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe(
        'For an upsert, the full record as stored: its fields in snake_case, relations by id (speakers, about, topics, participants, parties, affiliations) with their citations, dates as {edtf, start, end, basis, note}, and created_at, updated_at, version. Null for a delete.',
      ),
  })
  .meta({ id: 'Change', description: 'One entry of the change log.' })

export const ChangeFeed = z
  .object({
    data: z.array(Change),
    next_since: z.number().int().describe('Pass as `since` to get what follows; equals `since` when nothing was returned.'),
    revision: z.number().int().describe('The dataset revision when this page was read.'),
    links: z.object({ self: z.string(), next: z.string().describe('The next page of the feed (it may be empty until something changes).') }),
  })
  .meta({ id: 'ChangeFeed', description: 'Changes after `since`, oldest first.' })
