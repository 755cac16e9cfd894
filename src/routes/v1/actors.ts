import type { FastifyPluginAsync } from 'fastify'
import { ACTOR_KINDS } from '../../domain/vocabulary.js'
import { actorCollection } from '../../repositories/actor-reads.js'
import { operatorFields } from '../../repositories/list-operators.js'
import { listOf } from '../../schemas/common.js'
import { Actor } from '../../schemas/entities.js'
import { csv, csvOf, listQuery, searchText } from '../../schemas/query.js'
import { registerCollection } from './collection-routes.js'
import { registerWrites } from './write-routes.js'

export const ActorList = listOf(Actor, 'ActorList')

export const ActorQuery = listQuery({
  sorts: Object.keys(actorCollection.sorts),
  defaultSort: 'name',
  facets: Object.keys(actorCollection.facets),
  operators: operatorFields(actorCollection),
  fields: Object.keys(Actor.shape),
  filters: {
    kind: csvOf(ACTOR_KINDS, 'Actors of these kinds.', 'person'),
    country: csv('Actors of these countries (ISO 3166-1 alpha-2).', 'IQ'),
    source: csv('Actors named in these sources (ids): those with a citation into them.', 'rudaw-us-iraq-reach-understanding'),
    q: searchText(200)
      .optional()
      .describe('Part of a name or alias, ignoring case and accents ("sudani" finds Mohammed Shia Al Sudani).')
      .meta({ example: 'sudani' }),
  },
})

const actorRoutes: FastifyPluginAsync = async (app) => {
  registerCollection(app, {
    name: 'actors',
    singular: 'actor',
    tag: 'actors',
    item: Actor,
    list: ActorList,
    query: ActorQuery,
    listDescription: 'People, organizations, states and groups, with every alias the sources use and their affiliations. Default order: by name.',
  })
  registerWrites(app, { name: 'actors', type: 'actor', item: Actor })
}

export default actorRoutes
