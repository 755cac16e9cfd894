import type { FastifyPluginAsync } from 'fastify'
import { MEETING_KINDS } from '../../domain/vocabulary.js'
import { meetingCollection } from '../../repositories/meeting-reads.js'
import { operatorFields } from '../../repositories/list-operators.js'
import { listOf } from '../../schemas/common.js'
import { Meeting } from '../../schemas/entities.js'
import { csv, csvOf, dateBound, listQuery } from '../../schemas/query.js'
import { registerCollection } from './collection-routes.js'
import { registerWrites } from './write-routes.js'

export const MeetingList = listOf(Meeting, 'MeetingList')

export const MeetingQuery = listQuery({
  sorts: Object.keys(meetingCollection.sorts),
  defaultSort: 'date',
  facets: Object.keys(meetingCollection.facets),
  operators: operatorFields(meetingCollection),
  fields: Object.keys(Meeting.shape),
  filters: {
    participant: csv('Meetings these actors took part in (ids).', 'lloyd-austin'),
    location: csv('Meetings whose location contains one of these words (case- and accent-insensitive).', 'Washington'),
    kind: csvOf(MEETING_KINDS, 'Meetings of these kinds.', 'dialogue_round'),
    source: csv('Meetings cited in these sources (ids).', 'rudaw-us-iraq-reach-understanding'),
    from: dateBound('from'),
    to: dateBound('to'),
  },
})

const meetingRoutes: FastifyPluginAsync = async (app) => {
  registerCollection(app, {
    name: 'meetings',
    singular: 'meeting',
    tag: 'meetings',
    item: Meeting,
    list: MeetingList,
    query: MeetingQuery,
    listDescription: 'Talks, dialogue rounds, commission meetings and press briefings, with participants and their roles. Default order: by date (undated last).',
  })
  registerWrites(app, { name: 'meetings', type: 'meeting', item: Meeting })
}

export default meetingRoutes
