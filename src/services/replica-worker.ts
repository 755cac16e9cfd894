// A replica's follower thread: applying the feed (rendering and storing documents) costs CPU that
// grows with the change rate, so it runs here, off the HTTP event loop. Its reports go to the
// server's thread; a 'stop' message ends it after the page in hand.
import { parentPort, workerData } from 'node:worker_threads'
import { followPrimary, type FollowOptions } from './replica-follower.js'

const stop = new AbortController()
parentPort!.on('message', (message) => {
  if (message === 'stop') stop.abort()
})
const options = workerData as Omit<FollowOptions, 'signal' | 'report'>
await followPrimary({ ...options, signal: stop.signal, report: (report) => parentPort!.postMessage(report) })
parentPort!.close()
