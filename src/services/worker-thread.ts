// Starts a worker_threads Worker on one of our modules, named without its extension. The compiled
// server (dist/, `npm start`) runs .js files; tests and `npm run dev` run the .ts sources through
// tsx, whose loader a worker does not inherit from `node --import tsx`: such a worker registers it
// first (tsx is only needed where the sources are .ts).
import { Worker, type WorkerOptions } from 'node:worker_threads'

/** The URL of the module `moduleName` beside `parentUrl`: .ts under tsx, .js when compiled. */
export const workerModuleUrl = (moduleName: string, parentUrl: string) => new URL(`${moduleName}${parentUrl.endsWith('.ts') ? '.ts' : '.js'}`, parentUrl)

export function startWorker(moduleName: string, parentUrl: string, options: WorkerOptions = {}): Worker {
  const url = workerModuleUrl(moduleName, parentUrl)
  if (!parentUrl.endsWith('.ts')) return new Worker(url, options)
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}) })`
  return new Worker(bootstrap, { ...options, eval: true })
}
