// The closed vocabularies of the dataset. The zod schemas, the database CHECK constraints
// and the OpenAPI document are all built from these lists.

export const ACTOR_KINDS = ['person', 'organization', 'state', 'group'] as const

export const MEETING_KINDS = [
  'talks',
  'dialogue_round',
  'commission_meeting',
  'bilateral_meeting',
  'press_briefing',
  'consultations',
] as const

export const PARTICIPANT_ROLES = [
  'chair',
  'host',
  'delegation_head',
  'delegation_member',
  'participant',
  'spokesperson',
] as const

export const AGREEMENT_KINDS = ['agreement', 'understanding', 'decision', 'resolution', 'plan'] as const

// reported_unconfirmed: a source reports it, nobody party to it confirms it.
// disputed: sources disagree on whether it exists or was reached; the conflicting claims are statements about it.
export const AGREEMENT_STATUSES = [
  'adopted',
  'reached',
  'announced',
  'reported_unconfirmed',
  'planned',
  'disputed',
] as const

export const STATEMENT_KINDS = ['quote', 'joint_statement', 'paraphrase', 'report'] as const

export const TOPICS = [
  'withdrawal',
  'troop-levels',
  'coalition-future',
  'bilateral-security',
  'training',
  'counterterrorism',
  'military-assistance',
  'force-protection',
  'militia-attacks',
  'sovereignty',
  'elections',
  'regional-stability',
  'economic-ties',
] as const

export const DATE_BASES = ['stated', 'inferred', 'unknown'] as const

// What a dispute (one question the sources answer differently) is about: a figure, whether
// something exists or happened, how it is framed, when it happened, where it came from, whether a
// date is plausible, or who said it.
export const DISPUTE_KINDS = ['figure', 'existence', 'framing', 'chronology', 'origin', 'date_plausibility', 'attribution'] as const

// superseded: later reporting settles it; the dispute names the statement that does.
export const DISPUTE_STATUSES = ['open', 'superseded'] as const

/** The entity types, in dependency order (what a record may refer to comes first). */
export const ENTITY_TYPES = ['source', 'actor', 'meeting', 'agreement', 'statement', 'dispute'] as const

export type ActorKind = (typeof ACTOR_KINDS)[number]
export type MeetingKind = (typeof MEETING_KINDS)[number]
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]
export type AgreementKind = (typeof AGREEMENT_KINDS)[number]
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]
export type StatementKind = (typeof STATEMENT_KINDS)[number]
export type Topic = (typeof TOPICS)[number]
export type DateBasis = (typeof DATE_BASES)[number]
export type DisputeKind = (typeof DISPUTE_KINDS)[number]
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]
export type EntityType = (typeof ENTITY_TYPES)[number]
