// Runs deploy/nginx.conf on this machine, unprivileged paths and loopback ports: the topology test
// (test/deploy/topology.test.ts) and the cache benchmark (bench/replicas.mjs) both start nginx so.
// Only the addresses, the listen port and the cache path of the committed file are replaced; a
// minimal main configuration around it keeps every file nginx writes under `dir`.
/* global process, URL */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'

/**
 * Writes `dir`/nginx.conf for a primary, two replicas and nginx listening on these loopback ports; returns nginx's
 * arguments. Started as root, nginx's workers run as another user: `dir`'s parents must let them through.
 */
export function localNginx(dir, { primary, replicas, listen }) {
  if (replicas.length !== 2) throw new Error('deploy/nginx.conf lists two replicas')
  const site = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8')
    .replace('127.0.0.1:3000', `127.0.0.1:${primary}`)
    .replace('127.0.0.1:3001', `127.0.0.1:${replicas[0]}`)
    .replace('127.0.0.1:3002', `127.0.0.1:${replicas[1]}`)
    .replace('listen 127.0.0.1:8080', `listen 127.0.0.1:${listen}`)
    .replace('/var/cache/nginx/negotiations', path.join(dir, 'cache'))
  for (const sub of ['cache', 'temp']) {
    mkdirSync(path.join(dir, sub), { recursive: true })
    chmodSync(path.join(dir, sub), 0o777) // started as root, nginx's workers run as another user
  }
  writeFileSync(path.join(dir, 'site.conf'), site)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(dir, 'temp', t)};`).join('\n')
  const main = `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
${temp}
  include ${path.join(dir, 'site.conf')};
}
`
  writeFileSync(path.join(dir, 'nginx.conf'), main)
  return ['-e', path.join(dir, 'error.log'), '-p', dir, '-c', path.join(dir, 'nginx.conf')]
}
