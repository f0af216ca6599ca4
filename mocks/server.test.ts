import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { endpoints } from '../src/api/contract'
import { server as mswServer } from './node'
import { startMockServer, type RunningMockServer } from './server'

let running: RunningMockServer
let dist: string

beforeAll(async () => {
  // This file talks to a real socket: stop msw/node from intercepting this process's fetch.
  mswServer.close()
  dist = await mkdtemp(path.join(tmpdir(), 'cdb-dist-'))
  await mkdir(path.join(dist, 'assets'))
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>City Data Brain</title>')
  await writeFile(path.join(dist, 'assets', 'app.mjs'), 'export {}')
  await writeFile(path.join(dist, 'assets', 'h3.wasm'), new Uint8Array([0, 97, 115, 109]))
  await writeFile(path.join(dist, 'config.json'), JSON.stringify({ apiBaseUrl: '/api/v1', mock: true, wallSceneSeconds: 20 }))
  running = await startMockServer({ port: 0, staticDir: dist })
})

afterAll(async () => {
  await running.close()
  await rm(dist, { recursive: true, force: true })
})

/** Status of a request sent with the path exactly as written (fetch would normalise it). */
function rawStatus(pathAndQuery: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: running.port, path: pathAndQuery }, (res) => {
      res.resume()
      resolve(res.statusCode)
    }).on('error', reject)
  })
}

describe('mock HTTP server', () => {
  it('serves the API through the msw handlers, with CORS', async () => {
    const res = await fetch(`${running.url}/api/v1/population`)
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = v.parse(endpoints.population.response, await res.json())
    expect(body.data.regions).toHaveLength(16)
    const pre = await fetch(`${running.url}/api/v1/city`, { method: 'OPTIONS' })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-headers')).toContain('Authorization')
  })

  it('serves density tiles as binary MVT, byte for byte as the handlers encode them', async () => {
    const res = await fetch(`${running.url}/api/v1/density/tiles/8/214/104.pbf?surface=elderly_65&v=1`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(bytes.length).toBeGreaterThan(10_000)
    expect(bytes[0]).toBe(0x1a) // field 3 (layers), length-delimited: a protobuf tile, not JSON text
    expect((await fetch(`${running.url}/api/v1/density/tiles/8/0/0.pbf?surface=elderly_65`)).status).toBe(204)
  }, 30_000)

  it('validates query parameters and 404s unknown API paths', async () => {
    expect((await fetch(`${running.url}/api/v1/flows/od?hour=25`)).status).toBe(400)
    expect((await fetch(`${running.url}/api/v1/nowhere`)).status).toBe(404)
  })

  it('takes faults over HTTP', async () => {
    const set = await fetch(`${running.url}/__mock/faults`, {
      method: 'POST',
      body: JSON.stringify({ alerts: { kind: 'http503' }, city: { kind: 'timeout' } }),
    })
    expect(set.status).toBe(200)
    expect((await fetch(`${running.url}/api/v1/alerts`)).status).toBe(503)
    // A hanging request ends when the client gives up, and the server carries on.
    await expect(fetch(`${running.url}/api/v1/city`, { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    expect((await fetch(`${running.url}/__mock/faults`, { method: 'DELETE' })).status).toBe(200)
    expect((await fetch(`${running.url}/api/v1/alerts`)).status).toBe(200)
    expect((await fetch(`${running.url}/api/v1/city`)).status).toBe(200)
  })

  it('serves the SPA with content types, fallback and a config that turns the in-page mock off', async () => {
    const index = await fetch(`${running.url}/`)
    expect(index.headers.get('content-type')).toContain('text/html')
    // The strict CSP rides on every file (workers run under their own script's header).
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self';.*connect-src 'self';/)
    const route = await fetch(`${running.url}/explore/schools`)
    expect(route.status).toBe(200)
    expect(await route.text()).toContain('City Data Brain')
    expect((await fetch(`${running.url}/assets/app.mjs`)).headers.get('content-type')).toContain('text/javascript')
    expect((await fetch(`${running.url}/assets/h3.wasm`)).headers.get('content-type')).toBe('application/wasm')
    expect((await fetch(`${running.url}/assets/missing.js`)).status).toBe(404)
    // URL parsing removes plain "..": an encoded slash must not let a path escape the root either.
    expect(await rawStatus('/..%2f..%2f..%2fetc%2fpasswd')).toBe(403)
    expect(await (await fetch(`${running.url}/../../etc/passwd`)).text()).toContain('City Data Brain')
    const config: unknown = await (await fetch(`${running.url}/config.json`)).json()
    expect(config).toEqual({ apiBaseUrl: '/api/v1', mock: false, wallSceneSeconds: 20 })
  })
})
