import { describe, expect, it } from 'vitest'
import { createMockDb } from '../../../mocks/data/db'
import { endpoints } from './endpoints'

const db = createMockDb()

describe('duplicates are invalid data', () => {
  it('rejects a population answer that lists a district twice, naming the field', () => {
    const body = structuredClone(db.respond('population', {}))
    body.data.regions.push(structuredClone(body.data.regions[0]!))
    const r = endpoints.population.response.safeParse(body)
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path.join('.')).toBe(`data.regions.${body.data.regions.length - 1}.code`)
  })

  it('rejects repeated ids and repeated forecast series', () => {
    const schools = structuredClone(db.respond('schools', {}))
    schools.data.schools[1]!.id = schools.data.schools[0]!.id
    expect(endpoints.schools.response.safeParse(schools).success).toBe(false)
    const forecast = structuredClone(db.respond('schoolForecast', {}))
    forecast.data.series.push(structuredClone(forecast.data.series[0]!))
    expect(endpoints.schoolForecast.response.safeParse(forecast).success).toBe(false)
    const city = structuredClone(db.respond('city', {}))
    city.data.regions = [...city.data.regions, ...city.data.regions]
    expect(endpoints.city.response.safeParse(city).success).toBe(false)
  })

  it('accepts the mock city as it is', () => {
    for (const name of ['city', 'boundaries', 'population', 'schools', 'clinics', 'schoolForecast', 'clinicForecast', 'alerts'] as const) {
      expect(endpoints[name].response.safeParse(db.respond(name, {} as never)).success, name).toBe(true)
    }
  })
})
