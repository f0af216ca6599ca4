import { describe, expect, it } from 'vitest'
import { createMockDb } from './db'

const db = createMockDb()
const forecast = db.respond('schoolForecast', {}).data

function cityDemand(level: 'primary' | 'junior'): Map<number, number> {
  const byYear = new Map<number, number>()
  for (const s of forecast.series.filter((x) => x.level === level)) {
    for (const p of s.points) byYear.set(p.year, (byYear.get(p.year) ?? 0) + p.demand.p50)
  }
  return byYear
}

describe('school demand (cohort model)', () => {
  it('observes 2016–2025 and forecasts 2026–2037', () => {
    expect(forecast.baseYear).toBe(2025)
    for (const s of forecast.series) {
      expect(s.points.map((p) => p.year)).toEqual(Array.from({ length: 22 }, (_, i) => 2016 + i))
      for (const p of s.points) expect(p.observed).toBe(p.year <= 2025)
    }
  })

  it('has primary demand peak and fall while junior demand is still rising', () => {
    const primary = cityDemand('primary')
    const junior = cityDemand('junior')
    const peakYear = [...primary].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0]
    expect(peakYear).toBeGreaterThanOrEqual(2021)
    expect(peakYear).toBeLessThanOrEqual(2026)
    const window = [2026, 2027, 2028].filter((y) => {
      const fallsP = (primary.get(y) ?? 0) < (primary.get(y - 1) ?? 0)
      const risesJ = (junior.get(y) ?? 0) > (junior.get(y - 1) ?? 0)
      return fallsP && risesJ
    })
    expect(window.length).toBeGreaterThan(0)
    // Ten years on, primary demand is far below its peak: the 学位需求先升后降 problem.
    expect(primary.get(2035) ?? 0).toBeLessThan((primary.get(peakYear) ?? 0) * 0.7)
  })

  it('grows the outer new towns relative to the centre', () => {
    const junior = (code: string, year: number) =>
      forecast.series.find((s) => s.region === code && s.level === 'junior')?.points.find((p) => p.year === year)?.demand.p50 ?? 0
    const growth = (code: string) => junior(code, 2029) / junior(code, 2024)
    expect(growth('310117')).toBeGreaterThan(growth('310101')) // Songjiang vs Huangpu
    expect(growth('310112')).toBeGreaterThan(growth('310109')) // Minhang vs Hongkou
  })

  it('widens the p10–p90 interval with the horizon', () => {
    for (const s of forecast.series) {
      const future = s.points.filter((p) => !p.observed)
      const width = (p: (typeof future)[number]) => (p.demand.p90 - p.demand.p10) / Math.max(1, p.demand.p50)
      for (const p of future) expect(p.demand.p10).toBeLessThanOrEqual(p.demand.p50)
      for (const p of future) expect(p.demand.p50).toBeLessThanOrEqual(p.demand.p90)
      expect(width(future[future.length - 1] ?? future[0]!)).toBeGreaterThan(width(future[0]!))
      for (const p of s.points.filter((x) => x.observed)) expect(p.demand.p10).toBe(p.demand.p90)
    }
  })

  it('includes planned openings in the seats from their opening year', () => {
    const schools = db.respond('schools', {}).data.schools
    const planned = schools.filter((s) => s.opensIn !== null)
    expect(planned.length).toBeGreaterThan(0)
    for (const school of planned) {
      const series = forecast.series.find((s) => s.region === school.region && s.level === school.level)
      const at = (y: number) => series?.points.find((p) => p.year === y)
      const opens = school.opensIn ?? 0
      expect(at(opens)?.plannedSeats ?? 0).toBeGreaterThanOrEqual(school.seats)
      expect((at(opens)?.seats ?? 0) - (at(opens - 1)?.seats ?? 0)).toBeGreaterThanOrEqual(school.seats)
    }
  })

  it('fills the inputs: cohorts by birth year, ratios, births assumption', () => {
    for (const s of forecast.series) {
      expect(s.inputs.cohorts.length).toBeGreaterThan(20)
      expect(s.inputs.enrolmentRatio).toBeGreaterThan(0.6)
      expect(s.inputs.enrolmentRatio).toBeLessThan(1.1)
      expect(Math.abs(s.inputs.migrationRate)).toBeLessThan(0.1)
      expect(s.inputs.birthsAssumption).toBeGreaterThan(0)
      const peak = s.inputs.cohorts.find((c) => c.birthYear === 2016)?.count ?? 0
      const later = s.inputs.cohorts.find((c) => c.birthYear === 2023)?.count ?? 0
      expect(later).toBeLessThan(peak)
    }
  })

  it('scores the backtest honestly from its own points', () => {
    const { points, mape, coverage80 } = forecast.backtest
    expect(points.length).toBeGreaterThan(100)
    const recomputed = points.reduce((a, p) => a + Math.abs(p.forecast - p.actual) / p.actual, 0) / points.length
    expect(mape).toBeCloseTo(recomputed, 4)
    expect(mape).toBeGreaterThan(0)
    expect(coverage80).toBeGreaterThan(0.5)
    expect(coverage80).toBeLessThan(1)
    for (const p of points) expect(Number(p.target)).toBeGreaterThan(Number(p.issued))
  })

  it('filters by level and region, and rescores the filtered backtest', () => {
    const one = db.respond('schoolForecast', { level: 'junior', region: '310112' }).data
    expect(one.series).toHaveLength(1)
    expect(one.backtest.points.every((p) => p.region === '310112')).toBe(true)
  })
})
