import path from 'node:path'
import { parseArgs } from 'node:util'
import { ApiError } from '../client/api-client.js'
import { mirror } from '../services/mirror.js'

const usage = 'usage: npm run mirror -- --from http://host:port --to ./mirror.db [--follow] [--batch N]'

let values: { from?: string; to?: string; follow?: boolean; batch?: string }
try {
  values = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, follow: { type: 'boolean' }, batch: { type: 'string' } } }).values
} catch (error) {
  console.error(`mirror: ${(error as Error).message}\n${usage}`)
  process.exit(1)
}
const batch = values.batch === undefined ? 500 : Number(values.batch)
if (!values.from || !values.to || !Number.isInteger(batch) || batch < 1 || batch > 1000) {
  console.error(`mirror: --from and --to are required; --batch is 1-1000\n${usage}`)
  process.exit(1)
}

// Ctrl-C or SIGTERM: finish the batch in hand, then stop.
const stop = new AbortController()
process.once('SIGINT', () => stop.abort())
process.once('SIGTERM', () => stop.abort())

try {
  await mirror({ from: values.from, to: path.resolve(values.to), follow: values.follow, batch, signal: stop.signal, log: (line) => console.log(line) })
} catch (error) {
  // The server said no, or could not be reached: say so in one line. Anything else is a bug.
  if (error instanceof ApiError) {
    console.error(`mirror: ${error.message}`)
    process.exit(1)
  }
  throw error
}
