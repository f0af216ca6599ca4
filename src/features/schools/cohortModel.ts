/**
 * Re-projects school-place demand from the API's own inputs under a planner's assumptions: a
 * cohort-component model. Pure and allocation-light, so it can run on every slider step (in the
 * scenario worker) for hundreds of regions.
 *
 * Children of age a in year t were born in b = t − a. They are in the city in proportion to
 * births(b) × (1 + m)^a, where m is the net migration rate a year. Demand in year t is the enrolment
 * ratio times that sum over the level's ages. Like the API, the projection is anchored to the
 * observed pupils of the base year:
 *
 *   p50(t) = observed(base) × S(t) / M(base) × e
 *
 * where M is the model with the API's inputs and S the model with the scenario's: births after the
 * base year scaled by the births change, the changed migration rate applied only to the years after
 * the base year that a child spends in the city, and e the change of the enrolment ratio. With no
 * change S = M and the projection reproduces the API's p50 (the trust test). The p10–p90 band keeps
 * the API's relative width for that year.
 */
import type { SchoolForecastSeries, SchoolLevel } from '@/api'

/** What a planner can change about school places. Percentages are relative changes. */
export interface SchoolAssumptions {
  /** Births after the base year, ± % against the API's assumption. */
  birthsPct: number
  /** Net migration, added to the API's yearly rate, in percentage points (0.5 = +0.5 %/year). */
  migrationPts: number
  /** Enrolment ratio, ± % relative to the API's. */
  enrolmentPct: number
  /** Schools opened (positive seats) or closed (negative seats) from a year on. */
  schoolChanges: readonly SchoolChange[]
}

export interface SchoolChange {
  region: string
  level: SchoolLevel
  /** Places added (> 0) or removed (< 0). */
  seats: number
  /** First school year the change counts in. */
  year: number
}

export const NO_SCHOOL_CHANGE: SchoolAssumptions = { birthsPct: 0, migrationPts: 0, enrolmentPct: 0, schoolChanges: [] }

export interface ProjectedYear {
  year: number
  observed: boolean
  p10: number
  p50: number
  p90: number
  seats: number
  /** Planned seats opening that year (API plan and scenario openings), for markers. */
  opening: number
}

export interface ProjectedSeries {
  region: string
  level: SchoolLevel
  years: ProjectedYear[]
}

/** The base year: the last observed point. */
function baseIndex(s: SchoolForecastSeries): number {
  let i = -1
  s.points.forEach((p, k) => {
    if (p.observed) i = k
  })
  return i
}

export function projectSeries(s: SchoolForecastSeries, a: SchoolAssumptions, base: number): ProjectedSeries {
  const { from, to } = s.inputs.ages
  const births = new Map<number, number>()
  for (const c of s.inputs.cohorts) births.set(c.birthYear, c.count)
  const m = s.inputs.migrationRate
  const m2 = m + a.migrationPts / 100
  const birthFactor = 1 + a.birthsPct / 100
  const enrol = 1 + a.enrolmentPct / 100

  // Children of the level's ages in year t; `scenario` applies the planner's changes after `base`.
  const children = (t: number, scenario: boolean): number => {
    let sum = 0
    for (let age = from; age <= to; age++) {
      const b = t - age
      let n = births.get(b) ?? 0
      if (scenario && b > base) n *= birthFactor
      const after = scenario ? Math.min(age, Math.max(0, t - base)) : 0
      sum += n * (1 + m) ** (age - after) * (1 + m2) ** after
    }
    return sum
  }

  const bi = baseIndex(s)
  const basePoint = bi >= 0 ? s.points[bi] : undefined
  const anchor = basePoint ? basePoint.demand.p50 / (children(basePoint.year, false) || 1) : 0

  const supply = supplyOf(s, a.schoolChanges)
  const years: ProjectedYear[] = s.points.map((p, k) => {
    const { seats, opening } = supply[k]!
    if (p.observed || !basePoint) return { year: p.year, observed: p.observed, ...p.demand, seats, opening }
    const p50 = anchor * children(p.year, true) * enrol
    const rel = (q: number) => (p.demand.p50 > 0 ? q / p.demand.p50 : 1)
    return {
      year: p.year,
      observed: false,
      p10: Math.max(0, Math.round(p50 * rel(p.demand.p10))),
      p50: Math.round(p50),
      p90: Math.round(p50 * rel(p.demand.p90)),
      seats,
      opening,
    }
  })
  return { region: s.region, level: s.level, years }
}

/** Places each year (the API's plus the scenario's openings and closures) and the places opening that year. */
function supplyOf(s: SchoolForecastSeries, changes: readonly SchoolChange[]): { seats: number; opening: number }[] {
  const extra = changes.filter((c) => c.region === s.region && c.level === s.level)
  let prevPlanned = 0
  return s.points.map((p) => {
    const added = extra.reduce((sum, c) => (c.year <= p.year ? sum + c.seats : sum), 0)
    const addedNow = extra.reduce((sum, c) => (c.year === p.year && c.seats > 0 ? sum + c.seats : sum), 0)
    const opening = Math.max(0, p.plannedSeats - prevPlanned) + addedNow
    prevPlanned = p.plannedSeats
    return { seats: Math.max(0, p.seats + added), opening }
  })
}

/** Every region × level of a forecast under one set of assumptions. */
export function projectAll(series: readonly SchoolForecastSeries[], a: SchoolAssumptions, baseYear: number): ProjectedSeries[] {
  return series.map((s) => projectSeries(s, a, baseYear))
}

/**
 * The API's own numbers in the projection's shape: what the scenario is compared against. Its demand
 * is the API's, so the cohort model is not run (on a street-level city it was most of the wall's
 * start-up work for school places).
 */
export function baselineSeries(series: readonly SchoolForecastSeries[]): ProjectedSeries[] {
  return series.map((s) => {
    const supply = supplyOf(s, NO_SCHOOL_CHANGE.schoolChanges)
    return { region: s.region, level: s.level, years: s.points.map((p, k) => ({ year: p.year, observed: p.observed, ...p.demand, ...supply[k]! })) }
  })
}
