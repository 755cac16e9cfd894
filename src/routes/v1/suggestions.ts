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
          'Proposes, without writing anything, a draft of every record a curator would make from the source, each in the curated input form of the write API ' +
          'with verbatim citations and a note on how it was reached: statements (direct quotes with their speaker from the attributing words, quoted fragments inside ' +
          'reported sentences, and every other sentence of the article body as a paraphrase or report), new actors with proposed affiliations, meetings with ' +
          'participants, agreements, decisions and plans with parties and status, and hints: possible matches to existing meetings and agreements, possible disputes ' +
          'with existing statements (a differing figure). Dates are never more precise than the text: weekdays and relative dates are resolved against the publication ' +
          'date (basis inferred, reasoning in the note), months and years stay months and years, an undated remark carries the month of publication. Also the known ' +
          'actors and meetings the text mentions, cited by code-point offsets. Heuristic: check every draft before posting it (the explorer’s #/review page does this).',
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
