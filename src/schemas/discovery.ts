// Search, timeline and index responses.
import { z } from 'zod'
import { ActorRef, DateValue, EntityId, ListLinks } from './common.js'

export const SEARCH_TYPES = ['statement', 'actor', 'meeting', 'agreement', 'source', 'dispute'] as const
export const TIMELINE_TYPES = ['meeting', 'agreement', 'statement', 'dispute'] as const

export const SearchHit = z
  .object({
    type: z.enum(SEARCH_TYPES),
    id: EntityId,
    title: z.string().describe('The name or title; for a statement, its text (shortened); for a source, its title or publisher; for a dispute, its question.'),
    rank: z.number().describe('bm25 score: lower is a better match (SQLite FTS5 convention).'),
    snippet: z.string().describe('The matching passage, HTML-escaped, with each match wrapped in <mark>…</mark>.'),
    links: z.object({ self: z.string() }),
  })
  .meta({ id: 'SearchHit' })

export const SearchResults = z
  .object({
    data: z.array(SearchHit),
    links: ListLinks,
    meta: z.object({ total: z.number().int().describe('How many records match.'), query: z.string().describe('The query as given.') }),
  })
  .meta({ id: 'SearchResults', description: 'Search hits, best first.' })

export const TimelineItem = z
  .object({
    type: z.enum(TIMELINE_TYPES),
    id: EntityId,
    title: z.string().describe('The meeting or agreement title, the statement text, or the dispute question.'),
    date: DateValue,
    actors: z.array(ActorRef).describe('Participants, parties, speakers, or the actors a dispute is about.'),
    links: z.object({ self: z.string() }),
  })
  .meta({ id: 'TimelineItem' })

export const Timeline = z
  .object({
    data: z.array(TimelineItem),
    links: ListLinks,
    meta: z.object({
      undated: z
        .record(z.string(), z.number().int())
        .describe('Items that match the actor/topic filters but have no date, so cannot be placed on the timeline, per type.'),
    }),
  })
  .meta({ id: 'Timeline', description: 'Meetings, agreements, statements and disputes in chronological order of the first day their date covers. A dispute is placed at the date of the earliest dated statement among its claims (when the disagreement first appears on the record), and carries that statement’s date.' })

export const DatasetIndex = z
  .object({
    name: z.string(),
    description: z.string(),
    revision: z.number().int().describe('The dataset revision: it increases with every change.'),
    counts: z.record(z.string(), z.number().int()).describe('Rows per collection, and citations.'),
    vocabularies: z.record(z.string(), z.array(z.string())).describe('The closed lists of values the enum fields and filters take.'),
    links: z.record(z.string(), z.string()).describe('Every collection, search, the timeline, the OpenAPI document and the docs.'),
  })
  .meta({ id: 'DatasetIndex' })
