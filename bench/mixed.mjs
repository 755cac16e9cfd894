// The mixed scenario: 45 connections read statements (rotating over the item scenario's ids) while 5
// connections search, at the same time, against one server; the figure is the item p99 (target < 25 ms).
// Run by bench/run.mjs (`--only mixed`), for ours and the floor.
/* global clearInterval, setInterval */
import autocannon from 'autocannon'
import { rssMiB } from '../scripts/proc-info.mjs'
import { enc, settle } from './lib.mjs'

export const MIXED_TARGET_P99_MS = 25
export const MIXED_SEARCHES = ['withdrawal', 'Kirkuk', 'Baghdad', 'drawdown', 'troops', 'talks', 'coalition', 'Erbil']

const summary = (r) => ({
  ok_rps: Math.round((r['2xx'] / r.duration) * 10) / 10,
  p50: r.latency.p50,
  p99: r.latency.p99,
  max: r.latency.max,
  requests: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
})

/** Runs items and searches together for `duration` s (after an unrecorded warm-up of `warmup` s). */
export async function runMixed(server, { itemPaths, itemConnections = 45, searchConnections = 5, duration = 10, warmup = 2 }) {
  const searchPaths = MIXED_SEARCHES.map((q) => `/v1/search?q=${enc(q)}`)
  let i = 0
  let j = 0
  const run = (seconds) =>
    Promise.all([
      autocannon({ url: server.base, connections: itemConnections, duration: seconds, timeout: 60, requests: [{ method: 'GET', path: itemPaths[0], setupRequest: (req) => ({ ...req, path: itemPaths[i++ % itemPaths.length] }) }] }),
      autocannon({ url: server.base, connections: searchConnections, duration: seconds, timeout: 60, requests: [{ method: 'GET', path: searchPaths[0], setupRequest: (req) => ({ ...req, path: searchPaths[j++ % searchPaths.length] }) }] }),
    ])
  await run(warmup)
  await settle(server)
  let peak = 0
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(server.child.pid) ?? 0)), 200)
  const [items, searches] = await run(duration)
  clearInterval(timer)
  await settle(server)
  const item = summary(items)
  return { item, search: summary(searches), rss_mb: Math.round(peak), item_p99_met: item.p99 < MIXED_TARGET_P99_MS && item.non2xx === 0 && item.errors === 0 }
}
