import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { setFault } from '../../mocks/handlers/faults'
import { server } from '../../mocks/node'
import { api, ApiError, createApiClient } from './index'

const BASE = 'http://localhost/api/v1'

/** The rejection of a promise, for asserting on an ApiError's fields. */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected the request to fail')
}

describe('client against the mock API: faults', () => {
  it('turns a 500 into a retryable http error', async () => {
    setFault('population', { kind: 'http500' })
    const e = await failure(api().get('population'))
    expect(e.kind).toBe('http')
    expect(e.status).toBe(500)
    expect(e.retryable).toBe(true)
    expect(e.endpoint).toBe('/population')
  })

  it('turns a 503 into a retryable http error', async () => {
    setFault('alerts', { kind: 'http503' })
    const e = await failure(api().get('alerts'))
    expect([e.kind, e.status, e.retryable]).toEqual(['http', 503, true])
  })

  it('reports a body that is not JSON as malformed', async () => {
    setFault('city', { kind: 'malformed' })
    expect((await failure(api().get('city'))).kind).toBe('malformed')
  })

  it('reports a schema-invalid field as a schema error with its path', async () => {
    setFault('population', { kind: 'invalid' })
    const e = await failure(api().get('population'))
    expect(e.kind).toBe('schema')
    expect(e.fieldPath).toBe('data.regions.0.residents')
    expect(e.message).toBe('Invalid field data.regions.0.residents: Invalid type: Expected number but received "12,345"')
  })

  it('gives every endpoint a schema error, never silently wrong data, under the invalid fault', async () => {
    setFault('*', { kind: 'invalid' })
    const e = await failure(api().get('schools', { level: 'junior' }))
    expect(e.kind).toBe('schema')
    expect(e.fieldPath).toMatch(/^data\.schools\.0\./)
  })

  it('times out a request that never answers', async () => {
    setFault('schoolForecast', { kind: 'timeout' })
    const client = createApiClient({ baseUrl: BASE, timeoutMs: 150 })
    const e = await failure(client.get('schoolForecast'))
    expect(e.kind).toBe('timeout')
    expect(e.retryable).toBe(true)
  })

  it('lets the caller cancel without calling it an API error', async () => {
    setFault('clinics', { kind: 'timeout' })
    const controller = new AbortController()
    const pending = api().get('clinics', {}, controller.signal)
    controller.abort()
    const err = await pending.catch((e: unknown) => e)
    expect(err).not.toBeInstanceOf(ApiError)
    expect(err).toBeInstanceOf(Error)
  })

  it('accepts empty data that is still valid', async () => {
    setFault('*', { kind: 'empty' })
    expect((await api().get('population')).data.regions).toEqual([])
    expect((await api().get('schools')).data.schools).toEqual([])
    expect((await api().get('alerts')).data.alerts).toEqual([])
    const forecast = await api().get('clinicForecast')
    expect(forecast.data.series).toEqual([])
    expect(forecast.data.backtest.points).toEqual([])
    // A city needs at least one region: the empty fault leaves what the contract requires.
    expect((await api().get('city')).data.regions.length).toBeGreaterThan(0)
  })

  it('answers late under the latency fault', async () => {
    setFault('flowsOd', { kind: 'latency', ms: 120 })
    const started = performance.now()
    const res = await api().get('flowsOd', { hour: 8 })
    expect(performance.now() - started).toBeGreaterThanOrEqual(100)
    expect(res.data.hour).toBe(8)
  })
})

describe('client against the mock API: requests', () => {
  it('sends the bearer token as a header and never in the URL', async () => {
    const seen: { url: string; auth: string | null }[] = []
    server.use(
      http.get('*/api/v1/*', ({ request }) => {
        seen.push({ url: request.url, auth: request.headers.get('Authorization') })
        // Returning nothing falls through to the mock API's own handler.
      }),
    )
    const client = createApiClient({ baseUrl: BASE, token: 's3cret-token' })
    await client.get('city')
    expect(seen).toHaveLength(1)
    expect(seen[0]?.auth).toBe('Bearer s3cret-token')
    expect(seen[0]?.url).not.toContain('s3cret')
    expect(client.url('schools', { region: '310112' })).not.toContain('s3cret')
  })

  it('sends no Authorization header without a token', async () => {
    let auth: string | null = 'unset'
    server.use(
      http.get('*/api/v1/city', ({ request }) => {
        auth = request.headers.get('Authorization')
      }),
    )
    await api().get('city')
    expect(auth).toBeNull()
  })

  it('encodes query parameters and leaves out undefined ones', async () => {
    expect(createApiClient({ baseUrl: `${BASE}/` }).url('schools', { region: 'a b&c=d/é' })).toBe(
      `${BASE}/schools?region=a+b%26c%3Dd%2F%C3%A9`,
    )
    const urls: URL[] = []
    server.use(
      http.get('*/api/v1/*', ({ request }) => {
        urls.push(new URL(request.url))
      }),
    )
    await api().get('flowsOd', { hour: 18, dayType: 'weekend' })
    await api().get('flowForecast', { region: undefined })
    expect(urls[0]?.searchParams.get('hour')).toBe('18')
    expect(urls[0]?.searchParams.get('dayType')).toBe('weekend')
    expect(urls[1]?.search).toBe('')
  })

  it('gets a 400 for parameters outside the contract, not retryable', async () => {
    const e = await failure(api().get('flowsOd', { hour: 99 }))
    expect([e.kind, e.status, e.retryable]).toEqual(['http', 400, false])
    const res = await fetch(`${BASE}/density?surface=bogus`)
    expect(res.status).toBe(400)
    const body: unknown = await res.json()
    expect(JSON.stringify(body)).toContain('surface')
  })

  it('gets a 404 for an unknown region', async () => {
    const e = await failure(api().get('clinics', { region: '999999' }))
    expect([e.kind, e.status, e.retryable]).toEqual(['http', 404, false])
  })

  it('reports a network failure as retryable', async () => {
    server.use(http.get('*/api/v1/city', () => Response.error()))
    const e = await failure(api().get('city'))
    expect([e.kind, e.retryable]).toEqual(['network', true])
  })
})
