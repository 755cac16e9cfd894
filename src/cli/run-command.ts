import { ConfigError, loadConfig, type Config } from '../config.js'
import { SeedError } from '../services/seed/failures.js'

/**
 * Runs a command-line task with the service's configuration. Expected failures (bad configuration,
 * an invalid seed) print their message and exit 1; anything else is a bug and shows its stack.
 */
export async function runCommand(name: string, task: (config: Config) => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await task(loadConfig())
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SeedError) {
      console.error(`${name}: ${error.message}`)
      process.exitCode = 1
      return
    }
    throw error
  }
}
