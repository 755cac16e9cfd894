import { operatorFields } from '../../repositories/list-operators.js'
import type { FastifyPluginAsync } from 'fastify'
import { DISPUTE_KINDS, DISPUTE_STATUSES, TOPICS } from '../../domain/vocabulary.js'
import { disputeCollection } from '../../repositories/dispute-reads.js'
import { listOf } from '../../schemas/common.js'
import { Dispute } from '../../schemas/entities.js'
import { csv, csvOf, listQuery, searchText } from '../../schemas/query.js'
import { registerCollection } from './collection-routes.js'
import { registerWrites } from './write-routes.js'

export const DisputeList = listOf(Dispute, 'DisputeList')

export const DisputeQuery = listQuery({
  sorts: Object.keys(disputeCollection.sorts),
  defaultSort: 'id',
  facets: Object.keys(disputeCollection.facets),
  operators: operatorFields(disputeCollection),
  fields: Object.keys(Dispute.shape),
  filters: {
    topic: csvOf(TOPICS, 'Disputes on these topics.', 'troop-levels'),
    actor: csv('Disputes about these actors (ids).', 'united-states'),
    agreement: csv('Disputes about these agreements (ids).', 'withdrawal-by-2026'),
    meeting: csv('Disputes about these meetings (ids).', 'jscd-2024-07-washington'),
    source: csv('Disputes with a claim cited in these sources (ids).', 'rudaw-us-iraq-reach-understanding'),
    status: csvOf(DISPUTE_STATUSES, 'Disputes with these statuses.', 'open'),
    kind: csvOf(DISPUTE_KINDS, 'Disputes of these kinds.', 'figure'),
    q: searchText(500)
      .optional()
      .describe('Full-text search in the question, the note and the claims’ answers: words, "exact phrases", word* prefixes, OR, NOT or -word.')
      .meta({ example: 'troops' }),
  },
})

const disputeRoutes: FastifyPluginAsync = async (app) => {
  registerCollection(app, {
    name: 'disputes',
    singular: 'dispute',
    tag: 'disputes',
    item: Dispute,
    list: DisputeList,
    query: DisputeQuery,
    listDescription:
      'Where the sources disagree: each dispute is one question with two or more answers (claims) side by side, each given by statements and cited verbatim, with what the dispute is about (actors, meeting, agreement, topics) and a curator’s note. Default order: by id.',
  })
  registerWrites(app, { name: 'disputes', type: 'dispute', item: Dispute })
}

export default disputeRoutes
