// Builds the dataset explorer (`npm run build:web`): compiles web/*.ts to public/*.js (ES modules;
// the page loads app.js, which imports the rest) with tsconfig.web.json, and copies web/index.html
// and web/styles.css next to them. public/ is build output.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'public')
mkdirSync(out, { recursive: true })
// The server serves every file here: a module left from an earlier build must not linger.
for (const file of readdirSync(out)) if (file.endsWith('.js')) rmSync(path.join(out, file))

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.web.json')], { cwd: root, stdio: 'inherit' })
if (result.status !== 0) {
  process.stderr.write('build:web: tsc failed (see above)\n')
  process.exit(result.status ?? 1)
}
for (const file of ['index.html', 'styles.css']) copyFileSync(path.join(root, 'web', file), path.join(out, file))
process.stdout.write(`build:web: wrote ${path.relative(process.cwd(), out) || '.'}/{index.html,styles.css,*.js}\n`)
