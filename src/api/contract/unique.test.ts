import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createMockDb } from '../../../mocks/data/db'
import { endpoints } from './endpoints'

const db = createMockDb()

describe('duplicates are invalid data', () => {
  it('rejects a population answer that lists a district twice, naming the field', () => {
    const body = structuredClone(db.respond('population', {}))
    body.data.regions.push(structuredClone(body.data.regions[0]!))
    const r = v.safeParse(endpoints.population.response, body)
    expect(r.success).toBe(false)
    expect(r.issues && v.getDotPath(r.issues[0])).toBe(`data.regions.${body.data.regions.length - 1}.code`)
  })

  it('rejects repeated ids and repeated forecast series', () => {
    const schools = structuredClone(db.respond('schools', {}))
    schools.data.schools[1]!.id = schools.data.schools[0]!.id
    expect(v.is(endpoints.schools.response, schools)).toBe(false)
    const forecast = structuredClone(db.respond('schoolForecast', {}))
    forecast.data.series.push(structuredClone(forecast.data.series[0]!))
    expect(v.is(endpoints.schoolForecast.response, forecast)).toBe(false)
    const city = structuredClone(db.respond('city', {}))
    city.data.regions = [...city.data.regions, ...city.data.regions]
    expect(v.is(endpoints.city.response, city)).toBe(false)
  })

  it('accepts the mock city as it is', () => {
    for (const name of ['city', 'boundaries', 'population', 'schools', 'clinics', 'schoolForecast', 'clinicForecast', 'alerts'] as const) {
      expect(v.is(endpoints[name].response, db.respond(name, {} as never)), name).toBe(true)
    }
  })
})
