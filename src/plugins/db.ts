import fp from 'fastify-plugin'
import { toDrizzle, type Db, type Sqlite } from '../db/connection.js'
import { openDataset } from '../db/open-dataset.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: {
      /** The single writing connection. */
      writer: Sqlite
      /** A read-only connection: every read goes through it. */
      reader: Sqlite
      read: Db
      write: Db
    }
  }
}

export interface DbPluginOptions {
  databasePath: string
  cursorSecret?: string
}

export default fp<DbPluginOptions>(
  async (app, { databasePath, cursorSecret }) => {
    const { writer, reader } = openDataset(databasePath, app.log, { cursorSecret })
    app.decorate('db', { writer, reader, read: toDrizzle(reader), write: toDrizzle(writer) })
    app.addHook('onClose', async () => {
      reader.close()
      writer.pragma('wal_checkpoint(TRUNCATE)')
      writer.close()
    })
  },
  { name: 'db' },
)
