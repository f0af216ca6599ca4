/**
 * The mock API as a real HTTP server (node:http), for `npm run api` and for running the
 * production build against HTTP (`npm run serve:mock` = `--static dist`). API requests go through
 * the very same msw handlers as the browser and the tests, via msw's getResponse.
 *
 *   node --import tsx mocks/server.ts [--port 8787] [--host 127.0.0.1] [--static dist] [--seed 2020] [--as-of ISO]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getResponse } from 'msw'
import { createHandlers, liveAsOf } from './handlers'
import { createMockDb } from './data/db'
import { createStreetDb } from './data/streetCity'
import { contentSecurityPolicy } from './csp'

export interface MockServerOptions {
  port?: number
  host?: string
  /** Directory of a built SPA to serve beside the API (its /config.json is served with mock: false). */
  staticDir?: string
  seed?: number | string
  asOf?: string
  /** Bench only: 'street' serves a SYNTHETIC street-level city (~250 regions, 50,000 OD pairs, 10,000 facilities; mocks/data/streetCity.ts). */
  scale?: 'district' | 'street'
}

export interface RunningMockServer {
  url: string
  port: number
  server: Server
  close(): Promise<void>
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

const CORS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type',
  'Access-Control-Max-Age': '600',
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks)
}

async function toFetchRequest(req: IncomingMessage, url: URL, signal: AbortSignal): Promise<Request> {
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    headers.set(key, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await readBody(req))
  return new Request(url, { method, headers, body, signal })
}

async function serveApi(handlers: ReturnType<typeof createHandlers>, req: IncomingMessage, res: ServerResponse, url: URL) {
  // A client that goes away aborts the request, which ends a hanging `timeout` fault.
  const controller = new AbortController()
  res.on('close', () => {
    if (!res.writableEnded) controller.abort()
  })
  const response = await getResponse(handlers, await toFetchRequest(req, url, controller.signal))
  if (controller.signal.aborted) return
  if (!response) {
    sendJson(res, 404, { error: { code: 'not_found', message: `No endpoint ${url.pathname}` } }, CORS)
    return
  }
  if (response.type === 'error') {
    res.destroy()
    return
  }
  const headers: Record<string, string> = { ...CORS }
  response.headers.forEach((value, key) => {
    headers[key] = value
  })
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

async function fileIfExists(file: string): Promise<string | null> {
  try {
    const s = await stat(file)
    if (s.isFile()) return file
    if (s.isDirectory()) return await fileIfExists(path.join(file, 'index.html'))
  } catch {
    // not there
  }
  return null
}

async function serveStatic(root: string, res: ServerResponse, url: URL): Promise<void> {
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    sendJson(res, 400, { error: { code: 'bad_request', message: 'Bad URL encoding' } })
    return
  }
  if (pathname === '/config.json') {
    // The build's runtime config, but talking to this server over HTTP instead of the in-page mock.
    const raw = await readFile(path.join(root, 'config.json'), 'utf8').catch(() => '{}')
    const config: unknown = JSON.parse(raw)
    const base = typeof config === 'object' && config !== null && !Array.isArray(config) ? config : {}
    sendJson(res, 200, { ...base, mock: false }, { 'Cache-Control': 'no-store' })
    return
  }
  const target = path.resolve(root, `.${pathname}`)
  if (target !== root && !target.startsWith(root + path.sep)) {
    sendJson(res, 403, { error: { code: 'forbidden', message: 'Outside the static root' } })
    return
  }
  let file = await fileIfExists(target)
  // SPA fallback: client-side routes (no file extension) get index.html; missing assets are 404s.
  if (!file && path.extname(pathname) === '') file = await fileIfExists(path.join(root, 'index.html'))
  if (!file) {
    sendJson(res, 404, { error: { code: 'not_found', message: `No file ${pathname}` } })
    return
  }
  const body = await readFile(file)
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  res.end(body)
}

/** The CSP for the app in `root`, following the API and basemap addresses its config.json names. */
async function policyFor(root: string): Promise<string> {
  const raw = await readFile(path.join(root, 'config.json'), 'utf8').catch(() => '{}')
  let config: unknown
  try {
    config = JSON.parse(raw)
  } catch {
    config = {}
  }
  return contentSecurityPolicy(typeof config === 'object' && config !== null ? config : {})
}

export function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? '127.0.0.1'
  const handlers =
    options.scale === 'street'
      ? createHandlers({ db: createStreetDb(createMockDb({ seed: options.seed, asOf: options.asOf === 'live' ? liveAsOf() : options.asOf })) })
      : createHandlers({ seed: options.seed, asOf: options.asOf })
  const root = options.staticDir ? path.resolve(options.staticDir) : null

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`)
    const isApi = url.pathname.startsWith('/api/') || url.pathname.startsWith('/__mock/')
    const work = async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS)
        res.end()
      } else if (isApi) await serveApi(handlers, req, res, url)
      else if (root && (req.method === 'GET' || req.method === 'HEAD')) {
        // On every file, workers included (a worker runs under its own script's policy).
        res.setHeader('Content-Security-Policy', await policyFor(root))
        await serveStatic(root, res, url)
      }
      else sendJson(res, 404, { error: { code: 'not_found', message: `Nothing at ${url.pathname}; the API is under /api/v1` } })
    }
    work().catch((e: unknown) => {
      console.error('[mock api]', e)
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: String(e) } })
      else res.destroy()
    })
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8787, host, () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://${host}:${port}`,
        port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const port = Number(argValue(args, '--port') ?? process.env.PORT ?? 8787)
  const seedArg = argValue(args, '--seed')
  const running = await startMockServer({
    port,
    host: argValue(args, '--host') ?? process.env.HOST ?? '127.0.0.1',
    staticDir: argValue(args, '--static'),
    seed: seedArg === undefined ? undefined : Number.isNaN(Number(seedArg)) ? seedArg : Number(seedArg),
    // A served demo follows the clock unless told otherwise (--as-of 2026-11-23T08:00:00+08:00).
    asOf: argValue(args, '--as-of') ?? 'live',
  })
  const staticDir = argValue(args, '--static')
  console.log(`City Data Brain mock API: ${running.url}/api/v1/population`)
  if (staticDir) console.log(`Serving ${staticDir} at ${running.url}/ (config.json with "mock": false)`)
  console.log(`Faults: curl -X POST ${running.url}/__mock/faults -d '{"population":{"kind":"http500"}}'`)
  const stop = () => void running.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}
