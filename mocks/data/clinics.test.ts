import { describe, expect, it } from 'vitest'
import { addDays, dayOfWeek } from './calendar'
import { createMockDb } from './db'

const db = createMockDb()
const clinics = db.respond('clinics', {}).data.clinics
const forecast = db.respond('clinicForecast', {}).data

describe('clinics', () => {
  it('has ~250 community centres in proportion to residents and ~40 hospitals', () => {
    const community = clinics.filter((c) => c.kind === 'community')
    expect(community).toHaveLength(250)
    expect(clinics.filter((c) => c.kind === 'hospital')).toHaveLength(40)
    const count = (code: string) => community.filter((c) => c.region === code).length
    expect(count('310115')).toBeGreaterThan(count('310112'))
    expect(count('310112')).toBeGreaterThan(count('310101'))
    expect(new Set(clinics.map((c) => c.id)).size).toBe(clinics.length)
  })

  it('serves 90 consecutive observed days up to yesterday; the forecast starts after today (as-of)', () => {
    for (const s of forecast.series) {
      expect(s.history).toHaveLength(90)
      s.history.forEach((h, i) => expect(h.date).toBe(addDays('2026-11-22', i - 89)))
      expect(s.points[0]?.date).toBe('2026-11-24')
    }
  })

  it('shows the National Day holiday as a dip in the history', () => {
    const pudong = forecast.series.find((s) => s.region === '310115')
    const visits = (date: string) => pudong?.history.find((h) => h.date === date)?.visits ?? NaN
    // Thursdays: a holiday Thursday against the ordinary ones either side.
    expect(visits('2026-10-01')).toBeLessThan(0.7 * Math.min(visits('2026-09-24'), visits('2026-10-15')))
  })

  it('has 14 days of visits with a weekly rhythm (Mondays busy, Sundays quiet)', () => {
    const pudong = forecast.series.find((s) => s.region === '310115')
    const last14 = pudong?.history.slice(-14) ?? []
    const mondays = last14.filter((h) => dayOfWeek(h.date) === 1).map((h) => h.visits)
    const sundays = last14.filter((h) => dayOfWeek(h.date) === 0).map((h) => h.visits)
    expect(Math.min(...mondays)).toBeGreaterThan(Math.max(...sundays) * 1.5)
    for (const c of clinics) expect(c.recentVisits).toHaveLength(14)
  })

  it('makes each region’s history exactly the sum of its clinics’ visits', () => {
    for (const s of forecast.series) {
      const own = clinics.filter((c) => c.region === s.region)
      expect(s.capacity).toBe(own.reduce((a, c) => a + c.dailyCapacity, 0))
      s.history.slice(-14).forEach((h, day) => {
        expect(own.reduce((a, c) => a + (c.recentVisits[day] ?? 0), 0)).toBe(h.visits)
      })
    }
  })

  it('forecasts 90 days with a winter flu peak, some regions above 90 % of capacity', () => {
    const share = (date: string) => {
      let total = 0
      let cap = 0
      for (const s of forecast.series) {
        total += s.points.find((p) => p.date === date)?.p50 ?? 0
        cap += s.capacity
      }
      return total / cap
    }
    const first = forecast.series[0]
    expect(first?.points).toHaveLength(90)
    expect(first?.points[0]?.date).toBe('2026-11-24')
    expect(share('2027-01-04')).toBeGreaterThan(share('2026-11-30') * 1.15) // Mondays, flu vs not
    const over = forecast.series.filter((s) => s.points.some((p) => p.p50 > 0.9 * s.capacity))
    expect(over.length).toBeGreaterThan(0)
    expect(over.length).toBeLessThan(forecast.series.length)
  })

  it('scores its backtest from the points', () => {
    const { points, mape, coverage80 } = forecast.backtest
    expect(points.length).toBeGreaterThan(50)
    const recomputed = points.reduce((a, p) => a + Math.abs(p.forecast - p.actual) / p.actual, 0) / points.length
    expect(mape).toBeCloseTo(recomputed, 4)
    expect(coverage80).toBeGreaterThan(0.5)
  })
})
