// The derived, read-only collections: citations and the three relations. They have no stored
// documents: their rows are small and a page is built from the tables on each read (a few indexed
// reads per page), so they are right after every write without anything to keep up to date; their
// ETags are hashes of the bytes. Lists, exports and read workers look them up with the five
// collections in LISTS.
import type { Sqlite } from '../db/connection.js'
import { strongEtag } from '../domain/etag.js'
import { citationCollection, findCitation, hydrateCitations } from '../repositories/citation-reads.js'
import type { CollectionSpec } from '../repositories/list.js'
import {
  affiliationCollection,
  findRelation,
  hydrateAffiliations,
  hydrateParticipants,
  hydrateParties,
  participantCollection,
  partyCollection,
} from '../repositories/relation-reads.js'
import { COLLECTIONS, type Collection, type CollectionName } from './collections.js'
import type { ItemJson } from './item-service.js'
import type { PageDocument } from './list-service.js'

export type ViewName = 'citations' | 'participants' | 'parties' | 'affiliations'

export interface View {
  name: ViewName
  table: string
  spec: CollectionSpec
  /** A page of rows as JSON, by internal row id, in the order of `ids`. */
  documents: (db: Sqlite, ids: readonly (string | number)[]) => PageDocument[]
  /** One row by its public id. */
  readOne: (db: Sqlite, id: string) => ItemJson | undefined
}

function view(name: ViewName, spec: CollectionSpec, hydrate: (db: Sqlite, ids: (string | number)[]) => { id: string; updated_at: string }[], find: (db: Sqlite, id: string) => number | undefined): View {
  const serialize = (item: { id: string }) => {
    const document = JSON.stringify(item)
    return { id: item.id, document, etag: strongEtag(name, document) }
  }
  return {
    name,
    table: spec.table,
    spec,
    documents: (db, ids) => hydrate(db, [...ids]).map(serialize),
    readOne: (db, id) => {
      const rowid = find(db, id)
      const [item] = rowid === undefined ? [] : hydrate(db, [rowid])
      if (!item) return undefined
      const { document, etag } = serialize(item)
      return { json: document, etag, updatedAt: item.updated_at }
    },
  }
}

export const VIEWS: Record<ViewName, View> = {
  citations: view('citations', citationCollection, hydrateCitations, findCitation),
  participants: view('participants', participantCollection, hydrateParticipants, (db, id) => findRelation(db, 'participant', id)),
  parties: view('parties', partyCollection, hydrateParties, (db, id) => findRelation(db, 'party', id)),
  affiliations: view('affiliations', affiliationCollection, hydrateAffiliations, (db, id) => findRelation(db, 'affiliation', id)),
}

export type ListName = CollectionName | ViewName

/** Every list the API serves: the five collections and the derived views. */
export const LISTS: Record<ListName, Collection | View> = { ...COLLECTIONS, ...VIEWS }

export const isView = (list: Collection | View): list is View => 'readOne' in list
