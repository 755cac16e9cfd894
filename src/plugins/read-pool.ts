import fp from 'fastify-plugin'
import { ExportPool } from '../services/export-pool.js'
import { ReadPool, type ReadPoolOptions } from '../services/read-pool.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Worker threads for the reads whose cost grows with the data (src/services/read-pool.ts). */
    readPool: ReadPool
    /** Worker threads that build CSV and NDJSON exports (src/services/export-pool.ts). */
    exportPool: ExportPool
  }
}

export default fp<ReadPoolOptions>(
  async (app, options) => {
    const pool = new ReadPool(options)
    const exports = new ExportPool(options.databasePath, options.threads === 0 ? { threads: 0 } : {})
    app.decorate('readPool', pool)
    app.decorate('exportPool', exports)
    app.addHook('onClose', async () => {
      await Promise.all([pool.close(), exports.close()])
    })
  },
  { name: 'read-pool' },
)
