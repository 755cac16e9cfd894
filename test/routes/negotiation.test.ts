import t from 'tap'
import { buildApp } from '../helper.js'
import { createKey } from '../../src/repositories/api-keys.js'

t.test('an Accept header the route cannot satisfy is a 406 problem', async (t) => {
  const app = await buildApp(t)
  const xml = await app.inject({ url: '/v1/statements', headers: { accept: 'application/xml' } })
  t.equal(xml.statusCode, 406)
  t.equal(xml.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(xml.json(), { status: 406, title: 'Not Acceptable', detail: /available as application\/json, text\/csv, application\/x-ndjson; the Accept header \(application\/xml\) allows none/ })

  const html = await app.inject({ url: '/v1/sources/menafn-iraqi-representatives-visit-pentagon/text', headers: { accept: 'application/json' } })
  t.equal(html.statusCode, 406)
  t.match(html.json().detail, /available as text\/plain/)
})

t.test('acceptable headers are served', async (t) => {
  const app = await buildApp(t)
  for (const accept of ['application/json', 'application/*', '*/*', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8']) {
    const res = await app.inject({ url: '/v1', headers: { accept } })
    t.equal(res.statusCode, 200, accept)
  }
  const text = await app.inject({ url: '/v1/sources/menafn-iraqi-representatives-visit-pentagon/text', headers: { accept: 'text/*' } })
  t.equal(text.statusCode, 200)
  t.equal(text.headers['content-type'], 'text/plain; charset=utf-8')
})

t.test('a write asks for its key before it negotiates: 401 without one, 406 with one', async (t) => {
  const app = await buildApp(t)
  const key = createKey(app.db.writer, 'negotiator', 'write', new Date().toISOString())
  const xml = { accept: 'application/xml', 'content-type': 'application/json' }
  const writes = [
    { method: 'PATCH' as const, url: '/v1/actors/pat-ryder', headers: { ...xml, 'if-match': '*' }, payload: { description: 'x' } },
    { method: 'POST' as const, url: '/v1/actors/pat-ryder/merge', headers: xml, payload: { into: 'lloyd-austin' } },
  ]
  for (const w of writes) {
    const anonymous = await app.inject(w)
    t.equal(anonymous.statusCode, 401, `${w.method} ${w.url} without a key`)
    t.equal(anonymous.headers['www-authenticate'], 'Bearer realm="negotiations-api"')
    const keyed = await app.inject({ ...w, headers: { ...w.headers, authorization: `Bearer ${key}` } })
    t.equal(keyed.statusCode, 406, `${w.method} ${w.url} with a key`)
    t.match(keyed.json(), { status: 406, detail: /available as application\/json/ })
  }
  t.equal((await app.inject({ url: '/v1/actors/pat-ryder' })).statusCode, 200, 'neither write happened')
})
