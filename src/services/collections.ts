// The six collections as the read path sees them: table, list spec, how a document is built from
// the tables (hydrate) and the schema its stored JSON is encoded with. Routes, the document store and
// the read workers all look a collection up here.
import type { z } from 'zod'
import type { Sqlite } from '../db/connection.js'
import type { EntityType } from '../domain/vocabulary.js'
import { actorCollection, hydrateActors } from '../repositories/actor-reads.js'
import { agreementCollection, hydrateAgreements } from '../repositories/agreement-reads.js'
import type { CollectionSpec } from '../repositories/list.js'
import { disputeCollection, hydrateDisputes } from '../repositories/dispute-reads.js'
import { hydrateMeetings, meetingCollection } from '../repositories/meeting-reads.js'
import { hydrateSources, sourceCollection } from '../repositories/source-reads.js'
import { hydrateStatements, statementCollection } from '../repositories/statement-reads.js'
import { Actor, Agreement, Dispute, Meeting, Source, Statement } from '../schemas/entities.js'

export type CollectionName = 'sources' | 'actors' | 'meetings' | 'agreements' | 'statements' | 'disputes'

export interface Collection {
  name: CollectionName
  type: EntityType
  table: string
  spec: CollectionSpec
  /** Full representations from the tables, in the order of `ids` (the slow path the documents are made by). */
  hydrate: (db: Sqlite, ids: string[]) => object[]
  /** The schema of one list entry: the stored document is this encoding of the hydrated record. */
  document: z.ZodType
}

export const COLLECTIONS: Record<CollectionName, Collection> = {
  sources: { name: 'sources', type: 'source', table: 'sources', spec: sourceCollection, hydrate: hydrateSources, document: Source },
  actors: { name: 'actors', type: 'actor', table: 'actors', spec: actorCollection, hydrate: hydrateActors, document: Actor },
  meetings: { name: 'meetings', type: 'meeting', table: 'meetings', spec: meetingCollection, hydrate: hydrateMeetings, document: Meeting },
  agreements: { name: 'agreements', type: 'agreement', table: 'agreements', spec: agreementCollection, hydrate: hydrateAgreements, document: Agreement },
  statements: { name: 'statements', type: 'statement', table: 'statements', spec: statementCollection, hydrate: hydrateStatements, document: Statement },
  disputes: { name: 'disputes', type: 'dispute', table: 'disputes', spec: disputeCollection, hydrate: hydrateDisputes, document: Dispute },
}

export const COLLECTION_OF: Record<EntityType, Collection> = {
  source: COLLECTIONS.sources,
  actor: COLLECTIONS.actors,
  meeting: COLLECTIONS.meetings,
  agreement: COLLECTIONS.agreements,
  statement: COLLECTIONS.statements,
  dispute: COLLECTIONS.disputes,
}
