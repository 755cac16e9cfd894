import t from 'tap'
import { buildApp } from '../helper.js'

t.test('an Accept header the route cannot satisfy is a 406 problem', async (t) => {
  const app = await buildApp(t)
  const xml = await app.inject({ url: '/v1/statements', headers: { accept: 'application/xml' } })
  t.equal(xml.statusCode, 406)
  t.equal(xml.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(xml.json(), { status: 406, title: 'Not Acceptable', detail: /available as application\/json, text\/csv; the Accept header \(application\/xml\) allows none/ })

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
