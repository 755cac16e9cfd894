// What /proc says about a process (Linux), for the scripts that start the server and watch it:
// the load test (scripts/loadtest.mjs) and the benchmark (bench/run.mjs).
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'

/** Resident memory of a process in MiB, or null when it cannot be read (the process is gone). */
export function rssMiB(pid) {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : null
  } catch {
    return null
  }
}

/**
 * The TCP port a process listens on, or null: its socket inodes from /proc/<pid>/fd, matched
 * against the listening sockets in /proc/net/tcp(6). The server is started with PORT=0 and, at
 * LOG_LEVEL=warn, does not log its address.
 */
export function listeningPort(pid) {
  const inodes = new Set()
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
      if (m) inodes.add(m[1])
    } catch {
      // the descriptor closed meanwhile
    }
  }
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/)
      if (f[3] === '0A' && inodes.has(f[9])) return parseInt(f[1].split(':')[1], 16)
    }
  }
  return null
}
