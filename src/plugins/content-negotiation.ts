import fp from 'fastify-plugin'
import { negotiate } from '../domain/accept.js'
import { HttpProblem } from '../domain/errors.js'

type RouteSchema = { response?: Record<string, { content?: Record<string, unknown> }> }

/**
 * Answers 406 when the Accept header allows none of the media types a route documents for its
 * success response, instead of sending a representation the client said it cannot use.
 *
 * It runs at preParsing, after every onRequest hook (a write route's API-key check among them): a
 * request without a key is a 401 whatever it accepts. And before the body is read, so a client is
 * told it cannot use the answer before it is made to send (or fix) a body.
 */
export default fp(
  async (app) => {
    app.addHook('preParsing', async (request) => {
      const schema = request.routeOptions.schema as RouteSchema | undefined
      const offered = Object.keys(schema?.response?.['200']?.content ?? {})
      if (offered.length === 0) return
      if (!negotiate(request.headers.accept, offered)) {
        throw new HttpProblem(406, `This resource is available as ${offered.join(', ')}; the Accept header (${request.headers.accept}) allows none of them.`)
      }
    })
  },
  { name: 'content-negotiation' },
)
