import { describe, expect, it } from 'vitest'
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
    expect(City.safeParse(city).success).toBe(true)
    expect(city.regions.every((r) => r.name.en.startsWith('Synthetic') && r.name.zh.startsWith('合成'))).toBe(true)
    expect(Boundaries.safeParse(db.respond('boundaries', {}).data).success).toBe(true)
    expect(Population.safeParse(db.respond('population', {}).data).success).toBe(true)
    expect(OdMatrix.safeParse(db.respond('flowsOd', { hour: 8, dayType: 'weekday' }).data).success).toBe(true)
    const forecast = db.respond('schoolForecast', {} as never).data
    expect(SchoolForecast.safeParse(forecast).success).toBe(true)
    expect(new Set(forecast.series.map((s) => s.region))).toEqual(new Set(db.regionCodes))
  })
})
