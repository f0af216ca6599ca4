import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { endpoints, type EndpointName, type QueryOf } from '../../src/api/contract'
import { createMockDb } from '../data/db'
import { applyFaultsFromSearch, clearFaults, faultFor, listFaults, parseFaultSpec, setFault } from './faults'
import { emptyPayload, HOSTILE_MARKUP, hostilePayload, invalidPayload } from './payloadFaults'

describe('fault state', () => {
  it('parses the browser URL form', () => {
    const { faults, errors } = parseFaultSpec('population:http500, alerts:invalid,density:latency:2500,*:latency=800,x:http500,city:boom')
    expect(faults).toEqual([
      ['population', { kind: 'http500' }],
      ['alerts', { kind: 'invalid' }],
      ['density', { kind: 'latency', ms: 2500 }],
      ['*', { kind: 'latency', ms: 800 }],
    ])
    expect(errors).toHaveLength(2)
  })

  it('applies ?faults= from a location search, with "*" as the fallback for every endpoint', () => {
    expect(applyFaultsFromSearch('?lang=en&faults=population:http503,*:empty')).toEqual([])
    expect(faultFor('population')).toEqual({ kind: 'http503' })
    expect(faultFor('schools')).toEqual({ kind: 'empty' })
    clearFaults()
    expect(faultFor('schools')).toBeUndefined()
    expect(applyFaultsFromSearch('?lang=en')).toEqual([])
  })

  it('refuses unknown endpoints and kinds', () => {
    expect(() => setFault('nope' as 'city', { kind: 'http500' })).toThrow()
    expect(() => setFault('city', { kind: 'explode' } as never)).toThrow()
    setFault('city', { kind: 'latency' })
    expect(listFaults()).toEqual({ city: { kind: 'latency', ms: 3000 } })
  })
})

describe('fault control endpoint', () => {
  const url = 'http://localhost/__mock/faults'

  it('sets faults with POST, lists them with GET and clears them with DELETE', async () => {
    const post = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ population: { kind: 'http500' }, alerts: { kind: 'latency', ms: 10 } }),
    })
    expect(post.status).toBe(200)
    expect(faultFor('population')).toEqual({ kind: 'http500' })
    expect((await fetch('http://localhost/api/v1/population')).status).toBe(500)
    const listed: unknown = await (await fetch(url)).json()
    expect(listed).toEqual({ faults: { population: { kind: 'http500' }, alerts: { kind: 'latency', ms: 10 } } })
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(200)
    expect((await fetch('http://localhost/api/v1/population')).status).toBe(200)
  })

  it('answers 400 to a bad body', async () => {
    const bad = async (body: string) => (await fetch(url, { method: 'POST', body })).status
    expect(await bad('{"population":{"kind":"nope"}}')).toBe(400)
    expect(await bad('{"nowhere":{"kind":"http500"}}')).toBe(400)
    expect(await bad('not json')).toBe(400)
    expect(listFaults()).toEqual({})
  })
})

describe('payload faults', () => {
  const db = createMockDb()

  it('breaks one count inside data and says where', () => {
    const body = db.respond('flowsOd', { hour: 8, dayType: 'weekday' })
    const { body: broken, fieldPath } = invalidPayload(body)
    expect(fieldPath).toBe('data.flows.0.volume')
    const parsed = v.safeParse(endpoints.flowsOd.response, broken)
    expect(parsed.success).toBe(false)
    expect(parsed.issues && v.getDotPath(parsed.issues[0])).toBe(fieldPath)
    expect(body.data.flows[0]?.volume).toEqual(expect.any(Number)) // the original is untouched
  })

  it('empties only the arrays the contract allows to be empty', () => {
    const body = db.respond('schoolForecast', {})
    const empty = emptyPayload(body, endpoints.schoolForecast.response)
    const parsed = v.parse(endpoints.schoolForecast.response, empty)
    expect(parsed.data.series).toEqual([])
    expect(parsed.data.backtest.points).toEqual([])
    const forecast = emptyPayload(db.respond('flowForecast', {}), endpoints.flowForecast.response)
    expect(v.parse(endpoints.flowForecast.response, forecast).data.points).toHaveLength(24) // length(24) in the contract
  })

  it('makes every free-text field of every endpoint hostile, and the answer stays valid', () => {
    const queries: { [N in EndpointName]: QueryOf<N> } = {
      city: {}, boundaries: {}, population: {}, density: { surface: 'children_0_5' }, densityTiles: { surface: 'elderly_65' }, schools: {}, schoolForecast: {},
      clinics: {}, clinicForecast: {}, flowsOd: { hour: 8 }, flowForecast: {}, flowProfile: {}, alerts: {},
    }
    for (const name of Object.keys(queries) as EndpointName[]) {
      const query = v.parse(endpoints[name].query, queries[name]) as never
      const parsed = v.parse(endpoints[name].response, hostilePayload(db.respond(name, query)))
      const json = JSON.stringify(parsed)
      expect(json, name).toContain('\u202e') // the source and 口径 of every answer at least
      expect(JSON.stringify(parsed.meta.source), name).toContain(JSON.stringify(HOSTILE_MARKUP).slice(1, -1))
    }
    const city = v.parse(endpoints.city.response, hostilePayload(db.respond('city', {})))
    expect(city.data.name.zh).toMatch(/^上海市\u2066 .*<img src=x.*\u202E$/)
    for (const r of city.data.regions) expect(r.name.en).toContain(HOSTILE_MARKUP)
    expect(city.data.regions.map((r) => r.code)).toEqual(db.respond('city', {}).data.regions.map((r) => r.code)) // codes stay
    const boundaries = v.parse(endpoints.boundaries.response, hostilePayload(db.respond('boundaries', {})))
    expect(boundaries.data.features[0]?.properties.nameZh).toContain(HOSTILE_MARKUP)
    expect(boundaries.meta.attribution).toContain(HOSTILE_MARKUP)
    const alerts = v.parse(endpoints.alerts.response, hostilePayload(db.respond('alerts', {})))
    expect(alerts.data.alerts[0]?.reason.en).toContain(HOSTILE_MARKUP)
    expect(alerts.data.alerts[0]?.when).toContain(HOSTILE_MARKUP)
    const schools = v.parse(endpoints.schools.response, hostilePayload(db.respond('schools', {})))
    expect(schools.data.schools[0]?.name.zh).toContain(HOSTILE_MARKUP)
    expect(Object.values(schools.meta.units)[0]).toContain(HOSTILE_MARKUP)
  })
})
