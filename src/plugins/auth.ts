import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { findKey, type ApiKeyScope } from '../repositories/api-keys.js'
import { HttpProblem } from '../domain/errors.js'
import type { AuthLimits } from './protection.js'

export interface AuthenticatedKey {
  name: string
  scope: ApiKeyScope
}

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler hook that lets the request through only with an API key allowed `scope`; it sets request.apiKey. */
    requireScope: (scope: ApiKeyScope) => (request: FastifyRequest) => Promise<void>
  }
  interface FastifyRequest {
    /** The API key the request was authenticated with; null where no key was required. */
    apiKey: AuthenticatedKey | null
  }
}

const REALM = 'Bearer realm="negotiations-api"'

// RFC 6750 section 2.1: "Bearer" (any case), one or more spaces, then a b64token.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i

/** What each scope allows: a write key may also read. */
const ALLOWS: Record<ApiKeyScope, readonly ApiKeyScope[]> = { read: ['read'], write: ['read', 'write'] }

const unauthorized = (detail: string, challenge = REALM) => new HttpProblem(401, detail, { headers: { 'www-authenticate': challenge } })

/** Query parameters a client might put a key in (RFC 6750 section 2.3 names access_token). */
const KEY_PARAMETERS = ['api_key', 'apikey', 'access_token']
const KEY_IN_URL = new RegExp(`([?&](?:${KEY_PARAMETERS.join('|')})=)[^&#]*`, 'gi')

/** The URL with any key sent in its query string replaced, for the logs. */
export const redactUrl = (url: string) => url.replace(KEY_IN_URL, '$1[redacted]')

const keyParameterIn = (url: string) => {
  const query = url.indexOf('?')
  if (query === -1) return undefined
  const params = new URLSearchParams(url.slice(query + 1))
  return [...params.keys()].find((name) => KEY_PARAMETERS.includes(name.toLowerCase()))
}

/** Where rate limiting is off (or the protection plugin absent), authentication is not limited. */
const NO_LIMITS: AuthLimits = { beforeAuthentication: async () => {}, failedAuthentication: async () => {}, authenticatedWrite: async () => {} }

export default fp(
  async (app) => {
    app.decorateRequest('apiKey', null)

    const limits: AuthLimits = app.hasDecorator('authLimits') ? app.authLimits : NO_LIMITS

    // A key in the URL ends up in logs, proxies and browser histories: refuse it, on every route.
    app.addHook('onRequest', async (request) => {
      const name = keyParameterIn(request.url)
      if (name === undefined) return
      const message = 'an API key is never sent in the URL; send it as "Authorization: Bearer <key>"'
      throw new HttpProblem(400, `An API key is never sent in the URL, where logs and histories keep it: send it in the header "Authorization: Bearer <key>". Treat the key as leaked: revoke it and make a new one.`, {
        errors: [{ in: 'query', name, message }],
      })
    })

    const authenticate = async (request: FastifyRequest) => {
      const header = request.headers.authorization
      if (header === undefined || header.trim() === '') {
        throw unauthorized('This request needs an API key: send it as "Authorization: Bearer <key>".')
      }
      const token = BEARER.exec(header)?.[1]
      if (token === undefined) {
        throw unauthorized('The Authorization header must be "Bearer <key>", with the API key after one space.')
      }
      const found = findKey(app.db.reader, token)
      if (!found) {
        throw unauthorized('The API key is not known.', `${REALM}, error="invalid_token", error_description="The API key is not known"`)
      }
      if (found.revoked) {
        throw unauthorized('The API key has been revoked; ask for a new one.', `${REALM}, error="invalid_token", error_description="The API key has been revoked"`)
      }
      return found
    }

    app.decorate('requireScope', (scope: ApiKeyScope) => async (request: FastifyRequest) => {
      await limits.beforeAuthentication(request)
      let found
      try {
        found = await authenticate(request)
      } catch (error) {
        await limits.failedAuthentication(request)
        throw error
      }
      request.apiKey = { name: found.name, scope: found.scope }
      // Counted by the key it authenticated as, however its header was spelled; refused writes count too.
      if (scope === 'write') await limits.authenticatedWrite(request)
      if (!ALLOWS[found.scope].includes(scope)) {
        throw new HttpProblem(403, `This key may only ${found.scope}; this request needs a key with the ${scope} scope.`, {
          headers: { 'www-authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"` },
        })
      }
    })
  },
  { name: 'auth', dependencies: ['db'] },
)
