import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

const respond = (body: string, status = 200): typeof fetch =>
  async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } })

describe('loadConfig', () => {
  it('fills defaults for what the file leaves out', async () => {
    const config = await loadConfig('/config.json', respond('{}'))
    expect(config).toEqual({
      apiBaseUrl: '/api/v1',
      mock: false,
      requestTimeoutMs: 15_000,
      staleAfterMinutes: { warn: 30, alarm: 120 },
      wallSceneSeconds: 30,
      buildLeadYears: 3,
      schoolSurplusMargin: 0.1,
      clinicLoadThreshold: 0.9,
      watchdogSeconds: 120,
      versionCheckSeconds: 300,
    })
  })

  it('keeps the values it is given', async () => {
    const config = await loadConfig(
      '/config.json',
      respond(JSON.stringify({ apiBaseUrl: 'https://api.example.org/api/v1', apiToken: 't', mock: true, requestTimeoutMs: 5000 })),
    )
    expect(config.apiBaseUrl).toBe('https://api.example.org/api/v1')
    expect(config.apiToken).toBe('t')
    expect(config.mock).toBe(true)
    expect(config.requestTimeoutMs).toBe(5000)
  })

  it('asks for the file without caching', async () => {
    let init: RequestInit | undefined
    let url = ''
    await loadConfig('/runtime/config.json', async (input, i) => {
      url = String(input)
      init = i
      return new Response('{}')
    })
    expect(url).toBe('/runtime/config.json')
    expect(init?.cache).toBe('no-store')
  })

  it('rejects an invalid config with the path of the bad field and what is wrong with it', async () => {
    const loading = loadConfig('/config.json', respond('{"requestTimeoutMs": -5}'))
    await expect(loading).rejects.toBeInstanceOf(ConfigError)
    await expect(loading).rejects.toThrow('/config.json: requestTimeoutMs Invalid value: Expected >0 but received -5')
    await expect(loadConfig('/config.json', respond('{"mock": "yes"}'))).rejects.toThrow(
      'mock Invalid type: Expected boolean but received "yes"',
    )
  })

  it('rejects a config that is not JSON', async () => {
    await expect(loadConfig('/config.json', respond('{mock: true'))).rejects.toBeInstanceOf(ConfigError)
  })

  it('reports an HTTP error as a ConfigError with the status', async () => {
    const loading = loadConfig('/config.json', respond('not found', 404))
    await expect(loading).rejects.toBeInstanceOf(ConfigError)
    await expect(loading).rejects.toThrow('HTTP 404')
  })

  it('reports a network failure as a ConfigError', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch')
    }
    const loading = loadConfig('/config.json', failing)
    await expect(loading).rejects.toBeInstanceOf(ConfigError)
    await expect(loading).rejects.toThrow('Failed to fetch')
  })
})
