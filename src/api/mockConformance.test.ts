/**
 * Contract conformance of the mock API: every endpoint, through the real client (which validates
 * with the valibot schemas) and the real msw handlers. A failure names the endpoint and field.
 */
import { describe, expect, it } from 'vitest'
import { api, DENSITY_SURFACES, endpoints, SCHOOL_LEVELS, type EndpointName } from './index'

const REGIONS = ['310101', '310112', '310115', '310151']

describe('every endpoint of the mock API conforms to the contract', () => {
  it('covers the whole endpoint table', async () => {
    const names = Object.keys(endpoints) as EndpointName[]
    const tried = new Set<EndpointName>()
    for (const name of names) {
      // Every endpoint answers with only its required parameters (the density ones and flowsOd need some).
      if (name === 'density') await api().get('density', { surface: 'elderly_65', resolution: 6 })
      else if (name === 'densityTiles') await api().get('densityTiles', { surface: 'elderly_65' })
      else if (name === 'flowsOd') await api().get('flowsOd', { hour: 0 })
      else await api().get(name)
      tried.add(name)
    }
    expect([...tried].sort()).toEqual([...names].sort())
    // The first requests build the whole mock city: on a loaded 2-core CI machine that can pass 5 s.
  }, 30_000)

  it('city and boundaries', async () => {
    const city = await api().get('city')
    expect(city.data.regions).toHaveLength(16)
    expect(city.data.timeZone).toBe('Asia/Shanghai')
    expect(city.meta.demo).toBe(false)
    const boundaries = await api().get('boundaries')
    expect(boundaries.data.features.map((f) => f.properties.code).sort()).toEqual(city.data.regions.map((r) => r.code).sort())
    expect(boundaries.meta.attribution).toContain('Apache ECharts 4.9.0')
  })

  it('population', async () => {
    const res = await api().get('population')
    expect(res.data.regions.reduce((a, r) => a + r.residents, 0)).toBe(24_870_895)
    expect(res.meta.demo).toBe(true)
  })

  it('density: every surface, several resolutions, hours', async () => {
    for (const surface of DENSITY_SURFACES) {
      const res = await api().get('density', { surface, resolution: 7, hour: surface === 'hourly' ? 18 : undefined })
      expect(res.data.surface).toBe(surface)
      expect(res.data.resolution).toBe(7)
      expect(res.data.cells.length).toBeGreaterThan(100)
    }
    const def = await api().get('density', { surface: 'children_11_14' })
    expect(def.data.resolution).toBe(8)
    for (const resolution of [5, 9]) {
      const res = await api().get('density', { surface: 'hourly', resolution, hour: 3 })
      expect(res.data.hour).toBe(3)
    }
  })

  it('schools and school forecast, with filters', async () => {
    const all = await api().get('schools')
    expect(all.data.schools.length).toBeGreaterThan(800)
    for (const level of SCHOOL_LEVELS) {
      const res = await api().get('schools', { level })
      expect(res.data.schools.every((s) => s.level === level)).toBe(true)
      const forecast = await api().get('schoolForecast', { level })
      expect(forecast.data.series).toHaveLength(16)
    }
    for (const region of REGIONS) {
      const res = await api().get('schools', { region })
      expect(res.data.schools.every((s) => s.region === region)).toBe(true)
      const forecast = await api().get('schoolForecast', { region, level: 'junior' })
      expect(forecast.data.series.map((s) => s.region)).toEqual([region])
    }
  })

  it('clinics and clinic forecast, with filters', async () => {
    expect((await api().get('clinics')).data.clinics.length).toBeGreaterThan(250)
    for (const region of REGIONS) {
      const clinics = await api().get('clinics', { region })
      expect(clinics.data.clinics.every((c) => c.region === region)).toBe(true)
      const forecast = await api().get('clinicForecast', { region })
      expect(forecast.data.series.map((s) => s.region)).toEqual([region])
    }
  })

  it('OD flows for every hour of both day types, and flow forecasts', async () => {
    for (const dayType of ['weekday', 'weekend'] as const) {
      for (let hour = 0; hour < 24; hour++) {
        const res = await api().get('flowsOd', { hour, dayType })
        expect([res.data.hour, res.data.dayType]).toEqual([hour, dayType])
      }
    }
    expect((await api().get('flowForecast')).data.region).toBeNull()
    for (const region of REGIONS) expect((await api().get('flowForecast', { region })).data.region).toBe(region)
    expect((await api().get('flowProfile')).data.region).toBeNull()
    for (const region of REGIONS) {
      const profile = (await api().get('flowProfile', { region })).data
      expect([profile.region, profile.weekday.map((h) => h.hour), profile.weekend.length]).toEqual([
        region,
        Array.from({ length: 24 }, (_, h) => h),
        24,
      ])
    }
  })

  it('alerts', async () => {
    const res = await api().get('alerts')
    expect(res.data.alerts.length).toBeGreaterThan(0)
    for (const a of res.data.alerts) expect(a.reason.zh.length * a.reason.en.length).toBeGreaterThan(0)
  })
})
