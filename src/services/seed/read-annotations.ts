import { readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import {
  ANNOTATION_FILES,
  type AnnotatedActor,
  type AnnotatedAgreement,
  type AnnotatedDispute,
  type AnnotatedMeeting,
  type AnnotatedSource,
  type AnnotatedStatement,
} from '../../schemas/entity-inputs.js'
import type { SeedFailure } from './failures.js'

export interface Annotations {
  sources: AnnotatedSource[]
  actors: AnnotatedActor[]
  meetings: AnnotatedMeeting[]
  agreements: AnnotatedAgreement[]
  statements: AnnotatedStatement[]
  disputes: AnnotatedDispute[]
  /** Ids of entries that failed validation: known to exist, so references to them are not reported again. */
  invalidIds: Set<string>
}

type Kind = keyof typeof ANNOTATION_FILES

export const entryLabel = (kind: string, index: number, id: unknown) =>
  `${kind}[${index}]${typeof id === 'string' ? ` (${id})` : ''}`

const issuePath = (p: readonly PropertyKey[]) =>
  p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('')

/** Reads and validates every annotation file. Entries that fail validation are left out and reported. */
export function readAnnotations(seedDir: string): { annotations: Annotations; failures: SeedFailure[] } {
  const failures: SeedFailure[] = []
  const annotations: Record<string, unknown[]> = {}
  const invalidIds = new Set<string>()
  for (const [kind, { file, entry }] of Object.entries(ANNOTATION_FILES) as [Kind, (typeof ANNOTATION_FILES)[Kind]][]) {
    const relative = `seed/${file}`
    annotations[kind] = []
    const full = path.join(seedDir, file)
    if (!existsSync(full)) {
      failures.push({ file: relative, entry: '', path: '', reason: 'file is missing' })
      continue
    }
    let raw: unknown
    try {
      raw = parseYaml(readFileSync(full, 'utf8'))
    } catch (error) {
      failures.push({ file: relative, entry: '', path: '', reason: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` })
      continue
    }
    if (raw === null || raw === undefined) raw = []
    if (!Array.isArray(raw)) {
      failures.push({ file: relative, entry: '', path: '', reason: 'must be a YAML list of entries' })
      continue
    }
    raw.forEach((item, index) => {
      const parsed = (entry as z.ZodType).safeParse(item)
      const id = (item as { id?: unknown } | null)?.id
      if (parsed.success) annotations[kind]!.push(parsed.data)
      else {
        if (typeof id === 'string') invalidIds.add(`${kind}:${id}`)
        for (const issue of parsed.error.issues) {
          failures.push({ file: relative, entry: entryLabel(kind, index, id), path: issuePath(issue.path), reason: issue.message })
        }
      }
    })
  }
  return { annotations: { ...(annotations as unknown as Omit<Annotations, 'invalidIds'>), invalidIds }, failures }
}
