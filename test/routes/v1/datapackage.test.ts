/* eslint-disable @typescript-eslint/no-explicit-any -- descriptors and CSV rows are loose JSON here */
// The Frictionless Data Package: the descriptor is checked against the rules of the Data Package,
// Tabular Data Resource and Table Schema specs (written out below, no network), and every CSV of the
// seed's zip against its schema: types, enums, required cells, the primary key and every foreign key.
import { parse as parseCsv } from 'csv-parse/sync'
import t from 'tap'
import { buildApp } from '../../helper.js'
import { readZip } from '../../zip-reader.js'

// https://specs.frictionlessdata.io/table-schema/ (v1)
const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any']
const STRING_FORMATS = ['default', 'email', 'uri', 'binary', 'uuid']
const CONSTRAINTS = ['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'enum']
const NAME = /^[a-z0-9._/-]+$/

/** What the specs require of a descriptor; each broken rule is one message. */
function descriptorProblems(d: any, isPath: (p: string) => boolean): string[] {
  const problems: string[] = []
  const need = (ok: unknown, message: string) => {
    if (!ok) problems.push(message)
  }
  need(d.profile === 'tabular-data-package', 'profile is tabular-data-package')
  need(typeof d.name === 'string' && NAME.test(d.name), 'package name: lower case, digits, . _ / -')
  need(Array.isArray(d.resources) && d.resources.length > 0, 'resources: a non-empty array')
  if (d.created !== undefined) need(!Number.isNaN(Date.parse(d.created)), 'created: an RFC 3339 date-time')
  const resources = new Map<string, any>((d.resources ?? []).map((r: any) => [r.name, r]))
  need(resources.size === d.resources.length, 'resource names are unique')
  for (const r of d.resources ?? []) {
    const at = `resource ${r.name}`
    need(typeof r.name === 'string' && NAME.test(r.name), `${at}: name pattern`)
    need(typeof r.path === 'string' && isPath(r.path), `${at}: path`)
    need(r.profile === 'tabular-data-resource', `${at}: tabular-data-resource`)
    need(r.dialect?.header === true && r.dialect?.delimiter === ',', `${at}: CSV dialect`)
    const fields: any[] = r.schema?.fields ?? []
    need(fields.length > 0, `${at}: schema.fields`)
    const names = new Set(fields.map((f) => f.name))
    need(names.size === fields.length, `${at}: field names are unique`)
    for (const f of fields) {
      need(typeof f.name === 'string' && f.name.length > 0, `${at}: a field has a name`)
      need(FIELD_TYPES.includes(f.type), `${at}.${f.name}: type ${f.type}`)
      if (f.type === 'string' && f.format !== undefined) need(STRING_FORMATS.includes(f.format), `${at}.${f.name}: string format ${f.format}`)
      for (const c of Object.keys(f.constraints ?? {})) need(CONSTRAINTS.includes(c), `${at}.${f.name}: constraint ${c}`)
      if (f.constraints?.enum) need(Array.isArray(f.constraints.enum) && f.constraints.enum.length > 0 && f.constraints.enum.every((v: unknown) => typeof v === 'string'), `${at}.${f.name}: enum of strings`)
    }
    const pk: string[] = r.schema?.primaryKey ?? []
    need(pk.length > 0 && pk.every((k) => names.has(k)), `${at}: primaryKey names its fields`)
    for (const fk of r.schema?.foreignKeys ?? []) {
      need(fk.fields.every((k: string) => names.has(k)), `${at}: foreign key fields ${fk.fields} exist`)
      const target = resources.get(fk.reference.resource)
      need(target, `${at}: foreign key to ${fk.reference.resource}: a resource of the package`)
      if (target) need(JSON.stringify(fk.reference.fields) === JSON.stringify(target.schema.primaryKey), `${at}: foreign key to ${fk.reference.resource} refers to its primary key`)
      need(fk.fields.length === fk.reference.fields.length, `${at}: foreign key field counts match`)
    }
  }
  return problems
}

/** A cell that does not conform to its field (empty cells are missing values). */
function cellProblem(f: any, value: string): string | undefined {
  if (value === '') return f.constraints?.required ? 'is required' : undefined
  if (f.type === 'integer' && !/^-?\d+$/.test(value)) return 'is not an integer'
  if (f.type === 'integer' && f.constraints?.minimum !== undefined && Number(value) < f.constraints.minimum) return `is below ${f.constraints.minimum}`
  if (f.type === 'boolean' && !['true', 'false'].includes(value)) return 'is not a boolean'
  if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'is not a date'
  if (f.type === 'datetime' && (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value)))) return 'is not a date-time'
  if (f.constraints?.enum && !f.constraints.enum.includes(value)) return `is not one of ${f.constraints.enum.join(', ')}`
  return undefined
}

t.test('the descriptor follows the spec and describes the CSV exports', async (t) => {
  const app = await buildApp(t)
  const res = await app.inject({ url: '/v1/datapackage.json' })
  t.equal(res.statusCode, 200)
  const d = res.json()
  t.same(descriptorProblems(d, (p) => /^https?:\/\//.test(p)), [], 'no rule of the specs is broken')
  t.same(d.resources.map((r: any) => r.name), ['sources', 'actors', 'meetings', 'agreements', 'statements', 'disputes', 'participants', 'parties', 'affiliations', 'citations'])
  for (const r of d.resources) {
    const csv = await app.inject({ url: new URL(r.path).pathname + new URL(r.path).search })
    t.equal(csv.statusCode, 200, `${r.name}: its path serves the CSV`)
    t.same(csv.body.split('\r\n')[0]?.split(','), r.schema.fields.map((f: any) => f.name), `${r.name}: one field per CSV column, in order`)
  }
  const kind = (name: string) => d.resources.find((r: any) => r.name === name).schema.fields.find((f: any) => f.name === 'kind')
  t.same(kind('actors').constraints.enum, ['person', 'organization', 'state', 'group'], 'enums come from the vocabulary')
  const citations = d.resources.find((r: any) => r.name === 'citations').schema
  t.same(
    citations.foreignKeys.map((k: any) => `${k.fields[0]}->${k.reference.resource}`).sort(),
    ['actor_id->actors', 'agreement_id->agreements', 'dispute_id->disputes', 'meeting_id->meetings', 'organization_id->actors', 'person_id->actors', 'source_id->sources', 'statement_id->statements'],
    'a citation refers to its source and its subject’s ends',
  )
  t.equal((await app.inject({ url: '/v1/datapackage.json', headers: { 'if-none-match': res.headers.etag as string } })).statusCode, 304)
})

t.test('the zip holds the descriptor and CSVs whose every cell and key conforms', async (t) => {
  const app = await buildApp(t)
  const res = await app.inject({ url: '/v1/datapackage.zip' })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/zip')
  t.match(res.headers['content-disposition'], /^attachment; filename="negotiations-dataset-r\d+\.zip"$/)
  const files = readZip(res.rawPayload)
  const d = JSON.parse((files.get('datapackage.json') as Buffer).toString('utf8'))
  t.same(descriptorProblems(d, (p) => /^[a-z]+\.csv$/.test(p)), [], 'the zip’s descriptor follows the spec')
  t.same([...files.keys()].sort(), ['datapackage.json', ...d.resources.map((r: any) => r.path)].sort(), 'the descriptor and one CSV per resource')
  const served = (await app.inject({ url: '/v1/datapackage.json' })).json()
  t.same(d.resources.map((r: any) => r.schema), served.resources.map((r: any) => r.schema), 'the same schemas as the served descriptor')

  const rows = new Map<string, Record<string, string>[]>()
  for (const r of d.resources) rows.set(r.name, parseCsv((files.get(r.path) as Buffer).toString('utf8'), { columns: true, bom: false }) as Record<string, string>[])
  for (const r of d.resources) {
    const table = rows.get(r.name) as Record<string, string>[]
    const bad: string[] = []
    for (const [i, row] of table.entries()) for (const f of r.schema.fields) {
      const problem = cellProblem(f, row[f.name] as string)
      if (problem) bad.push(`row ${i + 2} ${f.name}=${JSON.stringify(row[f.name])} ${problem}`)
    }
    t.same(bad.slice(0, 5), [], `${r.name}: every cell conforms to its field (${table.length} rows)`)
    const keys = table.map((row) => r.schema.primaryKey.map((k: string) => row[k]).join('\0'))
    t.equal(new Set(keys).size, keys.length, `${r.name}: the primary key is unique`)
    const total = (await app.inject({ url: `/v1/${r.name}?include_total=true&limit=1` })).json().meta.total
    t.equal(table.length, total, `${r.name}: every row of the collection`)
    for (const fk of r.schema.foreignKeys) {
      const target = new Set((rows.get(fk.reference.resource) as Record<string, string>[]).map((row) => row[fk.reference.fields[0]]))
      const values = table.map((row) => row[fk.fields[0]]).filter((v) => v !== '')
      const dangling = values.filter((v) => !target.has(v))
      t.same(dangling, [], `${r.name}.${fk.fields[0]} -> ${fk.reference.resource}: every value resolves (${values.length} checked)`)
    }
  }
  const citations = rows.get('citations') as Record<string, string>[]
  t.ok(citations.some((c) => c.subject_type === 'participant' && c.meeting_id && c.actor_id), 'relation subjects name both ends')
  t.equal((await app.inject({ url: '/v1/datapackage.zip', headers: { 'if-none-match': res.headers.etag as string } })).statusCode, 304)
})
