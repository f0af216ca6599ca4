import { describe, expect, it } from 'vitest'
import type { EndpointName } from '../../src/api/contract'
import { createMockDb, type MockDb, type QueryOutput } from './db'

/** One representative query per endpoint (density at a coarse resolution to keep this quick). */
const QUERIES: { [N in EndpointName]: QueryOutput<N> } = {
  city: {},
  boundaries: {},
  population: {},
  density: { surface: 'hourly', resolution: 7, hour: 9 },
  densityTiles: { surface: 'hourly', hour: 9 },
  schools: {},
  schoolForecast: {},
  clinics: {},
  clinicForecast: {},
  flowsOd: { hour: 8, dayType: 'weekday' },
  flowForecast: {},
  flowProfile: { region: '310115' },
  alerts: {},
}

function snapshot(db: MockDb): string {
  const names = Object.keys(QUERIES) as EndpointName[]
  return JSON.stringify(names.map((name) => db.respond(name, QUERIES[name])))
}

describe('mock city generator', () => {
  it('is byte-identical for the same seed and as-of', () => {
    expect(snapshot(createMockDb({ seed: 7 }))).toBe(snapshot(createMockDb({ seed: 7 })))
  })

  it('differs for a different seed, but keeps the census inputs', () => {
    const a = createMockDb({ seed: 7 })
    const b = createMockDb({ seed: 8 })
    expect(snapshot(a)).not.toBe(snapshot(b))
    const residents = (db: MockDb) => db.respond('population', {}).data.regions.map((r) => r.residents)
    expect(residents(a)).toEqual(residents(b))
  })

  it('does not depend on the order endpoints are built in', () => {
    const first = createMockDb({ seed: 3 })
    const alertsFirst = JSON.stringify(first.respond('alerts', {}))
    const second = createMockDb({ seed: 3 })
    second.respond('density', { surface: 'children_6_10', resolution: 6 })
    second.respond('flowForecast', {})
    second.respond('clinics', {})
    expect(JSON.stringify(second.respond('alerts', {}))).toBe(alertsFirst)
  })

  it('takes the as-of instant as an input and reports it in +08:00', () => {
    const db = createMockDb({ asOf: '2026-11-23T00:00:00Z' })
    expect(db.asOf).toBe('2026-11-23T08:00:00+08:00')
    expect(db.respond('city', {}).meta.asOf).toBe('2026-11-23T08:00:00+08:00')
  })
})
