import { describe, expect, it } from 'vitest'
import type { SchoolForecastSeries } from '@/api'
import { createMockDb } from '../../../mocks/data/db'
import { baselineSeries, NO_SCHOOL_CHANGE, projectAll, projectSeries, type SchoolAssumptions } from './cohortModel'

const change = (a: Partial<SchoolAssumptions>): SchoolAssumptions => ({ ...NO_SCHOOL_CHANGE, ...a })

/**
 * A hand-made primary series (ages 6–10): 100 births a year up to 2020, 50 a year from 2021 on;
 * observed to 2025 with 400 pupils (enrolment 0.8 of 500 children), forecast 2026–2032.
 */
function handMade(migrationRate = 0): SchoolForecastSeries {
  const cohorts = []
  for (let b = 2010; b <= 2026; b++) cohorts.push({ birthYear: b, count: b <= 2020 ? 100 : 50 })
  const points = []
  for (let year = 2024; year <= 2032; year++) {
    const observed = year <= 2025
    points.push({ year, demand: { p10: 0, p50: observed ? 400 : 1, p90: 2 }, seats: 450, plannedSeats: 0, observed })
  }
  return {
    region: 'R',
    level: 'primary',
    points,
    inputs: { ages: { from: 6, to: 10 }, cohorts, enrolmentRatio: 0.8, migrationRate, birthsAssumption: 50 },
  }
}

describe('projectSeries (cohort-component)', () => {
  const byYear = (s: ReturnType<typeof projectSeries>) => new Map(s.years.map((y) => [y.year, y]))

  it('ages cohorts through the level: smaller birth years arrive at age 6 and fill it by age 10', () => {
    const p = byYear(projectSeries(handMade(), NO_SCHOOL_CHANGE, 2025))
    // 2026: ages 6–10 born 2016–2020, all 100 → 500 children × 0.8 = 400.
    expect(p.get(2026)!.p50).toBe(400)
    // 2027: the 2021 cohort (50) reaches 6 → 450 children → 360; by 2031 all five are 50 → 200.
    expect(p.get(2027)!.p50).toBe(360)
    expect(p.get(2031)!.p50).toBe(200)
    expect(p.get(2025)!.observed).toBe(true)
  })

  it('scales only births after the base year with the births change', () => {
    const p = byYear(projectSeries(handMade(), change({ birthsPct: -10 }), 2025))
    // Born 2026 reaches age 6 in 2032: the first year a births change after 2025 can show.
    expect(p.get(2031)!.p50).toBe(200)
    expect(p.get(2032)!.p50).toBe(Math.round(0.8 * (4 * 50 + 45)))
  })

  it('applies an enrolment change to forecast years only', () => {
    const p = byYear(projectSeries(handMade(), change({ enrolmentPct: 10 }), 2025))
    expect(p.get(2025)!.p50).toBe(400)
    expect(p.get(2026)!.p50).toBe(440)
  })

  it('applies a migration change to the years after the base year a child spends in the city', () => {
    const base = byYear(projectSeries(handMade(0.01), NO_SCHOOL_CHANGE, 2025))
    const more = byYear(projectSeries(handMade(0.01), change({ migrationPts: 1 }), 2025))
    // One year after the base year every child has had one year of +1 point more migration.
    expect(more.get(2026)!.p50 / base.get(2026)!.p50).toBeCloseTo(1.02 / 1.01, 2)
    expect(more.get(2028)!.p50 / base.get(2028)!.p50).toBeCloseTo((1.02 / 1.01) ** 3, 2)
    expect(more.get(2025)!.p50).toBe(base.get(2025)!.p50)
  })

  it('adds opened and removes closed schools from their year on, and marks the openings', () => {
    const p = byYear(
      projectSeries(
        handMade(),
        change({
          schoolChanges: [
            { region: 'R', level: 'primary', seats: 300, year: 2028 },
            { region: 'R', level: 'primary', seats: -100, year: 2030 },
            { region: 'R', level: 'junior', seats: 999, year: 2026 },
            { region: 'X', level: 'primary', seats: 999, year: 2026 },
          ],
        }),
        2025,
      ),
    )
    expect(p.get(2027)!.seats).toBe(450)
    expect(p.get(2028)!).toMatchObject({ seats: 750, opening: 300 })
    expect(p.get(2030)!.seats).toBe(650)
  })

  it('keeps the band at the API’s relative width, never below zero', () => {
    const s = handMade()
    s.points.forEach((p) => {
      if (!p.observed) p.demand = { p10: 90, p50: 100, p90: 120 }
    })
    const y = byYear(projectSeries(s, NO_SCHOOL_CHANGE, 2025)).get(2026)!
    expect(y.p10).toBe(360)
    expect(y.p90).toBe(480)
  })
})

describe('trust test: with nothing changed the model reproduces the API baseline', () => {
  // Cohort counts arrive rounded to whole children, so allow 0.1 % (or 2 pupils).
  const TOLERANCE = 0.001
  const db = createMockDb()
  const forecast = db.respond('schoolForecast', {}).data

  it('matches every district × level × forecast year of the mock API', () => {
    const projected = projectAll(forecast.series, NO_SCHOOL_CHANGE, forecast.baseYear)
    let checked = 0
    let worst = 0
    forecast.series.forEach((s, i) => {
      s.points.forEach((p, k) => {
        if (p.observed) return
        const got = projected[i]!.years[k]!
        const diff = Math.abs(got.p50 - p.demand.p50)
        worst = Math.max(worst, diff / Math.max(1, p.demand.p50))
        expect(diff).toBeLessThanOrEqual(Math.max(2, p.demand.p50 * TOLERANCE))
        expect(got.seats).toBe(p.seats)
        checked++
      })
    })
    expect(checked).toBe(16 * 2 * 12)
    expect(worst).toBeLessThan(TOLERANCE)
  })

  it('gives the baseline the API demand and the model supply, without running the model', () => {
    const modelled = projectAll(forecast.series, NO_SCHOOL_CHANGE, forecast.baseYear)
    const base = baselineSeries(forecast.series)
    expect(base).toEqual(modelled.map((m, i) => ({ ...m, years: m.years.map((y, k) => ({ ...y, ...forecast.series[i]!.points[k]!.demand })) })))
  })

  it('moves when births fall 10 %: less demand in years with children born after the base year', () => {
    const base = baselineSeries(forecast.series)
    const low = projectAll(forecast.series, change({ birthsPct: -10 }), forecast.baseYear)
    const last = base[0]!.years.length - 1
    expect(low[0]!.years[last]!.p50).toBeLessThan(base[0]!.years[last]!.p50)
    // The first forecast year's pupils were all born by the base year: unchanged.
    const first = base[0]!.years.findIndex((y) => !y.observed)
    expect(Math.abs(low[0]!.years[first]!.p50 - base[0]!.years[first]!.p50)).toBeLessThanOrEqual(1)
  })
})
