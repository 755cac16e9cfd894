import fp from 'fastify-plugin'
import { ExportPool } from '../services/export-pool.js'
import { ReadPool, type ReadPoolOptions } from '../services/read-pool.js'
import { WritePool } from '../services/write-pool.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Worker threads for the reads whose cost grows with the data (src/services/read-pool.ts). */
    readPool: ReadPool
    /** Worker threads that build CSV and NDJSON exports (src/services/export-pool.ts). */
    exportPool: ExportPool
    /** The write worker: every write request runs there (src/services/write-pool.ts). */
    writePool: WritePool
  }
}

export default fp<ReadPoolOptions>(
  async (app, options) => {
    const pool = new ReadPool(options)
    const exports = new ExportPool(options.databasePath, options.threads === 0 ? { threads: 0 } : {})
    app.decorate('readPool', pool)
    // Without threads (tests, debugging), writes use the app's writer connection on this thread.
    const writes = new WritePool(options.databasePath, options.threads === 0 ? app.db.writer : undefined)
    app.decorate('exportPool', exports)
    app.decorate('writePool', writes)
    app.addHook('onClose', async () => {
      await Promise.all([pool.close(), exports.close(), writes.close()])
    })
  },
  { name: 'read-pool', dependencies: ['db'] },
)
