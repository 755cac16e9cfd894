// Disputes: one question the sources answer differently, with two or more claims (answers), each
// given by statements and cited by the source words that give it (rows of `citations` with claim_id).
// Re-exported from src/db/schema.ts, which is what drizzle-kit reads. Foreign keys to the tables
// there are written as callbacks: the two modules import each other, and the callbacks run later.
import { index, integer, sqliteTable, text, uniqueIndex, check } from 'drizzle-orm/sqlite-core'
import { sql } from 'drizzle-orm'
import { DISPUTE_KINDS, DISPUTE_STATUSES, TOPICS } from '../domain/vocabulary.js'
import { entityIndexes, inList, rowMeta, storedDocument } from './schema-columns.js'
import { actors, agreements, meetings, statements } from './schema.js'

export const disputes = sqliteTable(
  'disputes',
  {
    id: text('id').primaryKey(),
    question: text('question').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    supersededBy: text('superseded_by').references(() => statements.id, { onDelete: 'restrict' }),
    note: text('note'),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'restrict' }),
    agreementId: text('agreement_id').references(() => agreements.id, { onDelete: 'restrict' }),
    ...rowMeta(),
    ...storedDocument(),
  },
  (t) => [
    index('disputes_kind_idx').on(t.kind, t.id),
    index('disputes_status_idx').on(t.status, t.id),
    index('disputes_meeting_idx').on(t.meetingId, t.id),
    index('disputes_agreement_idx').on(t.agreementId, t.id),
    index('disputes_superseded_by_idx').on(t.supersededBy),
    ...entityIndexes('disputes', t),
    check('disputes_kind_check', inList(t.kind, DISPUTE_KINDS)),
    check('disputes_status_check', inList(t.status, DISPUTE_STATUSES)),
    // A superseded dispute names the statement that settles it; an open one names none.
    check('disputes_superseded_check', sql`(${t.status} = 'superseded') = (${t.supersededBy} IS NOT NULL)`),
  ],
)

// One answer to the dispute's question, in curated order (`position`).
export const disputeClaims = sqliteTable(
  'dispute_claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    disputeId: text('dispute_id').notNull().references(() => disputes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    answer: text('answer').notNull(),
    note: text('note'),
    ...rowMeta(),
  },
  (t) => [uniqueIndex('dispute_claims_position_unique').on(t.disputeId, t.position)],
)

// The statements that give a claim's answer.
export const claimStatements = sqliteTable(
  'claim_statements',
  {
    claimId: integer('claim_id').notNull().references(() => disputeClaims.id, { onDelete: 'cascade' }),
    statementId: text('statement_id').notNull().references(() => statements.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('claim_statements_pk').on(t.claimId, t.statementId), index('claim_statements_statement_idx').on(t.statementId, t.claimId)],
)

export const disputeActors = sqliteTable(
  'dispute_actors',
  {
    disputeId: text('dispute_id').notNull().references(() => disputes.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('dispute_actors_pk').on(t.disputeId, t.actorId), index('dispute_actors_actor_idx').on(t.actorId, t.disputeId)],
)

export const disputeTopics = sqliteTable(
  'dispute_topics',
  {
    disputeId: text('dispute_id').notNull().references(() => disputes.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('dispute_topics_pk').on(t.disputeId, t.topic),
    index('dispute_topics_topic_idx').on(t.topic, t.disputeId),
    check('dispute_topics_topic_check', inList(t.topic, TOPICS)),
  ],
)
