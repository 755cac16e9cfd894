// One record's representation, read from its stored document.
import type { Sqlite } from '../db/connection.js'
import { strongEtag } from '../domain/etag.js'
import { mustHave, readDocument } from '../repositories/documents.js'
import type { Collection } from './collections.js'
import { isView, type View } from './views.js'

export interface ItemJson {
  json: string
  etag: string
  updatedAt: string
}

/**
 * The item's JSON and ETag, or undefined when there is no such row. A source's item is its list
 * document with the full text appended (the schema's last field), and its ETag combines the
 * document's with the text's stored SHA-256, so no request hashes the text. A derived view (views.ts)
 * builds its row from the tables.
 */
export function readItem(db: Sqlite, collection: Collection | View, id: string): ItemJson | undefined {
  if (isView(collection)) return collection.readOne(db, id)
  const row = readDocument(db, collection.table, id)
  if (!row) return undefined
  const document = mustHave(collection.table, row.document, id)
  const etag = mustHave(collection.table, row.etag, id)
  if (collection.type !== 'source') return { json: document, etag, updatedAt: row.updated_at }
  const { text, sha256 } = db.prepare('SELECT text, sha256 FROM sources WHERE id = ?').get(id) as { text: string; sha256: string }
  return { json: `${document.slice(0, -1)},"text":${JSON.stringify(text)}}`, etag: strongEtag('source', etag, sha256), updatedAt: row.updated_at }
}
