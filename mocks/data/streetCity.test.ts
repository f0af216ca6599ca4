import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { Boundaries, City, OdMatrix, Population, SchoolForecast } from '../../src/api/contract'
import { createMockDb } from './db'
import { createStreetDb } from './streetCity'

describe('the synthetic street city (bench only)', () => {
  const db = createStreetDb(createMockDb())

  it('has street-level size: ~250 regions, ~50,000 OD pairs an hour, 10,000 facilities', () => {
    expect(db.regionCodes.length).toBeGreaterThanOrEqual(230)
    expect(db.regionCodes.length).toBeLessThanOrEqual(280)
    const od = db.respond('flowsOd', { hour: 8, dayType: 'weekday' }).data
    expect(od.flows.length).toBeGreaterThanOrEqual(45_000)
    const schools = db.respond('schools', {} as never).data.schools
    const clinics = db.respond('clinics', {} as never).data.clinics
    expect(schools.length + clinics.length).toBe(10_000)
  })

  it('answers in the contract, and says it is synthetic', () => {
    const city = db.respond('city', {}).data
    expect(v.is(City, city)).toBe(true)
    expect(city.regions.every((r) => r.name.en.startsWith('Synthetic') && r.name.zh.startsWith('合成'))).toBe(true)
    expect(v.is(Boundaries, db.respond('boundaries', {}).data)).toBe(true)
    expect(v.is(Population, db.respond('population', {}).data)).toBe(true)
    expect(v.is(OdMatrix, db.respond('flowsOd', { hour: 8, dayType: 'weekday' }).data)).toBe(true)
    const forecast = db.respond('schoolForecast', {} as never).data
    expect(v.is(SchoolForecast, forecast)).toBe(true)
    expect(new Set(forecast.series.map((s) => s.region))).toEqual(new Set(db.regionCodes))
  })
})
