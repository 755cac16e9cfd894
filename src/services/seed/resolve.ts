import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { DatasetRecords } from '../../domain/records.js'
import type { EntityType } from '../../domain/vocabulary.js'
import { dottedPath, resolveActor, resolveAgreement, resolveDispute, resolveMeeting, resolveStatement, sha256, toSourceRecord, type ResolveContext, type ResolveProblem } from '../resolve-entities.js'
import type { SeedFailure } from './failures.js'
import { entryLabel, type Annotations } from './read-annotations.js'

type Kind = 'sources' | 'actors' | 'meetings' | 'agreements' | 'statements' | 'disputes'
const TYPE: Record<Kind, EntityType> = { sources: 'source', actors: 'actor', meetings: 'meeting', agreements: 'agreement', statements: 'statement', disputes: 'dispute' }

/**
 * Turns validated seed files into stored records: reads each document, finds every quote, checks
 * every reference (against the seed itself). Reports every problem rather than stopping at the first.
 */
export function resolveAnnotations(annotations: Annotations, documentsDir: string): { records: DatasetRecords; failures: SeedFailure[] } {
  const failures: SeedFailure[] = []
  const texts = new Map<string, string>()
  const ids: Record<Kind, Set<string>> = { sources: new Set(), actors: new Set(), meetings: new Set(), agreements: new Set(), statements: new Set(), disputes: new Set() }

  // Duplicate ids first: everything after relies on ids being unique.
  for (const kind of Object.keys(ids) as Kind[]) {
    annotations[kind].forEach((e, i) => {
      if (ids[kind].has(e.id)) failures.push({ file: `seed/${kind}.yaml`, entry: entryLabel(kind, i, e.id), path: 'id', reason: `duplicate id "${e.id}"` })
      ids[kind].add(e.id)
    })
  }

  const records: DatasetRecords = { sources: [], actors: [], meetings: [], agreements: [], statements: [], disputes: [] }
  const seenFiles = new Map<string, string>()
  const seenHashes = new Map<string, string>()
  annotations.sources.forEach((s, i) => {
    const fail = (p: string, reason: string) => failures.push({ file: 'seed/sources.yaml', entry: entryLabel('sources', i, s.id), path: p, reason })
    const full = path.join(documentsDir, s.file)
    if (!existsSync(full)) return fail('file', `seed/documents/${s.file} does not exist`)
    if (seenFiles.has(s.file)) return fail('file', `seed/documents/${s.file} is already the source "${seenFiles.get(s.file)}"`)
    seenFiles.set(s.file, s.id)
    const text = readFileSync(full, 'utf8')
    const hash = sha256(text)
    if (seenHashes.has(hash)) return fail('file', `has the same text as the source "${seenHashes.get(hash)}"`)
    seenHashes.set(hash, s.id)
    texts.set(s.id, text)
    records.sources.push(toSourceRecord(s, text, s.file))
  })

  // References resolve against the seed itself; an entry that failed validation still counts as
  // existing, so it is not reported a second time as a dangling reference.
  const ctx: ResolveContext = {
    sourceText: (id) => texts.get(id),
    exists: (type, id) => {
      const kind = (Object.keys(TYPE) as Kind[]).find((k) => TYPE[k] === type) as Kind
      return ids[kind].has(id) || annotations.invalidIds.has(`${kind}:${id}`)
    },
  }
  const report = (kind: Kind, index: number, id: string, problems: ResolveProblem[]) => {
    for (const p of problems) {
      failures.push({ file: `seed/${kind}.yaml`, entry: entryLabel(kind, index, id), path: dottedPath(p.path), reason: p.reason })
    }
  }
  annotations.actors.forEach((a, i) => {
    const { record, problems } = resolveActor(a, ctx)
    records.actors.push(record)
    report('actors', i, a.id, problems)
  })
  annotations.meetings.forEach((m, i) => {
    const { record, problems } = resolveMeeting(m, ctx)
    records.meetings.push(record)
    report('meetings', i, m.id, problems)
  })
  annotations.agreements.forEach((g, i) => {
    const { record, problems } = resolveAgreement(g, ctx)
    records.agreements.push(record)
    report('agreements', i, g.id, problems)
  })
  annotations.statements.forEach((s, i) => {
    const { record, problems } = resolveStatement(s, ctx)
    records.statements.push(record)
    report('statements', i, s.id, problems)
  })
  annotations.disputes.forEach((d, i) => {
    const { record, problems } = resolveDispute(d, ctx)
    records.disputes.push(record)
    report('disputes', i, d.id, problems)
  })
  return { records, failures }
}
