// A port already in use: the second server says so in one line and exits 1, leaving the first serving.
import path from 'node:path'
import t from 'tap'
import { runScript, scratchDir, startServer } from './helper.js'

t.test('a second server on a busy port prints one line naming the port and PORT, and exits 1', async (t) => {
  const first = await startServer(t, { DATABASE_PATH: path.join(scratchDir(t), 'first.db') })
  const port = new URL(first.address).port

  const second = await runScript('src/server.ts', [], { PORT: port, HOST: '127.0.0.1', DATABASE_PATH: path.join(scratchDir(t), 'second.db'), LOG_LEVEL: 'info' })
  t.equal(second.code, 1, 'exits 1')
  t.equal(second.stderr, `negotiations-api: port ${port} is in use; set PORT\n`, 'one line on stderr, nothing else')
  t.notMatch(second.stdout, /EADDRINUSE|"stack"|"level":50/, 'no stack trace or error log on stdout')

  t.equal((await fetch(`${first.address}/healthz`)).status, 200, 'the first server still serves')
  t.equal(await first.stop('SIGTERM'), 0)
})
