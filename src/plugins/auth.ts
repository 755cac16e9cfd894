import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { findKey, type ApiKeyScope } from '../repositories/api-keys.js'
import { HttpProblem } from '../domain/errors.js'

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

export default fp(
  async (app) => {
    app.decorateRequest('apiKey', null)

    app.decorate('requireScope', (scope: ApiKeyScope) => async (request: FastifyRequest) => {
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
      if (!ALLOWS[found.scope].includes(scope)) {
        throw new HttpProblem(403, `This key may only ${found.scope}; this request needs a key with the ${scope} scope.`, {
          headers: { 'www-authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"` },
        })
      }
      request.apiKey = { name: found.name, scope: found.scope }
    })
  },
  { name: 'auth', dependencies: ['db'] },
)
