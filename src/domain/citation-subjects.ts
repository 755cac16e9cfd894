// What a citation can support: one line per subject type. Each names the column of `citations`
// that points to its row, the table the row is in and, for a relation, its two ends (columns of that
// table, each an actor, meeting or agreement id). A relation's public id is its ends joined with ':'
// (an affiliation adds its rank among the same person's affiliations to the same organization, since
// one person can hold two roles there). Adding a subject type is one line here.
export interface CitationSubjectType {
  /** The subject type, as `subject.type` and the `subject_type` filter name it. */
  type: string
  /** Its column in `citations`. */
  column: 'actor_id' | 'meeting_id' | 'agreement_id' | 'statement_id' | 'participant_id' | 'party_id' | 'affiliation_id' | 'claim_id'
  table: string
  /** The collection its rows are listed in (`/v1/<collection>/<id>`). */
  collection: string
  /** A relation's ends: column of `table` → the collection its value is an id of. */
  ends?: Readonly<Record<string, string>>
  /** The ends do not make the id unique on their own: a rank among rows with the same ends is appended. */
  ranked?: boolean
  /** Where the subject is served, when it is not `/v1/<collection>/<its id>` (a claim: its dispute). */
  path?: (id: string) => string
}

export const CITATION_SUBJECTS: readonly CitationSubjectType[] = [
  { type: 'actor', column: 'actor_id', table: 'actors', collection: 'actors' },
  { type: 'meeting', column: 'meeting_id', table: 'meetings', collection: 'meetings' },
  { type: 'agreement', column: 'agreement_id', table: 'agreements', collection: 'agreements' },
  { type: 'statement', column: 'statement_id', table: 'statements', collection: 'statements' },
  { type: 'participant', column: 'participant_id', table: 'meeting_participants', collection: 'participants', ends: { meeting_id: 'meetings', actor_id: 'actors' } },
  { type: 'party', column: 'party_id', table: 'agreement_parties', collection: 'parties', ends: { agreement_id: 'agreements', actor_id: 'actors' } },
  { type: 'affiliation', column: 'affiliation_id', table: 'affiliations', collection: 'affiliations', ends: { person_id: 'actors', organization_id: 'actors' }, ranked: true },
  // A dispute's claim: `<dispute id>:<its place among the dispute's claims>`, served within its dispute.
  { type: 'claim', column: 'claim_id', table: 'dispute_claims', collection: 'disputes', ends: { dispute_id: 'disputes' }, ranked: true, path: (id) => `/v1/disputes/${id.slice(0, id.lastIndexOf(':'))}` },
]

export const SUBJECT_TYPES = CITATION_SUBJECTS.map((s) => s.type) as [string, ...string[]]

export const subjectType = (type: string): CitationSubjectType | undefined => CITATION_SUBJECTS.find((s) => s.type === type)

/** The columns that name a subject's ends, over every relation type (each once), then an entity subject's own id column. */
export const SUBJECT_END_COLUMNS: readonly string[] = [
  ...new Set([...CITATION_SUBJECTS.filter((s) => !s.ends).map((s) => `${s.type}_id`), ...CITATION_SUBJECTS.flatMap((s) => Object.keys(s.ends ?? {}))]),
]

/** What each end column is an id of (for foreign keys). */
export const END_COLLECTION: Readonly<Record<string, string>> = Object.fromEntries(
  CITATION_SUBJECTS.flatMap((s) => (s.ends ? Object.entries(s.ends) : [[`${s.type}_id`, s.collection]])),
)

/** A span START-END of code points (START < END), as the overlaps filter takes it. */
export const SPAN_PATTERN = /^(\d{1,9})-(\d{1,9})$/

export function parseSpan(value: string): { start: number; end: number } | undefined {
  const m = SPAN_PATTERN.exec(value)
  if (!m) return undefined
  const [start, end] = [Number(m[1]), Number(m[2])]
  return start < end ? { start, end } : undefined
}

/** How many ':'-separated parts a subject's public id has. */
export const keyParts = (s: CitationSubjectType) => (s.ends ? Object.keys(s.ends).length + (s.ranked ? 1 : 0) : 1)

/** `<type>:<subject id>` (e.g. `participant:<meeting>:<actor>`): its type and the parts of its id, or undefined when it has not the type's shape. */
export function parseSubjectReference(value: string): { subject: CitationSubjectType; parts: string[] } | undefined {
  const [type = '', ...parts] = value.split(':')
  const subject = subjectType(type)
  if (!subject || parts.length !== keyParts(subject) || parts.some((p) => p === '')) return undefined
  if (subject.ranked && !/^[1-9]\d{0,5}$/.test(parts.at(-1) as string)) return undefined
  return { subject, parts }
}
