import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import {
  ACTOR_KINDS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  DATE_BASES,
  ENTITY_TYPES,
  MEETING_KINDS,
  PARTICIPANT_ROLES,
  STATEMENT_KINDS,
  TOPICS,
} from '../domain/vocabulary.js'

const inList = (column: AnySQLiteColumn, values: readonly string[]) =>
  sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`

// One index per allowed list sort (src/repositories/*-reads.ts), on exactly the sort's SQL
// expression plus the id tie-breaker, so that every page is read in order from an index
// (test/db/query-plans.test.ts checks this for every sort and filter). Dated entities sort undated
// rows last in both directions, hence two keys; they also carry the date columns, so that the
// from/to overlap is checked in the index without reading each row (500 ms → 60 ms at 1M rows).
// The timeline's key (open-start intervals by their end) gets a partial index over dated rows.
const dateSortIndexes = (table: string, edtf: AnySQLiteColumn, start: AnySQLiteColumn, end: AnySQLiteColumn, id: AnySQLiteColumn) => [
  index(`${table}_date_asc_idx`).on(sql`coalesce(${start}, '9999-12-31')`, id, start, end, edtf),
  index(`${table}_date_desc_idx`).on(sql`coalesce(${start}, '')`, id, start, end, edtf),
]
const timelineIndex = (table: string, edtf: AnySQLiteColumn, start: AnySQLiteColumn, end: AnySQLiteColumn, id: AnySQLiteColumn) =>
  index(`${table}_timeline_idx`).on(sql`coalesce(${start}, ${end})`, id, start, end, edtf).where(sql`${edtf} IS NOT NULL`)
// Each entity table: the updated_at sort, version__* (id sets, src/repositories/list-operators.ts), rows without a stored document.
const entityIndexes = (table: string, t: { updatedAt: AnySQLiteColumn; version: AnySQLiteColumn; id: AnySQLiteColumn; document: AnySQLiteColumn }) => [
  index(`${table}_updated_idx`).on(t.updatedAt, t.id),
  index(`${table}_version_idx`).on(t.version, t.id),
  index(`${table}_missing_document_idx`).on(t.id).where(sql`${t.document} IS NULL`),
]

// Every row carries these: when it was made, when it last changed, and a version bumped on each change.
const rowMeta = () => ({
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
})

// The record's full JSON representation, exactly as GET /v1/<collection>/<id> serves it, stored in
// the transaction that changes it or anything it embeds (src/services/documents.ts), with the strong
// ETag of those bytes: reads splice it instead of rebuilding and hashing each answer.
const storedDocument = () => ({
  document: text('document'),
  documentEtag: text('document_etag'),
})

// An EDTF date plus what is derived from it for indexing. `prefix` names the columns (date_*, published_*).
const edtfColumns = <P extends string>(prefix: P) => ({
  [prefix]: text(prefix),
  [`${prefix}Start`]: text(`${prefix}_start`),
  [`${prefix}End`]: text(`${prefix}_end`),
  [`${prefix}Basis`]: text(`${prefix}_basis`).notNull().default('unknown'),
  [`${prefix}Note`]: text(`${prefix}_note`),
}) as {
  [K in P | `${P}Start` | `${P}End` | `${P}Note`]: ReturnType<typeof text>
} & { [K in `${P}Basis`]: ReturnType<typeof text> }

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    title: text('title'),
    publisher: text('publisher'),
    author: text('author'),
    url: text('url'),
    language: text('language').notNull(),
    published: text('published'),
    publishedStart: text('published_start'),
    publishedEnd: text('published_end'),
    publishedBasis: text('published_basis').notNull().default('unknown'),
    publishedNote: text('published_note'),
    notes: text('notes'),
    text: text('text').notNull(),
    sha256: text('sha256').notNull(),
    seedFile: text('seed_file'),
    ...rowMeta(),
    ...storedDocument(),
  },
  (t) => [
    uniqueIndex('sources_sha256_unique').on(t.sha256),
    index('sources_published_idx').on(t.publishedStart, t.id),
    ...dateSortIndexes('sources', t.published, t.publishedStart, t.publishedEnd, t.id),
    index('sources_title_idx').on(sql`coalesce(${t.title}, '')`, t.id),
    index('sources_publisher_idx').on(sql`coalesce(${t.publisher}, '')`, t.id),
    ...entityIndexes('sources', t),
    check('sources_published_basis_check', inList(t.publishedBasis, DATE_BASES)),
  ],
)

export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    // fold(name) (src/domain/text-fold.ts), written with the row: the index behind sort=name.
    nameKey: text('name_key').notNull().default(''),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    country: text('country'),
    description: text('description'),
    ...rowMeta(),
    ...storedDocument(),
  },
  (t) => [
    index('actors_kind_idx').on(t.kind, t.id),
    index('actors_name_idx').on(t.nameKey, t.id),
    ...entityIndexes('actors', t),
    check('actors_kind_check', inList(t.kind, ACTOR_KINDS)),
  ],
)

export const affiliations = sqliteTable(
  'affiliations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: text('person_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull().references(() => actors.id, { onDelete: 'restrict' }),
    role: text('role').notNull(),
    ...edtfColumns('date'),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex('affiliations_natural_key').on(t.personId, t.organizationId, t.role),
    index('affiliations_organization_idx').on(t.organizationId),
    check('affiliations_date_basis_check', inList(t.dateBasis, DATE_BASES)),
  ],
)

export const meetings = sqliteTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    // fold(title), written with the row: the index behind sort=title.
    titleKey: text('title_key').notNull().default(''),
    kind: text('kind').notNull(),
    ...edtfColumns('date'),
    location: text('location'),
    description: text('description'),
    ...rowMeta(),
    ...storedDocument(),
  },
  (t) => [
    index('meetings_date_idx').on(t.dateStart, t.id),
    ...dateSortIndexes('meetings', t.date, t.dateStart, t.dateEnd, t.id),
    timelineIndex('meetings', t.date, t.dateStart, t.dateEnd, t.id),
    index('meetings_title_idx').on(t.titleKey, t.id),
    ...entityIndexes('meetings', t),
    check('meetings_kind_check', inList(t.kind, MEETING_KINDS)),
    check('meetings_date_basis_check', inList(t.dateBasis, DATE_BASES)),
  ],
)

export const meetingParticipants = sqliteTable(
  'meeting_participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'restrict' }),
    role: text('role').notNull(),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex('meeting_participants_natural_key').on(t.meetingId, t.actorId),
    index('meeting_participants_actor_idx').on(t.actorId),
    check('meeting_participants_role_check', inList(t.role, PARTICIPANT_ROLES)),
  ],
)

export const agreements = sqliteTable(
  'agreements',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    // fold(title), written with the row: the index behind sort=title.
    titleKey: text('title_key').notNull().default(''),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    ...edtfColumns('date'),
    summary: text('summary'),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'restrict' }),
    ...rowMeta(),
    ...storedDocument(),
  },
  (t) => [
    index('agreements_date_idx').on(t.dateStart, t.id),
    ...dateSortIndexes('agreements', t.date, t.dateStart, t.dateEnd, t.id),
    timelineIndex('agreements', t.date, t.dateStart, t.dateEnd, t.id),
    index('agreements_title_idx').on(t.titleKey, t.id),
    index('agreements_status_idx').on(t.status, t.id),
    ...entityIndexes('agreements', t),
    index('agreements_meeting_idx').on(t.meetingId),
    check('agreements_kind_check', inList(t.kind, AGREEMENT_KINDS)),
    check('agreements_status_check', inList(t.status, AGREEMENT_STATUSES)),
    check('agreements_date_basis_check', inList(t.dateBasis, DATE_BASES)),
  ],
)

export const agreementParties = sqliteTable(
  'agreement_parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: text('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'restrict' }),
    ...rowMeta(),
  },
  (t) => [
    uniqueIndex('agreement_parties_natural_key').on(t.agreementId, t.actorId),
    index('agreement_parties_actor_idx').on(t.actorId),
  ],
)

export const statements = sqliteTable(
  'statements',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    sourceId: text('source_id').notNull().references(() => sources.id, { onDelete: 'restrict' }),
    // Where `text` sits in the source, in Unicode code points.
    textStart: integer('text_start').notNull(),
    textEnd: integer('text_end').notNull(),
    ...edtfColumns('date'),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'restrict' }),
    agreementId: text('agreement_id').references(() => agreements.id, { onDelete: 'restrict' }),
    ...rowMeta(),
    ...storedDocument(),
  },
  (t) => [
    index('statements_date_idx').on(t.dateStart, t.id),
    ...dateSortIndexes('statements', t.date, t.dateStart, t.dateEnd, t.id),
    timelineIndex('statements', t.date, t.dateStart, t.dateEnd, t.id),
    index('statements_source_idx').on(t.sourceId, t.id),
    ...entityIndexes('statements', t),
    index('statements_meeting_idx').on(t.meetingId),
    index('statements_agreement_idx').on(t.agreementId),
    check('statements_kind_check', inList(t.kind, STATEMENT_KINDS)),
    check('statements_date_basis_check', inList(t.dateBasis, DATE_BASES)),
    check('statements_span_check', sql`${t.textStart} >= 0 AND ${t.textEnd} > ${t.textStart}`),
  ],
)

export const statementSpeakers = sqliteTable(
  'statement_speakers',
  {
    statementId: text('statement_id').notNull().references(() => statements.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('statement_speakers_pk').on(t.statementId, t.actorId),
    index('statement_speakers_actor_idx').on(t.actorId, t.statementId),
  ],
)

export const statementAbout = sqliteTable(
  'statement_about',
  {
    statementId: text('statement_id').notNull().references(() => statements.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('statement_about_pk').on(t.statementId, t.actorId),
    index('statement_about_actor_idx').on(t.actorId, t.statementId),
  ],
)

export const statementTopics = sqliteTable(
  'statement_topics',
  {
    statementId: text('statement_id').notNull().references(() => statements.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('statement_topics_pk').on(t.statementId, t.topic),
    index('statement_topics_topic_idx').on(t.topic, t.statementId),
    check('statement_topics_topic_check', inList(t.topic, TOPICS)),
  ],
)

// A citation supports exactly one subject: an entity or a relation row.
export const citations = sqliteTable(
  'citations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id').notNull().references(() => sources.id, { onDelete: 'restrict' }),
    // Offsets in Unicode code points; `quote` is exactly the source text between them.
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    quote: text('quote').notNull(),
    position: integer('position').notNull(),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'cascade' }),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    agreementId: text('agreement_id').references(() => agreements.id, { onDelete: 'cascade' }),
    statementId: text('statement_id').references(() => statements.id, { onDelete: 'cascade' }),
    participantId: integer('participant_id').references(() => meetingParticipants.id, { onDelete: 'cascade' }),
    partyId: integer('party_id').references(() => agreementParties.id, { onDelete: 'cascade' }),
    affiliationId: integer('affiliation_id').references(() => affiliations.id, { onDelete: 'cascade' }),
    ...rowMeta(),
  },
  (t) => [
    index('citations_source_idx').on(t.sourceId),
    index('citations_actor_idx').on(t.actorId),
    index('citations_meeting_idx').on(t.meetingId),
    index('citations_agreement_idx').on(t.agreementId),
    index('citations_statement_idx').on(t.statementId),
    index('citations_participant_idx').on(t.participantId),
    index('citations_party_idx').on(t.partyId),
    index('citations_affiliation_idx').on(t.affiliationId),
    check('citations_span_check', sql`${t.start} >= 0 AND ${t.end} > ${t.start}`),
    check(
      'citations_one_subject_check',
      sql`(${t.actorId} IS NOT NULL) + (${t.meetingId} IS NOT NULL) + (${t.agreementId} IS NOT NULL) + (${t.statementId} IS NOT NULL) + (${t.participantId} IS NOT NULL) + (${t.partyId} IS NOT NULL) + (${t.affiliationId} IS NOT NULL) = 1`,
    ),
  ],
)

// Dataset-level facts: the seed fingerprint, later the dataset revision.
export const datasetMeta = sqliteTable('dataset_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

// The change log: one row per insert, update or delete of an entity (with its relations), written
// in the same transaction as the change. `seq` is the dataset revision; replaying the log from 0
// rebuilds the dataset exactly.
export const changes = sqliteTable(
  'changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    op: text('op').notNull(),
    version: integer('version').notNull(),
    changedAt: text('changed_at').notNull(),
    // The full new record (JSON) for an upsert; for a delete (a tombstone) null, or where the id went.
    data: text('data'),
    // Who made the change: "seed", or later the API key's name.
    author: text('author').notNull(),
  },
  (t) => [
    index('changes_entity_idx').on(t.entityType, t.entityId, t.seq),
    check('changes_entity_type_check', inList(t.entityType, ENTITY_TYPES)),
    check('changes_op_check', inList(t.op, ['upsert', 'delete'])),
    // An upsert carries the record; a delete carries nothing, or {"merged_into": id} after a merge.
    check('changes_data_check', sql`${t.op} = 'delete' OR ${t.data} IS NOT NULL`),
  ],
)

// API keys for the write API: only a SHA-256 hash of each key is kept.
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    scope: text('scope').notNull(),
    keyHash: text('key_hash').notNull(),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_keys_name_unique').on(t.name),
    uniqueIndex('api_keys_hash_unique').on(t.keyHash),
    check('api_keys_scope_check', inList(t.scope, ['read', 'write'])),
  ],
)

// Responses to POSTs sent with an Idempotency-Key, so a retry gets the original answer.
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    keyName: text('key_name').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    headers: text('headers').notNull(),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('idempotency_keys_pk').on(t.keyName, t.idempotencyKey)],
)

// Ids retired by a merge, and the survivor they now point to (answered with 308).
export const redirects = sqliteTable(
  'redirects',
  {
    entityType: text('entity_type').notNull(),
    fromId: text('from_id').notNull(),
    toId: text('to_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('redirects_pk').on(t.entityType, t.fromId), check('redirects_entity_type_check', inList(t.entityType, ENTITY_TYPES))],
)
