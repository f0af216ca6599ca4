/**
 * Birth cohorts per district: the engine behind the census age split and the school forecast.
 * City births are modelled on Shanghai's path (2016–17 two-child peak, then year-on-year falls;
 * 116,000 in 2021 as in the statistical communiqué); district shares drift toward the new towns.
 */
import { CENSUS_2020, DISTRICTS } from './districts'
import { createRng, type Seed } from './rng'

export const FIRST_BIRTH_YEAR = 2002
export const CENSUS_YEAR = 2020

/** Resident births in Shanghai by year (modelled; 2021 from the 2021 communiqué). */
const CITY_BIRTHS: Readonly<Record<number, number>> = {
  2002: 98_000, 2003: 95_000, 2004: 108_000, 2005: 112_000, 2006: 118_000, 2007: 140_000,
  2008: 143_000, 2009: 148_000, 2010: 158_000, 2011: 170_000, 2012: 196_000, 2013: 178_000,
  2014: 190_000, 2015: 182_000, 2016: 218_000, 2017: 210_000, 2018: 178_000, 2019: 168_000,
  2020: 140_000, 2021: 116_000, 2022: 108_000, 2023: 98_000, 2024: 102_000, 2025: 92_000,
}

export function cityBirths(year: number): number {
  const known = CITY_BIRTHS[year]
  if (known !== undefined) return known
  // Past the table: keep falling gently, so a later as-of date still has a plausible history.
  return Math.round(92_000 * 0.98 ** Math.max(0, year - 2025))
}

export interface DistrictCohortParams {
  fertility: number
  birthTrend: number
  migration: number
}

export interface CohortModel {
  /** Births are observed up to and including this year; later years use the assumption. */
  lastObservedYear: number
  /** Share of a birth cohort still in the city at school age before migration (census-calibrated). */
  retention: number
  params: ReadonlyMap<string, DistrictCohortParams>
  /** Observed births in a district (or the assumption after lastObservedYear). */
  births(code: string, year: number): number
  birthsAssumption(code: string): number
  /** Children of a birth cohort living in the district at an age. */
  cohortAt(code: string, birthYear: number, age: number): number
}

export function buildCohortModel(seed: Seed, lastObservedYear: number): CohortModel {
  const rng = createRng(seed, 'cohorts')
  const params = new Map<string, DistrictCohortParams>()
  for (const d of DISTRICTS) {
    params.set(d.code, {
      fertility: d.model.fertility * Math.exp(rng.normal(0, 0.05)),
      birthTrend: d.model.birthTrend + rng.normal(0, 0.002),
      migration: d.model.migration + rng.normal(0, 0.002),
    })
  }
  const shareCache = new Map<number, Map<string, number>>()
  const sharesIn = (year: number): Map<string, number> => {
    const cached = shareCache.get(year)
    if (cached) return cached
    const weights = DISTRICTS.map((d) => {
      const p = params.get(d.code)
      if (!p) return 0
      return d.residents * p.fertility * Math.max(0.2, 1 + p.birthTrend * (year - CENSUS_YEAR))
    })
    const total = weights.reduce((a, b) => a + b, 0)
    const shares = new Map(DISTRICTS.map((d, i) => [d.code, (weights[i] ?? 0) / total]))
    shareCache.set(year, shares)
    return shares
  }
  const observedBirths = (code: string, year: number) => cityBirths(year) * (sharesIn(year).get(code) ?? 0)
  const births = (code: string, year: number) =>
    year <= lastObservedYear ? observedBirths(code, year) : observedBirths(code, lastObservedYear)
  const growth = (code: string, age: number) => (1 + (params.get(code)?.migration ?? 0)) ** age

  // Calibrate retention so the modelled 0–14 population in 2020 equals the census figure.
  let raw = 0
  for (const d of DISTRICTS) {
    for (let age = 0; age <= 14; age++) raw += observedBirths(d.code, CENSUS_YEAR - age) * growth(d.code, age)
  }
  const retention = CENSUS_2020.age0to14 / raw

  return {
    lastObservedYear,
    retention,
    params,
    births,
    birthsAssumption: (code) => observedBirths(code, lastObservedYear),
    cohortAt: (code, birthYear, age) => births(code, birthYear) * retention * growth(code, age),
  }
}
