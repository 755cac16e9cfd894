// Component examples are real records of the dataset, written to openapi/examples.json by
// `npm run openapi` (timestamps fixed so the document is stable); a test checks they still equal
// what the API serves.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../paths.js'

export const EXAMPLE_IDS = {
  Source: { collection: 'sources', id: 'menafn-iraqi-representatives-visit-pentagon' },
  Actor: { collection: 'actors', id: 'lloyd-austin' },
  Meeting: { collection: 'meetings', id: 'state-department-briefing-2024-07-24' },
  Agreement: { collection: 'agreements', id: 'strategic-framework-agreement-2008' },
  Statement: { collection: 'statements', id: 'austin-bond-10th-year-coalition' },
  Dispute: { collection: 'disputes', id: 'us-troop-count-iraq' },
} as const

export type ExampleName = keyof typeof EXAMPLE_IDS
export const EXAMPLE_TIMESTAMP = '2026-01-01T00:00:00.000Z'
export const examplesFile = path.join(projectRoot, 'openapi', 'examples.json')

/** The example of a component, or nothing before the first `npm run openapi`. Read when called. */
export function exampleOf(name: ExampleName): { example?: Record<string, unknown> } {
  if (!existsSync(examplesFile)) return {}
  const examples = JSON.parse(readFileSync(examplesFile, 'utf8')) as Partial<Record<ExampleName, Record<string, unknown>>>
  return examples[name] ? { example: examples[name] } : {}
}
