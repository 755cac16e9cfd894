// The address of each page: hash routes (router.ts reads them back).
import type { Citation } from './api-types.js'
import { enc } from './dom.js'

export const href = {
  actor: (id: string) => `#/actor/${enc(id)}`,
  meeting: (id: string) => `#/meeting/${enc(id)}`,
  agreement: (id: string) => `#/agreement/${enc(id)}`,
  dispute: (id: string) => `#/dispute/${enc(id)}`,
  statement: (id: string, c?: Citation) => `#/statement/${enc(id)}${c ? `?highlight=${c.start}-${c.end}` : ''}`,
  source: (id: string, c?: { start: number; end: number }) => `#/source/${enc(id)}${c ? `?highlight=${c.start}-${c.end}` : ''}`,
  item: (type: string, id: string) => (type === 'statement' ? href.statement(id) : `#/${type}/${enc(id)}`),
}
