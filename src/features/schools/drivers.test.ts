import { describe, expect, it } from 'vitest'
import type { SchoolForecastSeries } from '@/api'
import { driversOf } from './drivers'

const s = (cohorts: [number, number][], enrolmentRatio: number, migrationRate: number): SchoolForecastSeries => ({
  region: 'R',
  level: 'primary',
  points: [],
  inputs: { ages: { from: 6, to: 10 }, cohorts: cohorts.map(([birthYear, count]) => ({ birthYear, count })), enrolmentRatio, migrationRate, birthsAssumption: 10 },
})

describe('driversOf', () => {
  it('adds cohorts, weights ratios by cohort size and applies the births change to assumed years', () => {
    const d = driversOf([s([[2025, 100], [2026, 100]], 0.9, 0.01), s([[2025, 300], [2026, 300]], 0.5, 0.03)], 2025, -10)!
    expect(d.cohorts).toEqual([
      { birthYear: 2025, count: 400, assumed: false },
      { birthYear: 2026, count: 360, assumed: true },
    ])
    expect(d.enrolmentRatio).toBeCloseTo(0.6)
    expect(d.migrationRate).toBeCloseTo(0.025)
    expect(d.birthsAssumption).toBe(18)
    expect(driversOf([], 2025)).toBeNull()
  })
})
