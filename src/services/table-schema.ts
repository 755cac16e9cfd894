// The Frictionless Table Schema of each CSV export. Its fields are the CSV columns themselves
// (csv-columns.ts, in their order); this file says what type each column's cells have, and which
// columns are foreign keys. A column without a type here is an error, so a new CSV column cannot
// reach the data package untyped.
import { CITATION_SUBJECTS, END_COLLECTION, SUBJECT_TYPES } from '../domain/citation-subjects.js'
import {
  ACTOR_KINDS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  DATE_BASES,
  DISPUTE_KINDS,
  DISPUTE_STATUSES,
  MEETING_KINDS,
  PARTICIPANT_ROLES,
  STATEMENT_KINDS,
  TOPICS,
} from '../domain/vocabulary.js'
import { csvHeader, type CsvCollection } from './csv-columns.js'

export interface TableField {
  name: string
  type: 'string' | 'integer' | 'boolean' | 'date' | 'datetime'
  format?: string
  description?: string
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; minimum?: number }
}

type FieldType = Omit<TableField, 'name'>

const PRECISIONS = ['day', 'month', 'year', 'decade', 'century'] as const
const LIST = (what: string): FieldType => ({ type: 'string', description: `${what}; several values are joined with "; ".` })
const enumOf = (values: readonly string[], description?: string): FieldType => ({ type: 'string', constraints: { enum: values }, ...(description ? { description } : {}) })
const count = (description: string): FieldType => ({ type: 'integer', description, constraints: { minimum: 0 } })
const offset = (description: string): FieldType => ({ type: 'integer', description: `${description}, in Unicode code points.`, constraints: { required: true, minimum: 0 } })

// A date's columns (csv-columns.ts dateColumns), for each prefix.
const dateFields = (prefix: string): Record<string, FieldType> => ({
  [prefix]: { type: 'string', description: 'The date as the sources support it, in EDTF (level 0-1: 2024, 2024-07, 2024-07-22/2024-07-23, 2021-10-14?); empty when unknown.' },
  [`${prefix}_start`]: { type: 'date', description: 'First ISO day the date covers.' },
  [`${prefix}_end`]: { type: 'date', description: 'Last ISO day the date covers.' },
  [`${prefix}_precision`]: enumOf(PRECISIONS),
  [`${prefix}_uncertain`]: { type: 'boolean', description: 'EDTF `?`: the source is not sure.' },
  [`${prefix}_approximate`]: { type: 'boolean', description: 'EDTF `~`: the date is approximate.' },
  [`${prefix}_basis`]: enumOf(DATE_BASES, 'stated: the source gives it; inferred: worked out (see the note); unknown.'),
  [`${prefix}_note`]: { type: 'string', description: 'How an inferred date was reached, or what the source says of an unknown one.' },
})

// Columns that mean the same in every export.
const COMMON: Record<string, FieldType> = {
  id: { type: 'string', constraints: { required: true, unique: true } },
  created_at: { type: 'datetime', description: 'When the record was created (UTC).' },
  updated_at: { type: 'datetime', description: 'When the record last changed (UTC).' },
  version: { type: 'integer', description: 'Bumped on every change to the record.', constraints: { minimum: 1 } },
  citation_sources: LIST('The sources of its citations, in order'),
  citation_quotes: LIST('The quotes of its citations, in the same order'),
  citation_spans: LIST('Its citations as source_id:start-end (Unicode code points into the source text), in the same order'),
  title: { type: 'string' },
  description: { type: 'string' },
  role: { type: 'string', description: 'The title or role as the source gives it.' },
  actor_name: { type: 'string' },
  ...dateFields('date'),
  ...Object.fromEntries(Object.keys(END_COLLECTION).map((c) => [c, { type: 'string' }])),
  source_id: { type: 'string' },
}

// Columns particular to one export (they override COMMON).
const OWN: Record<CsvCollection, Record<string, FieldType>> = {
  sources: {
    publisher: { type: 'string' },
    author: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    language: { type: 'string', description: 'BCP 47 language tag.', constraints: { required: true } },
    ...dateFields('published'),
    notes: { type: 'string' },
    sha256: { type: 'string', description: 'SHA-256 of the UTF-8 text.' },
    length: count('Length of the text in Unicode code points'),
    seed_file: { type: 'string' },
    statements: count('Statements from this source'),
    citations: count('Citations into this source'),
  },
  actors: {
    kind: enumOf(ACTOR_KINDS),
    name: { type: 'string', constraints: { required: true } },
    aliases: LIST('Other names and spellings the sources use'),
    country: { type: 'string', description: 'ISO 3166-1 alpha-2.' },
    affiliations: LIST('Organizations the person belongs to, as "<organization id> (<role>)"'),
    members: LIST('People affiliated with it, as "<person id> (<role>)"'),
  },
  meetings: {
    kind: enumOf(MEETING_KINDS),
    location: { type: 'string' },
    participants: LIST('Participants, as "<actor id> (<role>)"'),
    agreements: LIST('Agreements it produced (ids)'),
  },
  agreements: {
    kind: enumOf(AGREEMENT_KINDS),
    status: enumOf(AGREEMENT_STATUSES),
    summary: { type: 'string' },
    parties: LIST('Parties (actor ids)'),
  },
  statements: {
    kind: enumOf(STATEMENT_KINDS),
    text: { type: 'string', description: 'A verbatim span of the source.', constraints: { required: true } },
    speakers: LIST('Who said it (actor ids)'),
    speaker_names: LIST('Their names, in the same order'),
    source_publisher: { type: 'string' },
    about: LIST('Actors it is about (ids)'),
    topics: LIST(`Topics, each one of ${TOPICS.join(', ')}`),
    text_start: offset('Where the text starts in the source'),
    text_end: offset('Where the text ends in the source (exclusive)'),
  },
  disputes: {
    question: { type: 'string', constraints: { required: true } },
    kind: enumOf(DISPUTE_KINDS),
    status: enumOf(DISPUTE_STATUSES, 'open, or superseded by later reporting (see superseded_by).'),
    superseded_by: { type: 'string', description: 'The statement that settles it (an id), when superseded.' },
    note: { type: 'string', description: "The curator's note: what is contested and what is not." },
    actors: LIST('Actors it is about (ids)'),
    topics: LIST(`Topics, each one of ${TOPICS.join(', ')}`),
    claim_answers: LIST('Each claim\'s answer, in claim order'),
    claim_statements: LIST('The statements giving each claim, in claim order; the statements of one claim are joined with "+"'),
  },
  participants: { role: enumOf(PARTICIPANT_ROLES) },
  parties: {},
  affiliations: {},
  citations: {
    subject_type: enumOf(SUBJECT_TYPES, 'What the citation supports.'),
    subject_id: { type: 'string', description: "The subject's id: an entity's, or a relation's (its ends joined with ':')." },
    start: offset('Where the quote starts in the source'),
    end: offset('Where the quote ends in the source (exclusive)'),
    quote: { type: 'string', description: 'Exactly the source text between start and end.', constraints: { required: true } },
    position: count("Its place in the subject's citations"),
    ...Object.fromEntries(
      CITATION_SUBJECTS.flatMap((s) =>
        s.ends ? Object.keys(s.ends).map((c) => [c, { type: 'string', description: `Filled for ${[...new Set(CITATION_SUBJECTS.filter((x) => x.ends && c in x.ends).map((x) => x.type))].join(' and ')} subjects.` }]) : [[`${s.type}_id`, { type: 'string', description: `The subject, when it is a ${s.type}.` }]],
      ),
    ),
  },
}

// Columns holding one id of another export's rows (a relation's end, a statement's source…).
const REFERENCES: Record<string, string> = { ...END_COLLECTION, source_id: 'sources', superseded_by: 'statements' }

export interface TableSchema {
  fields: TableField[]
  primaryKey: string[]
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[]
  missingValues: string[]
}

/** The Table Schema of a CSV export, one field per column. */
export function tableSchema(name: CsvCollection): TableSchema {
  const columns = csvHeader(name)
  const fields = columns.map((column): TableField => {
    const type = OWN[name][column] ?? COMMON[column]
    if (!type) throw new Error(`the ${name} CSV column "${column}" has no type in src/services/table-schema.ts`)
    return { name: column, ...type }
  })
  const foreignKeys = columns
    .filter((c) => REFERENCES[c] !== undefined)
    .map((c) => ({ fields: [c], reference: { resource: REFERENCES[c] as string, fields: ['id'] } }))
  return { fields, primaryKey: ['id'], foreignKeys, missingValues: [''] }
}
