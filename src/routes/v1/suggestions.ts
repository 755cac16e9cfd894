import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { HttpProblem } from '../../domain/errors.js'
import { IdParams, queryObject } from '../../schemas/query.js'
import { jsonResponse, problemResponses, REPLICA_REDIRECT } from '../../schemas/responses.js'
import { Suggestions } from '../../schemas/suggestions.js'
import { suggestForSource } from '../../services/suggestion-service.js'

const suggestionRoutes: FastifyPluginAsync = async (app) => {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/v1/sources/:id/suggestions',
    {
      schema: {
        operationId: 'suggestAnnotations',
        tags: ['sources'],
        summary: 'Suggest annotations for a source',
        description:
          'Proposes, without writing anything, what a curator would annotate in the source: every direct quote as a statement draft in the curated input form ' +
          '(the body of POST /v1/statements), with its likely speaker from the attributing words ("Ryder said", "he added", "the joint statement read") and its date ' +
          '(relative dates such as "on Tuesday" or "last July" resolved against the publication date when it is a day), and the known actors and meetings the text ' +
          'mentions, cited by code-point offsets. Heuristic: every suggestion carries a note on how it was reached; check it before posting.',
        params: IdParams,
        querystring: queryObject({}, { read: false }),
        response: { ...REPLICA_REDIRECT, 200: jsonResponse('The suggestions.', Suggestions), ...problemResponses(400, 404, 406, 414, 429, 500) },
      },
    },
    async (request) => {
      const suggestions = suggestForSource(app.db.reader, request.params.id)
      if (suggestions === undefined) throw new HttpProblem(404, `There is no source with id "${request.params.id}".`)
      return suggestions
    },
  )
}

export default suggestionRoutes
