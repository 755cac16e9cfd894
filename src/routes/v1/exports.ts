import { createReadStream } from 'node:fs'
import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { conditionalGet } from '../../plugins/http-cache.js'
import { strongEtag } from '../../domain/etag.js'
import { latestChangeAt, latestSeq } from '../../repositories/changes.js'
import { queryObject } from '../../schemas/query.js'
import { jsonResponse, NOT_MODIFIED, problemResponses } from '../../schemas/responses.js'
import { DataPackage } from '../../schemas/datapackage.js'
import { dataPackage, PACKAGE_NAME } from '../../services/datapackage.js'
import { SnapshotService } from '../../services/snapshot-service.js'

const exportRoutes: FastifyPluginAsync = async (app) => {
  // Plain routes: their 200 bodies are streams, outside what the zod type provider types.
  const file = () => app.db.reader.name
  const snapshots = new SnapshotService(file(), () => latestSeq(app.db.reader))
  app.addHook('onClose', () => snapshots.close())

  app.get(
    '/v1/export.ndjson',
    {
      schema: {
        operationId: 'exportNdjson',
        tags: ['sync'],
        summary: 'Export the whole dataset as NDJSON',
        description:
          'One JSON object per line, streamed from one consistent snapshot: first `{"type":"meta","revision","exported_at","counts"}`, then every record with its `type` (source, actor, meeting, agreement, statement, in that order, each by id), in the same form as the change feed’s `data`. The revision is also in X-Dataset-Revision.',
        querystring: queryObject({}),
        response: {
          200: { description: 'The dataset, one record per line.', content: { 'application/x-ndjson': { schema: z.string() } } },
          304: NOT_MODIFIED,
          ...problemResponses(400, 406, 429, 500),
        },
      },
    },
    async (request, reply) => {
      if (conditionalGet(request, reply, strongEtag('ndjson', latestSeq(app.db.reader)), latestChangeAt(app.db.reader))) return reply.send()
      const { revision, stream } = await app.exportPool.start({ kind: 'ndjson' })
      return reply
        .header('x-dataset-revision', String(revision))
        .header('etag', strongEtag('ndjson', revision))
        .header('content-disposition', `attachment; filename="negotiations-r${revision}.ndjson"`)
        .type('application/x-ndjson; charset=utf-8')
        .send(stream)
    },
  )

  app.get(
    '/v1/datapackage.json',
    {
      schema: {
        operationId: 'getDataPackage',
        tags: ['sync'],
        summary: 'The dataset as a Frictionless Data Package (descriptor)',
        description:
          'A Frictionless Data Package descriptor (tabular-data-package): one resource per CSV export (sources, actors, meetings, agreements, statements, participants, parties, affiliations, citations), each with its Table Schema: field types, the enums of the vocabulary, the primary key and the foreign keys between the CSVs. Each resource path is the CSV URL of that list; the same package with the CSVs, from one snapshot, is /v1/datapackage.zip.',
        querystring: queryObject({}),
        response: { 200: jsonResponse('The descriptor.', DataPackage), 304: NOT_MODIFIED, ...problemResponses(400, 406, 429, 500) },
      },
    },
    async (request, reply) => {
      const origin = `${request.protocol}://${request.host}`
      const body = JSON.stringify(dataPackage((name) => `${origin}/v1/${name}?format=csv`, latestChangeAt(app.db.reader)))
      if (conditionalGet(request, reply, strongEtag('datapackage', body), latestChangeAt(app.db.reader))) return reply.send()
      return reply.type('application/json; charset=utf-8').send(body)
    },
  )

  app.get(
    '/v1/datapackage.zip',
    {
      schema: {
        operationId: 'getDataPackageZip',
        tags: ['sync'],
        summary: 'Download the dataset as a Frictionless Data Package (zip)',
        description:
          'A zip of datapackage.json (the descriptor of /v1/datapackage.json, with file paths) and one CSV per resource, all read from one consistent snapshot, so every foreign key resolves inside the zip; the form open-data portals and data tools import. Streamed from an export worker; its revision is in X-Dataset-Revision.',
        querystring: queryObject({}),
        response: {
          200: { description: 'The package.', content: { 'application/zip': { schema: z.string().describe('binary') } } },
          304: NOT_MODIFIED,
          ...problemResponses(400, 406, 429, 500),
        },
      },
    },
    async (request, reply) => {
      if (conditionalGet(request, reply, strongEtag('datapackage.zip', latestSeq(app.db.reader)), latestChangeAt(app.db.reader))) return reply.send()
      const { revision, stream } = await app.exportPool.start({ kind: 'datapackage' })
      return reply
        .header('x-dataset-revision', String(revision))
        .header('etag', strongEtag('datapackage.zip', revision))
        .header('content-disposition', `attachment; filename="${PACKAGE_NAME}-r${revision}.zip"`)
        .type('application/zip')
        .send(stream)
    },
  )

  app.get(
    '/v1/snapshot.sqlite',
    {
      schema: {
        operationId: 'getSnapshot',
        tags: ['sync'],
        summary: 'Download a copy of the database',
        description:
          'A consistent copy of the SQLite database, with its revision in X-Dataset-Revision. It has the same schema, rows and change log as the server, without the server’s secrets (its cursor secret, API keys and stored responses are never copied); open it with any SQLite client or keep it current with the change feed (`npm run mirror`). Built once per revision and shared by every download of that revision.',
        querystring: queryObject({}),
        response: {
          200: { description: 'The database file.', content: { 'application/vnd.sqlite3': { schema: z.string().describe('binary') } } },
          304: NOT_MODIFIED,
          ...problemResponses(400, 406, 429, 500),
        },
      },
    },
    async (request, reply) => {
      if (conditionalGet(request, reply, strongEtag('snapshot', latestSeq(app.db.reader)), latestChangeAt(app.db.reader))) return reply.send()
      const snapshot = await snapshots.acquire()
      const stream = createReadStream(snapshot.path)
      stream.on('close', snapshot.release)
      return reply
        .header('x-dataset-revision', String(snapshot.revision))
        .header('etag', strongEtag('snapshot', snapshot.revision))
        .header('content-length', String(snapshot.size))
        .header('content-disposition', `attachment; filename="negotiations-r${snapshot.revision}.sqlite"`)
        .type('application/vnd.sqlite3')
        .send(stream)
    },
  )
}

export default exportRoutes
