// Builds the dataset explorer (`npm run build:web`): compiles web/app.ts to public/app.js with
// tsconfig.web.json and copies web/index.html and web/styles.css next to it. public/ is build output.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'public')
mkdirSync(out, { recursive: true })

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.web.json')], { cwd: root, stdio: 'inherit' })
if (result.status !== 0) {
  process.stderr.write('build:web: tsc failed (see above)\n')
  process.exit(result.status ?? 1)
}
for (const file of ['index.html', 'styles.css']) copyFileSync(path.join(root, 'web', file), path.join(out, file))
process.stdout.write(`build:web: wrote ${path.relative(process.cwd(), out) || '.'}/{index.html,styles.css,app.js}\n`)
