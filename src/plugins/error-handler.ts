import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Problem, ProblemFieldError } from '../schemas/problem.js'
import { HttpProblem, isBusy } from '../domain/errors.js'

const LOCATIONS: Record<string, ProblemFieldError['in']> = {
  params: 'path',
  querystring: 'query',
  headers: 'header',
  body: 'body',
}

interface ValidationIssue {
  instancePath?: string
  message?: string
  params?: Record<string, unknown>
}

function fieldErrors(error: FastifyError): ProblemFieldError[] {
  const where = LOCATIONS[error.validationContext ?? 'body'] ?? 'body'
  return (error.validation as ValidationIssue[]).flatMap((issue): ProblemFieldError[] => {
    const pointer = issue.instancePath ?? ''
    const message = issue.message ?? 'is invalid'
    // An unknown key is reported once per key, named, rather than against the whole object.
    const unknownKeys = Array.isArray(issue.params?.keys) ? (issue.params.keys as string[]) : []
    if (unknownKeys.length > 0) {
      return unknownKeys.map((key) => (where === 'body' ? { in: where, pointer: `${pointer === '/' ? '' : pointer}/${key}`, message } : { in: where, name: key, message }))
    }
    if (where === 'body') return [{ in: where, pointer, message }]
    // For params, query and headers the first pointer segment is the parameter's name.
    const segments = pointer.split('/').filter(Boolean)
    const missing = typeof issue.params?.missingProperty === 'string' ? issue.params.missingProperty : undefined
    return [{ in: where, name: segments[0] ?? missing ?? '', message }]
  })
}

const BUSY_RETRY_AFTER_SECONDS = 2


export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string | undefined,
  errors?: ProblemFieldError[],
  members: Record<string, unknown> = {},
) {
  const body: Problem & Record<string, unknown> = {
    ...members,
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    instance: request.url.split('?')[0] ?? request.url,
    request_id: String(request.id),
    ...(errors ? { errors } : {}),
  }
  return reply.code(status).type('application/problem+json; charset=utf-8').serializer(JSON.stringify).send(body)
}

const CLIENT_ERRORS: Record<string, { status: number; detail: (timeoutSeconds: number) => string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: (s) => `The request was not received in time: a client has ${s} s to send its headers and body.` },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    detail: () => 'The request line and headers are larger than 16 KiB. Shorten the query string (a list parameter takes at most 2,000 characters, q at most 500) or the headers.',
  },
}

/**
 * Errors Node's HTTP parser raises before there is a request for Fastify to route (a deadline
 * missed, headers too large, malformed HTTP): answered as problem documents on the raw socket, which
 * is then closed. The handler is Fastify's clientErrorHandler; `requestTimeout` is the deadline, in ms.
 */
export const clientErrorProblem = (requestTimeout: number) =>
  function (this: FastifyInstance, error: ConnectionError, socket: Socket): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) return
    const known = CLIENT_ERRORS[error.code ?? '']
    const status = known?.status ?? 400
    const title = STATUS_CODES[status] ?? 'Error'
    const requestId = randomUUID()
    const raw: unknown = error.rawPacket
    const requestLine = Buffer.isBuffer(raw) ? (raw.toString('latin1', 0, 2048).split('\r\n')[0] ?? '') : ''
    const body = JSON.stringify({
      type: 'about:blank',
      title,
      status,
      detail: known ? known.detail(Math.round(requestTimeout / 1000)) : 'The request is not valid HTTP/1.1.',
      instance: /^[A-Z]+ (\/[^ ?#]*)/.exec(requestLine)?.[1] ?? '/',
      request_id: requestId,
    } satisfies Problem)
    this.log.info({ reqId: requestId, status, code: error.code, remoteAddress: socket.remoteAddress, remotePort: socket.remotePort }, 'client error')
    if (!socket.writable) {
      socket.destroy()
      return
    }
    const head = [`HTTP/1.1 ${status} ${title}`, 'Content-Type: application/problem+json; charset=utf-8', `Content-Length: ${Buffer.byteLength(body)}`, `X-Request-Id: ${requestId}`, 'Connection: close']
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy())
  }

/** One error shape everywhere: every 4xx and 5xx leaves as an RFC 9457 problem document. */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
      if (error instanceof HttpProblem) {
        if (error.extra.headers) reply.headers(error.extra.headers)
        return sendProblem(request, reply, error.status, error.detail, error.extra.errors, error.extra.members)
      }
      if (Array.isArray(error.validation) && error.validation.length > 0) {
        const errors = fieldErrors(error)
        // RFC 6585: a request that must be conditional and is not is a 428, not a 400.
        const precondition = errors.find((e) => e.in === 'header' && e.name === 'if-match')
        if (precondition && errors.length === 1) {
          return sendProblem(request, reply, 428, 'Send If-Match with the ETag of the current record (from a GET of it), so that no one’s change is overwritten unseen.', errors)
        }
        const summary = errors.map((e) => `${e.in === 'body' ? `body${e.pointer}` : `${e.in} parameter "${e.name}"`}: ${e.message}`).join('; ')
        return sendProblem(request, reply, 400, `The request is invalid. ${summary}`, errors)
      }
      if (isBusy(error)) {
        // Another connection (a CLI, a mirror) held the write lock for longer than busy_timeout.
        request.log.warn({ err: error }, 'database busy')
        reply.header('retry-after', String(BUSY_RETRY_AFTER_SECONDS))
        return sendProblem(request, reply, 503, `The database is busy with another write; retry in ${BUSY_RETRY_AFTER_SECONDS} seconds. Nothing was stored.`)
      }
      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed')
        return sendProblem(request, reply, status, 'The server could not answer this request. The error has been logged with the request id.')
      }
      return sendProblem(request, reply, status, error.message)
    })

    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, 404, `No route matches ${request.method} ${request.url.split('?')[0]}.`),
    )
  },
  { name: 'error-handler' },
)
