// The command line of the dataset generator (generate.ts):
//
//   npm run gen -- --statements 1000000 --out ./data/bench.db [--seed 42] [--force]
import { parseArgs } from 'node:util'
import { generateDataset } from './generate.js'

const USAGE = 'usage: npx tsx src/cli/gen/main.ts --statements 1000000 --out ./data/bench.db [--seed 42] [--force] [--sources N] [--actors N] [--meetings N] [--agreements N]'

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      statements: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
      force: { type: 'boolean', default: false },
      sources: { type: 'string' },
      actors: { type: 'string' },
      meetings: { type: 'string' },
      agreements: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const count = (name: string, v: string | undefined, required = false): number | undefined => {
    if (v === undefined) {
      if (required) throw new Error(`--${name} is required`)
      return undefined
    }
    if (!/^\d+$/.test(v) || (Number(v) < 1 && name !== 'seed')) throw new Error(`--${name} must be a positive whole number (got ${JSON.stringify(v)})`)
    return Number(v)
  }
  if (!values.out) throw new Error('--out is required')
  const result = generateDataset({
    statements: count('statements', values.statements, true) as number,
    out: values.out,
    seed: count('seed', values.seed) ?? 42,
    force: values.force,
    sources: count('sources', values.sources),
    actors: count('actors', values.actors),
    meetings: count('meetings', values.meetings),
    agreements: count('agreements', values.agreements),
    log: (line) => console.log(line),
  })
  console.log(`gen: total ${(result.totalMs / 1000).toFixed(1)} s; ${(result.bytes / 1e6).toFixed(0)} MB at ${result.file}`)
  console.log(`gen: ${Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  return 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(`gen: ${(error as Error).message}`)
  console.error(USAGE)
  process.exitCode = 1
}
