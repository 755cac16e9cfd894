import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { readFileSync } from 'node:fs'

// This file sits directly under src/ (or dist/ once compiled), so the project root is one level up.
export const projectRoot = fileURLToPath(new URL('..', import.meta.url))
export const migrationsDir = path.join(projectRoot, 'migrations')
export const seedDir = path.join(projectRoot, 'seed')

export const packageVersion = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version
