// The README's walk-through "adding an article and annotating it", run exactly as it is printed: its
// shell commands are read from README.md, run with bash against a real server on a fresh database
// (with B and KEY set, from a directory holding docs/examples/article.txt), and each command's
// output must match the `# …` lines printed under it, where "…" stands for any text.
import { spawnSync } from 'node:child_process'
import { cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { projectRoot } from '../src/paths.js'
import { childEnv, runScript, scratchDir, startServer } from './helper.js'

export interface WalkthroughStep {
  command: string
  expected: string
}

/** The walk-through's commands and their printed outputs, from README.md. */
export function walkthroughSteps(readme: string): WalkthroughStep[] {
  const start = readme.indexOf('A walk-through: adding an article and annotating it')
  const end = readme.indexOf('**Suggestions for a new article.**', start)
  if (start < 0 || end < 0) throw new Error('README.md: the walk-through section is not where this test looks for it')
  const steps: WalkthroughStep[] = []
  for (const [, block = ''] of readme.slice(start, end).matchAll(/```sh\n([\s\S]*?)```/g)) {
    let command: string[] = []
    let expected: string[] = []
    const flush = () => {
      if (command.length) steps.push({ command: command.join('\n'), expected: expected.join('') })
      command = []
      expected = []
    }
    for (const line of block.split('\n')) {
      if (line.startsWith('#')) expected.push(line.replace(/^#\s*/, ''))
      else if (line.trim()) {
        if (expected.length) flush()
        command.push(line)
      }
    }
    flush()
  }
  return steps
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pattern = (expected: string) => new RegExp(`^${expected.split('…').map(escape).join('.*')}$`, 's')
const have = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
const missing = ['bash', 'curl', 'jq'].filter((tool) => !have(tool))
if (missing.length && process.env.CI) t.fail(`the walk-through needs ${missing.join(', ')}: CI must install them`)

t.test('the README walk-through runs as written against a fresh database', { skip: missing.length ? `needs ${missing.join(', ')}` : false }, async (t) => {
  const steps = walkthroughSteps(readFileSync(path.join(projectRoot, 'README.md'), 'utf8'))
  t.ok(steps.length >= 5, `${steps.length} commands found in the walk-through`)

  const dir = scratchDir(t)
  const databasePath = path.join(dir, 'walkthrough.db')
  const server = await startServer(t, { DATABASE_PATH: databasePath })
  const created = await runScript('src/cli/keys.ts', ['create', '--name', 'alice', '--scope', 'write'], { DATABASE_PATH: databasePath })
  const key = /nk_[A-Za-z0-9_-]+/.exec(created.stdout)?.[0]
  t.ok(key, `npm run keys -- create printed a key: ${created.stdout}${created.stderr}`)
  cpSync(path.join(projectRoot, 'docs', 'examples'), path.join(dir, 'docs', 'examples'), { recursive: true })

  for (const step of steps) {
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', step.command], { cwd: dir, env: childEnv({ B: server.address, KEY: key ?? '' }), encoding: 'utf8', timeout: 30_000 })
    t.equal(run.status, 0, `exits 0: ${step.command.split('\n')[0]}\n${run.stderr}`)
    if (step.expected) t.match(run.stdout.trim(), pattern(step.expected), `prints what the README shows: ${step.command.split('\n')[0]}`)
  }
  t.equal(await server.stop('SIGTERM'), 0)
})
