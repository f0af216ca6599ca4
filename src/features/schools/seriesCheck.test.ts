import { describe, expect, it } from 'vitest'
import type { SchoolForecastSeries } from '@/api'
import { checkSchoolSeries } from './seriesCheck'

function series(patch: (s: SchoolForecastSeries) => void = () => {}): SchoolForecastSeries {
  const s: SchoolForecastSeries = {
    region: 'R',
    level: 'primary',
    points: [2025, 2026, 2027].map((year) => ({
      year,
      demand: { p10: 90, p50: 100, p90: 110 },
      seats: 120,
      plannedSeats: 0,
      observed: year === 2025,
    })),
    inputs: { ages: { from: 6, to: 10 }, cohorts: [{ birthYear: 2020, count: 10 }], enrolmentRatio: 0.9, migrationRate: 0, birthsAssumption: 10 },
  }
  patch(s)
  return s
}

describe('checkSchoolSeries', () => {
  it('passes a sound series', () => expect(checkSchoolSeries(series())).toBeNull())
  it('names each problem', () => {
    expect(checkSchoolSeries(series((s) => (s.points = [])))).toBe('noPoints')
    expect(checkSchoolSeries(series((s) => s.points.reverse()))).toBe('yearsOutOfOrder')
    expect(checkSchoolSeries(series((s) => (s.points[1]!.demand = { p10: 120, p50: 100, p90: 80 })))).toBe('bandInverted')
    expect(checkSchoolSeries(series((s) => s.points.forEach((p) => (p.observed = true))))).toBe('noForecast')
    expect(checkSchoolSeries(series((s) => s.points.forEach((p) => (p.seats = 0))))).toBe('noSeats')
    expect(checkSchoolSeries(series((s) => (s.inputs.cohorts = [])))).toBe('noInputs')
  })
})
