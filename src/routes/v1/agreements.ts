import type { FastifyPluginAsync } from 'fastify'
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../domain/vocabulary.js'
import { agreementCollection } from '../../repositories/agreement-reads.js'
import { operatorFields } from '../../repositories/list-operators.js'
import { listOf } from '../../schemas/common.js'
import { Agreement } from '../../schemas/entities.js'
import { csv, csvOf, dateBound, listQuery } from '../../schemas/query.js'
import { registerCollection } from './collection-routes.js'
import { registerWrites } from './write-routes.js'

export const AgreementList = listOf(Agreement, 'AgreementList')

export const AgreementQuery = listQuery({
  sorts: Object.keys(agreementCollection.sorts),
  defaultSort: 'date',
  facets: Object.keys(agreementCollection.facets),
  operators: operatorFields(agreementCollection),
  fields: Object.keys(Agreement.shape),
  filters: {
    party: csv('Agreements these actors are party to (ids).', 'united-states'),
    status: csvOf(AGREEMENT_STATUSES, 'Agreements with these statuses.', 'disputed'),
    kind: csvOf(AGREEMENT_KINDS, 'Agreements of these kinds.', 'understanding'),
    meeting: csv('Agreements produced by these meetings (ids).', 'jscd-2024-07-washington'),
    source: csv('Agreements cited in these sources (ids).', 'rudaw-us-iraq-reach-understanding'),
    from: dateBound('from'),
    to: dateBound('to'),
  },
})

const agreementRoutes: FastifyPluginAsync = async (app) => {
  registerCollection(app, {
    name: 'agreements',
    singular: 'agreement',
    tag: 'agreements',
    item: Agreement,
    list: AgreementList,
    query: AgreementQuery,
    listDescription: 'Agreements, understandings, decisions, resolutions and plans, with parties and status as the sources give it. Default order: by date (undated last).',
  })
  registerWrites(app, { name: 'agreements', type: 'agreement', item: Agreement })
}

export default agreementRoutes
