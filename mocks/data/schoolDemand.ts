/**
 * School-place demand per district and level: a cohort model. Demand in a year is the children
 * of the level's ages (births × retention × migration growth) times an enrolment ratio. Observed
 * years carry measurement noise; forecasts are anchored to the last observed year and their
 * interval widens with the horizon and with the share of children not yet born.
 */
import type { SchoolLevel } from '../../src/api/contract'
import type { CohortModel } from './cohorts'
import { DISTRICTS } from './districts'
import { Z80 } from './math'
import { createRng, type Seed } from './rng'

export const LEVEL_AGES: Readonly<Record<SchoolLevel, readonly [number, number]>> = {
  primary: [6, 10],
  junior: [11, 14],
}
export const FIRST_OBSERVED_YEAR = 2016
/** Forecast years after the last observed one. */
export const HORIZON = 12

export interface Interval {
  p10: number
  p50: number
  p90: number
}

export interface InternalBacktestPoint extends Interval {
  issued: number
  target: number
  actual: number
}

export interface DemandSeries {
  code: string
  level: SchoolLevel
  lastObservedYear: number
  /** Enrolment ratio applied to cohort counts (includes census-calibrated retention). */
  enrolmentRatio: number
  migrationRate: number
  /** Cohort-model demand for every year from FIRST_OBSERVED_YEAR to the end of the horizon. */
  model: ReadonlyMap<number, number>
  /** Observed pupils (model × measurement noise), up to lastObservedYear. */
  actual: ReadonlyMap<number, number>
  /** Forecast intervals, lastObservedYear + 1 … + HORIZON. */
  forecast: ReadonlyMap<number, Interval>
  backtest: readonly InternalBacktestPoint[]
}

/** Relative spread of a forecast h years ahead; unborn children add births uncertainty. */
export function forecastSpread(h: number, unbornShare: number): number {
  return 0.02 * Math.sqrt(h) + 0.12 * unbornShare
}

export function interval(p50: number, spread: number): Interval {
  return {
    p10: Math.round(p50 * Math.exp(-Z80 * spread)),
    p50: Math.round(p50),
    p90: Math.round(p50 * Math.exp(Z80 * spread)),
  }
}

export function buildDemand(seed: Seed, cohorts: CohortModel): DemandSeries[] {
  const last = cohorts.lastObservedYear
  const series: DemandSeries[] = []
  for (const d of DISTRICTS) {
    for (const level of ['primary', 'junior'] as const) {
      const rng = createRng(seed, 'demand', d.code, level)
      const [minAge, maxAge] = LEVEL_AGES[level]
      const groupShift = d.group === 'central' ? 0.03 : d.group === 'suburb' ? -0.02 : 0
      const er = (level === 'primary' ? 0.93 : 0.91) + groupShift + rng.normal(0, 0.015)
      // Children of the level's ages in year t, and the part of them born after `known`.
      const children = (t: number, known: number) => {
        let all = 0
        let unborn = 0
        for (let age = minAge; age <= maxAge; age++) {
          const n = cohorts.cohortAt(d.code, t - age, age)
          all += n
          if (t - age > known) unborn += n
        }
        return { all: er * all, unbornShare: all > 0 ? unborn / all : 0 }
      }
      const model = new Map<number, number>()
      const actual = new Map<number, number>()
      for (let t = FIRST_OBSERVED_YEAR; t <= last + HORIZON; t++) {
        const m = children(t, last).all
        model.set(t, m)
        if (t <= last) actual.set(t, Math.round(m * Math.exp(rng.normal(0, 0.02))))
      }
      const project = (from: number, to: number): Interval => {
        const base = actual.get(from) ?? 0
        const ratio = (model.get(to) ?? 0) / (model.get(from) || 1)
        return interval(base * ratio, forecastSpread(to - from, children(to, from).unbornShare))
      }
      const forecast = new Map<number, Interval>()
      for (let t = last + 1; t <= last + HORIZON; t++) forecast.set(t, project(last, t))
      // Backtest: the same method issued in past years, scored against what was observed.
      const backtest: InternalBacktestPoint[] = []
      for (let issued = last - 6; issued < last; issued++) {
        for (let target = issued + 1; target <= Math.min(issued + 3, last); target++) {
          backtest.push({ issued, target, actual: actual.get(target) ?? 0, ...project(issued, target) })
        }
      }
      series.push({
        code: d.code,
        level,
        lastObservedYear: last,
        enrolmentRatio: er * cohorts.retention,
        migrationRate: cohorts.params.get(d.code)?.migration ?? 0,
        model,
        actual,
        forecast,
        backtest,
      })
    }
  }
  return series
}

/** Observed value or forecast median for a year. */
export function demandP50(s: DemandSeries, year: number): number {
  return s.actual.get(year) ?? s.forecast.get(year)?.p50 ?? 0
}
