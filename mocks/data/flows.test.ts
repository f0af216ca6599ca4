import { describe, expect, it } from 'vitest'
import { createMockDb } from './db'

const db = createMockDb()
const BIG_SUBURBS = ['310112', '310113', '310114', '310117'] // 闵行 宝山 嘉定 松江
const CORE = new Set(['310101', '310104', '310105', '310106', '310107', '310109', '310110', '310115'])

describe('OD flows', () => {
  it('has totals that are exactly the sums of the flows', () => {
    for (const dayType of ['weekday', 'weekend'] as const) {
      for (const hour of [3, 8, 13, 18]) {
        const { flows, totals } = db.respond('flowsOd', { hour, dayType }).data
        for (const t of totals) {
          expect(t.inflow).toBe(flows.filter((f) => f.destination === t.region).reduce((a, f) => a + f.volume, 0))
          expect(t.outflow).toBe(flows.filter((f) => f.origin === t.region).reduce((a, f) => a + f.volume, 0))
        }
        expect(flows.every((f) => f.origin !== f.destination)).toBe(true)
        expect(flows).toHaveLength(16 * 15)
      }
    }
  })

  it('sends the big suburbs inward in the morning and home in the evening', () => {
    const am = db.respond('flowsOd', { hour: 8, dayType: 'weekday' }).data
    const pm = db.respond('flowsOd', { hour: 18, dayType: 'weekday' }).data
    for (const code of BIG_SUBURBS) {
      const amTotal = am.totals.find((t) => t.region === code)
      const pmTotal = pm.totals.find((t) => t.region === code)
      expect(amTotal?.outflow ?? 0).toBeGreaterThan((amTotal?.inflow ?? 0) * 1.3)
      expect(pmTotal?.inflow ?? 0).toBeGreaterThan((pmTotal?.outflow ?? 0) * 1.3)
      const toCore = am.flows.filter((f) => f.origin === code && CORE.has(f.destination)).reduce((a, f) => a + f.volume, 0)
      const out = amTotal?.outflow ?? 1
      expect(toCore / out).toBeGreaterThan(0.5)
    }
    const top = [...am.flows].sort((a, b) => b.volume - a.volume).slice(0, 10)
    expect(top.some((f) => BIG_SUBURBS.includes(f.origin))).toBe(true)
  })

  it('is quieter at night and on weekend mornings', () => {
    const sum = (hour: number, dayType: 'weekday' | 'weekend') =>
      db.respond('flowsOd', { hour, dayType }).data.flows.reduce((a, f) => a + f.volume, 0)
    expect(sum(3, 'weekday')).toBeLessThan(sum(8, 'weekday') / 20)
    expect(sum(8, 'weekend')).toBeLessThan(sum(8, 'weekday') / 2)
  })

  it('forecasts the next 24 hours consistently with the OD data', () => {
    const city = db.respond('flowForecast', {}).data
    expect(city.region).toBeNull()
    expect(city.points).toHaveLength(24)
    expect(city.points[0]?.time).toBe('2026-11-23T08:00:00+08:00')
    expect(city.points[23]?.time).toBe('2026-11-24T07:00:00+08:00')
    const od8 = db.respond('flowsOd', { hour: 8, dayType: 'weekday' }).data
    expect(city.points[0]?.inflow.p50).toBe(od8.flows.reduce((a, f) => a + f.volume, 0))

    const minhang = db.respond('flowForecast', { region: '310112' }).data
    const t8 = od8.totals.find((t) => t.region === '310112')
    expect(minhang.points[0]?.outflow.p50).toBe(t8?.outflow)
    expect(minhang.points[0]?.inflow.p50).toBe(t8?.inflow)
    const width = (i: number) => {
      const p = minhang.points[i]
      return p ? (p.outflow.p90 - p.outflow.p10) / Math.max(1, p.outflow.p50) : 0
    }
    expect(width(23)).toBeGreaterThan(width(0))
    for (const p of minhang.points) {
      expect(p.inflow.p10).toBeLessThanOrEqual(p.inflow.p50)
      expect(p.inflow.p50).toBeLessThanOrEqual(p.inflow.p90)
    }
  })

  it('profiles every hour of both day types with exactly the OD totals, and the forecast agrees', () => {
    const pudong = db.respond('flowProfile', { region: '310115' }).data
    const city = db.respond('flowProfile', {}).data
    expect([pudong.region, city.region]).toEqual(['310115', null])
    for (const dayType of ['weekday', 'weekend'] as const) {
      expect(pudong[dayType].map((h) => h.hour)).toEqual(Array.from({ length: 24 }, (_, h) => h))
      for (const { hour, inflow, outflow } of pudong[dayType]) {
        const od = db.respond('flowsOd', { hour, dayType }).data
        const total = od.totals.find((t) => t.region === '310115')
        expect([inflow, outflow]).toEqual([total?.inflow, total?.outflow])
        const all = od.flows.reduce((a, f) => a + f.volume, 0)
        expect(city[dayType][hour]).toEqual({ hour, inflow: all, outflow: all })
      }
    }
    // The default as-of is Monday 08:00: the forecast's first 16 hours are that weekday's 08:00–23:00.
    const forecast = db.respond('flowForecast', { region: '310115' }).data
    forecast.points.slice(0, 16).forEach((p, i) => {
      expect([p.inflow.p50, p.outflow.p50]).toEqual([pudong.weekday[8 + i]?.inflow, pudong.weekday[8 + i]?.outflow])
    })
    expect(forecast.method.name.zh.length * forecast.method.name.en.length).toBeGreaterThan(0)
  })

  it('nets each region back to zero over a typical day, so the night population is the residents', () => {
    for (const region of db.regionCodes) {
      const profile = db.respond('flowProfile', { region }).data
      for (const dayType of ['weekday', 'weekend'] as const) {
        const net = profile[dayType].reduce((a, h) => a + h.inflow - h.outflow, 0)
        const volume = profile[dayType].reduce((a, h) => a + h.inflow, 0)
        expect(Math.abs(net)).toBeLessThan(volume * 0.01)
      }
    }
  })
})
