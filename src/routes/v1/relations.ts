// Meeting participants, agreement parties and affiliations as collections (read-only views: each is
// written with the meeting, agreement or person it belongs to).
import { operatorFields } from '../../repositories/list-operators.js'
import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { PARTICIPANT_ROLES } from '../../domain/vocabulary.js'
import { affiliationCollection, participantCollection, partyCollection } from '../../repositories/relation-reads.js'
import { AffiliationRow, ParticipantRow, PartyRow } from '../../schemas/citations.js'
import { listOf } from '../../schemas/common.js'
import { csv, csvOf, listQuery } from '../../schemas/query.js'
import { registerCollection } from './collection-routes.js'

export const ParticipantList = listOf(ParticipantRow, 'ParticipantList')
export const PartyList = listOf(PartyRow, 'PartyList')
export const AffiliationList = listOf(AffiliationRow, 'AffiliationList')

const params = (example: string, shape: string) => z.object({ id: z.string().max(300).describe(`The relation's id: ${shape}.`).meta({ example }) })

export const ParticipantQuery = listQuery({
  sorts: Object.keys(participantCollection.sorts),
  defaultSort: participantCollection.defaultSort,
  facets: Object.keys(participantCollection.facets),
  operators: operatorFields(participantCollection),
  fields: Object.keys(ParticipantRow.shape),
  filters: {
    meeting: csv('Participants of these meetings (ids).', 'jscd-2024-07-washington'),
    actor: csv('Participations of these actors (ids).', 'lloyd-austin'),
    role: csvOf(PARTICIPANT_ROLES, 'Participants in these roles.', 'delegation_head'),
  },
})

export const PartyQuery = listQuery({
  sorts: Object.keys(partyCollection.sorts),
  defaultSort: partyCollection.defaultSort,
  facets: Object.keys(partyCollection.facets),
  operators: operatorFields(partyCollection),
  fields: Object.keys(PartyRow.shape),
  filters: {
    agreement: csv('Parties to these agreements (ids).', 'strategic-framework-agreement-2008'),
    actor: csv('Agreements these actors are parties to (ids).', 'iraq'),
  },
})

export const AffiliationQuery = listQuery({
  sorts: Object.keys(affiliationCollection.sorts),
  defaultSort: affiliationCollection.defaultSort,
  facets: Object.keys(affiliationCollection.facets),
  operators: operatorFields(affiliationCollection),
  fields: Object.keys(AffiliationRow.shape),
  filters: {
    person: csv('Affiliations of these people (actor ids).', 'lloyd-austin'),
    organization: csv('Affiliations to these organizations or states (actor ids).', 'us-department-of-defense'),
  },
})

const relationRoutes: FastifyPluginAsync = async (app) => {
  registerCollection(app, {
    name: 'participants',
    singular: 'participant',
    tag: 'relations',
    item: ParticipantRow,
    list: ParticipantList,
    query: ParticipantQuery,
    idParams: params('jscd-2024-07-washington:lloyd-austin', '<meeting>:<actor>'),
    itemDescription: 'One meeting participation, with its citations. An unknown id is a 404.',
    listDescription: 'Who took part in which meeting, in what role, with the citations that say so; filter by either end. Read-only: written with the meeting. Default order: by meeting, then as the meeting lists them.',
  })
  registerCollection(app, {
    name: 'parties',
    singular: 'party',
    tag: 'relations',
    item: PartyRow,
    list: PartyList,
    query: PartyQuery,
    idParams: params('strategic-framework-agreement-2008:iraq', '<agreement>:<actor>'),
    itemDescription: 'One party to an agreement, with its citations. An unknown id is a 404.',
    listDescription: 'Who is party to which agreement, with the citations that say so; filter by either end. Read-only: written with the agreement. Default order: by agreement, then as the agreement lists them.',
  })
  registerCollection(app, {
    name: 'affiliations',
    singular: 'affiliation',
    tag: 'relations',
    item: AffiliationRow,
    list: AffiliationList,
    query: AffiliationQuery,
    idParams: params('lloyd-austin:us-department-of-defense:1', '<person>:<organization>:<rank>, the rank counting from 1 the person’s affiliations to that organization'),
    itemDescription: 'One affiliation, with its citations. An unknown id is a 404.',
    listDescription: 'Which person holds which position in which organization or state, when, with the citations that say so; filter by either end. Read-only: written with the person. Default order: by person, then as the person lists them.',
  })
}

export default relationRoutes
