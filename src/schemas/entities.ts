// The public representation of each entity. Relations are embedded as compact references so a
// frontend needs no second round trip; `links` point to the related lists.
import { z } from 'zod'
import {
  ACTOR_KINDS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  DISPUTE_KINDS,
  DISPUTE_STATUSES,
  MEETING_KINDS,
  PARTICIPANT_ROLES,
  STATEMENT_KINDS,
  TOPICS,
} from '../domain/vocabulary.js'
import { ActorRef, AgreementRef, Citation, DateValue, DisputeRef, EntityId, MeetingRef, RowMeta, SourceRef } from './common.js'
import { exampleOf } from './examples.js'

const links = (shape: Record<string, string>) =>
  z.object(Object.fromEntries(Object.entries(shape).map(([k, d]) => [k, z.string().describe(d)])) as Record<string, z.ZodString>)

export const Source = z
  .object({
    id: EntityId,
    title: z.string().nullable().describe('The headline; null where the document has none (never invented).'),
    publisher: z.string().nullable().describe('The outlet; null where the document does not name it.'),
    author: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string().describe('BCP 47 language tag.'),
    published: DateValue,
    notes: z.string().nullable().describe('Curator notes: how the publisher or date was identified, what is boilerplate.'),
    sha256: z.string().describe('SHA-256 of the UTF-8 text.'),
    length: z.number().int().describe('Length of the text in Unicode code points.'),
    seed_file: z.string().nullable().describe('The file under seed/documents/ the text came from.'),
    counts: z.object({ statements: z.number().int(), citations: z.number().int() }).describe('How many statements come from it and citations point into it.'),
    links: links({ self: 'This source.', text: 'The text as text/plain.', statements: 'Statements from this source.' }),
    ...RowMeta,
  })
  .meta({ id: 'Source', description: 'A document the dataset is built from. Its text is served at links.text, exactly as stored.', ...exampleOf('Source') })

export const SourceDetail = Source.extend({
  text: z.string().describe('The full text, exactly as stored (citation offsets count code points into it).'),
}).meta({ id: 'SourceDetail', description: 'A source with its full text.' })

export const Affiliation = z
  .object({
    organization: ActorRef,
    role: z.string().describe('The title as the source gives it.'),
    date: DateValue,
    citations: z.array(Citation),
  })
  .meta({ id: 'Affiliation', description: 'A person’s position in an organization or state, as a source gives it.' })

export const Member = z
  .object({ person: ActorRef, role: z.string(), date: DateValue, citations: z.array(Citation) })
  .meta({ id: 'Member', description: 'A person affiliated with this organization or state.' })

export const Actor = z
  .object({
    id: EntityId,
    kind: z.enum(ACTOR_KINDS),
    name: z.string(),
    aliases: z.array(z.string()).describe('Every other name or spelling the sources use.'),
    country: z.string().nullable().describe('ISO 3166-1 alpha-2, where it applies.'),
    description: z.string().nullable(),
    affiliations: z.array(Affiliation),
    members: z.array(Member).describe('People affiliated with this actor (for organizations and states).'),
    citations: z.array(Citation),
    links: links({
      self: 'This actor.',
      statements: 'Statements this actor made.',
      mentioned_in: 'Statements about this actor.',
      meetings: 'Meetings this actor took part in.',
      agreements: 'Agreements this actor is a party to.',
    }),
    ...RowMeta,
  })
  .meta({ id: 'Actor', description: 'A person, organization, state or group.', ...exampleOf('Actor') })

export const Participant = z
  .object({ actor: ActorRef, role: z.enum(PARTICIPANT_ROLES), citations: z.array(Citation) })
  .meta({ id: 'Participant', description: 'An actor taking part in a meeting, and in what role.' })

export const Meeting = z
  .object({
    id: EntityId,
    title: z.string(),
    kind: z.enum(MEETING_KINDS),
    date: DateValue,
    location: z.string().nullable(),
    description: z.string().nullable(),
    participants: z.array(Participant),
    agreements: z.array(AgreementRef).describe('Agreements this meeting produced.'),
    disputes: z.array(DisputeRef).describe('Disputes this record takes part in (see /v1/disputes).'),
    citations: z.array(Citation),
    links: links({ self: 'This meeting.', statements: 'Statements made at or about this meeting.', agreements: 'Agreements it produced.' }),
    ...RowMeta,
  })
  .meta({ id: 'Meeting', description: 'Talks, a dialogue round, a commission meeting, a press briefing…', ...exampleOf('Meeting') })

export const Party = z.object({ actor: ActorRef, citations: z.array(Citation) }).meta({ id: 'Party', description: 'A party to an agreement.' })

export const Agreement = z
  .object({
    id: EntityId,
    title: z.string(),
    kind: z.enum(AGREEMENT_KINDS),
    status: z
      .enum(AGREEMENT_STATUSES)
      .describe('adopted, reached, announced, reported_unconfirmed (reported, not confirmed by a party), planned, or disputed (sources disagree; see the statements about it).'),
    date: DateValue,
    summary: z.string().nullable(),
    meeting: MeetingRef.nullable().describe('The meeting that produced it, where one did.'),
    parties: z.array(Party),
    disputes: z.array(DisputeRef).describe('Disputes this record takes part in (see /v1/disputes).'),
    citations: z.array(Citation),
    links: links({ self: 'This agreement.', statements: 'Statements about this agreement.' }),
    ...RowMeta,
  })
  .meta({ id: 'Agreement', description: 'An agreement, understanding, decision, resolution or plan, with its status as the sources give it.', ...exampleOf('Agreement') })

export const Statement = z
  .object({
    id: EntityId,
    kind: z
      .enum(STATEMENT_KINDS)
      .describe('quote: a speaker’s verbatim words; joint_statement; paraphrase; report: a claim the source attributes to someone or makes itself.'),
    text: z.string().describe('A verbatim span of the source (its offsets are the first citation).'),
    speakers: z.array(ActorRef).describe('Who said it; a joint statement lists every party; a report by the outlet itself names the outlet.'),
    date: DateValue,
    source: SourceRef,
    meeting: MeetingRef.nullable(),
    agreement: AgreementRef.nullable(),
    about: z.array(ActorRef).describe('Actors the statement is about.'),
    topics: z.array(z.enum(TOPICS)),
    disputes: z.array(DisputeRef).describe('Disputes in which this statement gives a claim’s answer, or which it settles (see /v1/disputes).'),
    citations: z.array(Citation).describe('The statement’s own span first, then the words that attribute it.'),
    links: links({ self: 'This statement.', source: 'Its source.', source_text: 'The source text, to see the statement in context.' }),
    ...RowMeta,
  })
  .meta({ id: 'Statement', description: 'Something said or claimed, in the exact words of its source.', ...exampleOf('Statement') })

export const ClaimStatement = z
  .object({ id: EntityId, kind: z.enum(STATEMENT_KINDS), text: z.string(), speakers: z.array(ActorRef), date: DateValue, source: SourceRef })
  .meta({ id: 'ClaimStatement', description: 'A statement as a dispute embeds it: who said what, when, in which source.' })

export const Claim = z
  .object({
    answer: z.string().describe('The curator’s one-line statement of this answer.'),
    note: z.string().nullable(),
    statements: z.array(ClaimStatement).describe('The statements that give this answer.'),
    citations: z.array(Citation).describe('The source words that give this answer, verbatim.'),
  })
  .meta({ id: 'Claim', description: 'One answer to a dispute’s question, as given by one or more statements, cited verbatim.' })

export const Dispute = z
  .object({
    id: EntityId,
    question: z.string().describe('The one question the sources answer differently.'),
    kind: z.enum(DISPUTE_KINDS).describe('figure, existence (of an agreement or event), framing, chronology, origin, date_plausibility or attribution.'),
    status: z.enum(DISPUTE_STATUSES).describe('open, or superseded by later reporting (see superseded_by).'),
    superseded_by: ClaimStatement.nullable().describe('The statement that settles it, when superseded.'),
    note: z.string().nullable().describe('The curator’s note: what is contested and what is not.'),
    actors: z.array(ActorRef).describe('Actors the dispute is about.'),
    meeting: MeetingRef.nullable(),
    agreement: AgreementRef.nullable(),
    topics: z.array(z.enum(TOPICS)),
    claims: z.array(Claim).describe('Two or more answers, in curated order.'),
    links: links({ self: 'This dispute.', statements: 'Every statement of its claims (in a list).' }),
    ...RowMeta,
  })
  .meta({ id: 'Dispute', description: 'A question the sources answer differently, with each answer (claim) side by side and cited verbatim.', ...exampleOf('Dispute') })

export type SourceOut = z.infer<typeof Source>
export type SourceDetailOut = z.infer<typeof SourceDetail>
export type ActorOut = z.infer<typeof Actor>
export type MeetingOut = z.infer<typeof Meeting>
export type AgreementOut = z.infer<typeof Agreement>
export type StatementOut = z.infer<typeof Statement>
export type DisputeOut = z.infer<typeof Dispute>
