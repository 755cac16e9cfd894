import path from 'node:path'
import t from 'tap'
import { createApp } from '../../src/app.js'
import { scratchDir } from '../helper.js'

t.test('when the event loop lags past the limit, requests get a 503 problem with Retry-After', async (t) => {
  const app = await createApp({ databasePath: path.join(scratchDir(t), 'shed.db'), maxEventLoopDelay: 50 })
  t.after(() => app.close())
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'a calm server answers')

  // Block the loop well past the limit, then let the sampler see it.
  let shed: Awaited<ReturnType<typeof app.inject>> | undefined
  for (let attempt = 0; attempt < 5 && !shed; attempt++) {
    const until = Date.now() + 600
    while (Date.now() < until) {
      // busy on purpose
    }
    await new Promise((r) => setImmediate(r))
    const res = await app.inject({ url: '/v1/actors?limit=1' })
    if (res.statusCode === 503) shed = res
  }
  t.ok(shed, 'the lag was noticed')
  t.equal(shed?.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal(shed?.headers['retry-after'], '10')
  t.match(shed?.json(), { status: 503, detail: /overloaded/ })
})
