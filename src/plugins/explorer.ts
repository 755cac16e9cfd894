import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import fp from 'fastify-plugin'
import { projectRoot } from '../paths.js'
import { HttpProblem } from '../domain/errors.js'

export interface ExplorerOptions {
  /** The built page (`npm run build:web`): index.html, styles.css, app.js. Default: public/. */
  root?: string
}

export const defaultExplorerRoot = path.join(projectRoot, 'public')

// The page loads only its own files; it may fetch an API on another origin (configurable base URL).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' http: https:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/**
 * The dataset explorer: the static page built into public/, served at `/` (with its index.html).
 * Its routes are hidden from the OpenAPI document. When the page has not been built, GET / answers a
 * 503 problem saying how to build it.
 */
export default fp<ExplorerOptions>(
  async (app, opts) => {
    const root = opts.root ?? defaultExplorerRoot
    if (!existsSync(path.join(root, 'app.js')) || !existsSync(path.join(root, 'index.html'))) {
      app.get('/', { schema: { hide: true } }, async () => {
        throw new HttpProblem(503, `The dataset explorer has not been built (${path.join(root, 'app.js')} is missing): run \`npm run build:web\`, then restart the server. The API itself is at /v1.`)
      })
      return
    }
    // In a context of its own, so that its headers apply to the page's files only. The page's
    // Content-Security-Policy replaces the API's: it must be able to fetch an API on another origin.
    await app.register(async (files) => {
      files.addHook('onSend', async (_request, reply, payload) => {
        reply.header('content-security-policy', CONTENT_SECURITY_POLICY)
        reply.header('x-content-type-options', 'nosniff')
        reply.header('referrer-policy', 'no-referrer')
        return payload
      })
      await files.register(fastifyStatic, {
        root,
        prefix: '/',
        index: 'index.html',
        decorateReply: false,
        // One route per built file (plus / for index.html), so every other path keeps the API's 404.
        wildcard: false,
        schemaHide: true,
      })
    })
  },
  { name: 'explorer', dependencies: ['error-handler'] },
)
