/** The /schools/forecast payload: demand intervals, seats with planned openings, inputs, backtest. */
import type { School, SchoolForecast, SchoolForecastSeries, SchoolLevel } from '../../src/api/contract'
import type { CohortModel } from './cohorts'
import { scoreBacktest } from './backtest'
import { roundTo } from './math'
import { FIRST_OBSERVED_YEAR, HORIZON, LEVEL_AGES, type DemandSeries } from './schoolDemand'

export interface SeatsByYear {
  seats: (year: number) => number
  planned: (year: number) => number
}

export function seatsFor(schools: readonly School[], code: string, level: SchoolLevel): SeatsByYear {
  const mine = schools.filter((s) => s.region === code && s.level === level)
  const open = mine.filter((s) => s.opensIn === null).reduce((a, s) => a + s.seats, 0)
  const planned = (year: number) =>
    mine.filter((s) => s.opensIn !== null && s.opensIn <= year).reduce((a, s) => a + s.seats, 0)
  return { seats: (year) => open + planned(year), planned }
}

export function buildSeriesPayload(s: DemandSeries, seats: SeatsByYear, cohorts: CohortModel): SchoolForecastSeries {
  const points: SchoolForecastSeries['points'] = []
  for (let year = FIRST_OBSERVED_YEAR; year <= s.lastObservedYear + HORIZON; year++) {
    const observed = year <= s.lastObservedYear
    const a = s.actual.get(year) ?? 0
    const demand = observed ? { p10: a, p50: a, p90: a } : (s.forecast.get(year) ?? { p10: 0, p50: 0, p90: 0 })
    points.push({ year, demand, seats: seats.seats(year), plannedSeats: seats.planned(year), observed })
  }
  const [minAge, maxAge] = LEVEL_AGES[s.level]
  const cohortList: SchoolForecastSeries['inputs']['cohorts'] = []
  for (let y = FIRST_OBSERVED_YEAR - maxAge; y <= s.lastObservedYear + HORIZON - minAge; y++) {
    cohortList.push({ birthYear: y, count: Math.round(cohorts.births(s.code, y)) })
  }
  return {
    region: s.code,
    level: s.level,
    points,
    inputs: {
      ages: { from: minAge, to: maxAge },
      cohorts: cohortList,
      enrolmentRatio: roundTo(s.enrolmentRatio, 4),
      migrationRate: roundTo(s.migrationRate, 4),
      birthsAssumption: Math.round(cohorts.birthsAssumption(s.code)),
    },
  }
}

export const SCHOOL_METHOD: SchoolForecast['method'] = {
  name: { zh: '队列要素法（出生队列 × 入学率 × 迁移）', en: 'Cohort-component model (births × enrolment ratio × migration)' },
  description: {
    zh:
      '某年学位需求 = 入学率 × Σ 对应年龄（小学6–10岁、初中11–14岁）各出生队列人数 × (1+净迁移率)^年龄；' +
      '预测以最后观测年为基准按模型比例外推，未出生队列按出生假设计。p10–p90 区间随预测年限及未出生人口占比加宽。',
    en:
      'Demand in a year = enrolment ratio × Σ over the ages of the level (primary 6–10, junior 11–14) of birth cohort × ' +
      '(1 + net migration)^age. Forecasts scale the last observed year by the model ratio; unborn cohorts use the births ' +
      'assumption. The p10–p90 interval widens with the horizon and with the share of children not yet born.',
  },
}

export function buildSchoolForecast(
  demand: readonly DemandSeries[],
  schools: readonly School[],
  cohorts: CohortModel,
  filter: { level?: SchoolLevel | undefined; region?: string | undefined },
): SchoolForecast {
  const chosen = demand.filter((s) => (!filter.level || s.level === filter.level) && (!filter.region || s.code === filter.region))
  return {
    baseYear: cohorts.lastObservedYear,
    method: SCHOOL_METHOD,
    series: chosen.map((s) => buildSeriesPayload(s, seatsFor(schools, s.code, s.level), cohorts)),
    backtest: scoreBacktest(chosen.flatMap((s) => s.backtest.map((p) => ({ ...p, region: s.code, series: s.level })))),
  }
}
