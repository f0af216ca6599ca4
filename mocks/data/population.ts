/**
 * Residents per district (2020 census, exact), age bands modelled so the city totals equal the
 * census structure, and weekday daytime population from the commuting model.
 */
import type { Population, RegionPopulation } from '../../src/api/contract'
import { shapeOf } from './city'
import { CENSUS_YEAR, type CohortModel } from './cohorts'
import { CENSUS_2020, DISTRICTS } from './districts'
import { apportion, roundTo } from './math'
import { createRng, type Seed } from './rng'

export interface AgeStructure {
  code: string
  residents: number
  bands: RegionPopulation['ageBands']
  age65plus: number
}

/** Bands for every district; the city sums equal the census 0–14, 15–59, 60+ and 65+ counts. */
export function buildAgeStructure(seed: Seed, cohorts: CohortModel): AgeStructure[] {
  const rng = createRng(seed, 'age-structure')
  const raw = (code: string, from: number, to: number) => {
    let n = 0
    for (let age = from; age <= to; age++) n += cohorts.cohortAt(code, CENSUS_YEAR - age, age)
    return n
  }
  const children = apportion(
    CENSUS_2020.age0to14,
    DISTRICTS.map((d) => raw(d.code, 0, 14)),
  )
  const elderlyWeights = DISTRICTS.map((d) => d.residents * d.model.elderly * Math.exp(rng.normal(0, 0.03)))
  const elderly = apportion(CENSUS_2020.age60plus, elderlyWeights)
  // Older districts also have a larger 65+ share within their 60+.
  const over65 = apportion(
    CENSUS_2020.age65plus,
    DISTRICTS.map((d, i) => (elderly[i] ?? 0) * (0.62 + 0.06 * d.model.elderly)),
  )
  return DISTRICTS.map((d, i) => {
    const kids = children[i] ?? 0
    const [b05 = 0, b610 = 0, b1114 = 0] = apportion(kids, [raw(d.code, 0, 5), raw(d.code, 6, 10), raw(d.code, 11, 14)])
    const old = elderly[i] ?? 0
    return {
      code: d.code,
      residents: d.residents,
      bands: { '0-5': b05, '6-10': b610, '11-14': b1114, '15-59': d.residents - kids - old, '60+': old },
      age65plus: Math.min(old, over65[i] ?? 0),
    }
  })
}

/** Net daytime gain per district (in-commuters minus out-commuters), from the commuting model. */
export type NetCommute = (code: string) => number

export function buildPopulation(ages: readonly AgeStructure[], netCommute: NetCommute): Population {
  return {
    year: CENSUS_YEAR,
    regions: ages.map((a) => ({
      code: a.code,
      residents: a.residents,
      daytime: Math.max(0, Math.round(a.residents + netCommute(a.code))),
      areaKm2: roundTo(shapeOf(a.code).areaKm2, 1),
      ageBands: a.bands,
      age65plus: a.age65plus,
    })),
  }
}
