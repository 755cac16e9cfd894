import type { FastifyPluginAsync } from 'fastify'
import { STATEMENT_KINDS, TOPICS } from '../../domain/vocabulary.js'
import { statementCollection } from '../../repositories/statement-reads.js'
import { overlapsParam, spanNeedsOneSource } from '../../schemas/citations.js'
import { operatorFields } from '../../repositories/list-operators.js'
import { listOf } from '../../schemas/common.js'
import { Statement } from '../../schemas/entities.js'
import { csv, csvOf, dateBound, listQuery, searchText } from '../../schemas/query.js'
import { registerCollection } from './collection-routes.js'
import { registerWrites } from './write-routes.js'

export const StatementList = listOf(Statement, 'StatementList')

export const StatementQuery = listQuery({
  sorts: Object.keys(statementCollection.sorts),
  defaultSort: 'date',
  facets: Object.keys(statementCollection.facets),
  operators: operatorFields(statementCollection),
  fields: Object.keys(Statement.shape),
  filters: {
    speaker: csv('Statements made by these actors (ids).', 'lloyd-austin'),
    about: csv('Statements about these actors (ids).', 'us-iraq-higher-military-commission'),
    kind: csvOf(STATEMENT_KINDS, 'Statements of these kinds.', 'quote'),
    topic: csvOf(TOPICS, 'Statements on these topics.', 'withdrawal'),
    source: csv('Statements from these sources (ids).', 'rudaw-us-iraq-reach-understanding'),
    meeting: csv('Statements made at or about these meetings (ids).', 'jscd-2024-07-washington'),
    agreement: csv('Statements about these agreements (ids).', 'withdrawal-by-2026'),
    dispute: csv('Statements that give a claim of these disputes, or settle them (ids).', 'us-troop-count-iraq'),
    from: dateBound('from'),
    to: dateBound('to'),
    q: searchText(500)
      .optional()
      .describe('Full-text search in the statement text: words, "exact phrases", word* prefixes, OR, NOT or -word.')
      .meta({ example: 'withdrawal' }),
    overlaps: overlapsParam,
  },
})

const statementRoutes: FastifyPluginAsync = async (app) => {
  registerCollection(app, {
    name: 'statements',
    singular: 'statement',
    tag: 'statements',
    item: Statement,
    list: StatementList,
    query: StatementQuery,
    refine: spanNeedsOneSource,
    listDescription:
      'Quotes, joint statements, paraphrases and reports, each a verbatim span of its source, with speakers, source, meeting and agreement embedded. Default order: by date (undated last), then id.',
  })
  registerWrites(app, { name: 'statements', type: 'statement', item: Statement })
}

export default statementRoutes
