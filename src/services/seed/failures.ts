export interface SeedFailure {
  file: string
  /** The entry, e.g. `actors[3] (lloyd-austin)`; empty for file-level problems. */
  entry: string
  /** Where inside the entry, e.g. `citations[0].quote`; empty for the entry as a whole. */
  path: string
  reason: string
}

export function formatFailure(f: SeedFailure): string {
  const where = [f.entry, f.path].filter(Boolean).join(' ')
  return `${f.file}${where ? `: ${where}` : ''}: ${f.reason}`
}

export class SeedError extends Error {
  override name = 'SeedError'
  constructor(readonly failures: SeedFailure[]) {
    super(`the seed has ${failures.length} problem(s):\n${failures.map((f) => `  - ${formatFailure(f)}`).join('\n')}`)
  }
}
