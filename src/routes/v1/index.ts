import type { FastifyPluginAsync } from 'fastify'
import actorRoutes from './actors.js'
import agreementRoutes from './agreements.js'
import changeRoutes from './changes.js'
import citationRoutes from './citations.js'
import discoveryRoutes from './discovery.js'
import disputeRoutes from './disputes.js'
import exportRoutes from './exports.js'
import meetingRoutes from './meetings.js'
import relationRoutes from './relations.js'
import sourceRoutes from './sources.js'
import statementRoutes from './statements.js'
import suggestionRoutes from './suggestions.js'

const v1Routes: FastifyPluginAsync = async (app) => {
  await app.register(discoveryRoutes)
  await app.register(sourceRoutes)
  await app.register(suggestionRoutes)
  await app.register(actorRoutes)
  await app.register(meetingRoutes)
  await app.register(agreementRoutes)
  await app.register(statementRoutes)
  await app.register(disputeRoutes)
  await app.register(citationRoutes)
  await app.register(relationRoutes)
  await app.register(changeRoutes)
  await app.register(exportRoutes)
}

export default v1Routes
