// Builds one snapshot file (see snapshot-service.ts), in a worker thread so that the copy, whose
// cost grows with the data, never runs on the HTTP event loop.
import { closeSync, fsyncSync, openSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { buildSnapshot } from './snapshot-copy.js'

const { source, target } = workerData as { source: string; target: string }
const revision = buildSnapshot(source, target)
// Written with synchronous=OFF for speed; flushed once here, before the service renames it into place.
const fd = openSync(target, 'r+')
try {
  fsyncSync(fd)
} finally {
  closeSync(fd)
}
parentPort!.postMessage({ revision })
