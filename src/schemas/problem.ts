import { z } from 'zod'

export const ProblemFieldError = z
  .object({
    in: z.enum(['path', 'query', 'header', 'body']).describe('Where the bad value was sent.'),
    name: z.string().optional().describe('The parameter name (path, query and header errors).'),
    pointer: z.string().optional().describe('A JSON Pointer (RFC 6901) into the body (body errors).'),
    message: z.string().describe('What is wrong with the value.'),
  })
  .meta({ id: 'ProblemFieldError' })

export const Problem = z
  .object({
    type: z.string().describe('A URI reference naming the problem type; "about:blank" when the status says it all.'),
    title: z.string().describe('A short summary of the problem type.'),
    status: z.number().int().describe('The HTTP status code.'),
    detail: z.string().optional().describe('What went wrong with this request.'),
    instance: z.string().describe('The path of the request that failed.'),
    request_id: z.string().describe('The request id, also sent as X-Request-Id; quote it when reporting a problem.'),
    errors: z.array(ProblemFieldError).optional().describe('Each invalid parameter or field (validation errors only).'),
    referrers: z
      .array(z.object({ type: z.string(), id: z.string() }))
      .optional()
      .describe('409 on a delete: the records that still refer to this one.'),
    existing: z.string().optional().describe('409 on a create: the record that already has this id or text.'),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem document, sent as application/problem+json for every 4xx and 5xx response.',
    example: {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No route matches GET /v2/actors.',
      instance: '/v2/actors',
      request_id: 'req-1',
    },
  })

export type ProblemFieldError = z.infer<typeof ProblemFieldError>
export type Problem = z.infer<typeof Problem>
