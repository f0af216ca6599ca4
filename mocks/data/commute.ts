/**
 * Daily commuting between districts: an origin-constrained gravity model. Workers leave home
 * districts in proportion to their cross-district share and choose destinations by jobs and
 * distance, so the big residential suburbs send the largest flows into the centre and Pudong.
 */
import { DISTRICTS, type District } from './districts'
import { distanceKm } from './geo'
import type { AgeStructure } from './population'
import { createRng, type Seed } from './rng'

/** Share of 15–59 year-olds in work. */
const EMPLOYMENT_RATE = 0.74
/** Distance decay of destination choice, km. */
const DECAY_KM = 14

export interface CommuteModel {
  codes: readonly string[]
  /** Daily one-way commuters, origin row → destination column; zero on the diagonal. */
  matrix: readonly (readonly number[])[]
  /** Relative attractiveness of each district for jobs and leisure (same order as codes). */
  attraction: readonly number[]
  /** Distance between district main cores, km. */
  distance: readonly (readonly number[])[]
  inbound(code: string): number
  outbound(code: string): number
  /** In-commuters minus out-commuters: the weekday daytime gain. */
  net(code: string): number
}

const mainCore = (d: District): [number, number] => {
  const core = d.cores[0]
  return core ? [core[0], core[1]] : [0, 0]
}

export function buildCommute(seed: Seed, ages: readonly AgeStructure[]): CommuteModel {
  const rng = createRng(seed, 'commute')
  const codes = DISTRICTS.map((d) => d.code)
  const attraction = DISTRICTS.map((d) => d.residents * d.model.jobs * Math.exp(rng.normal(0, 0.05)))
  const cross = DISTRICTS.map((d) => d.model.crossCommute * Math.exp(rng.normal(0, 0.05)))
  const distance = DISTRICTS.map((a) => DISTRICTS.map((b) => distanceKm(mainCore(a), mainCore(b))))

  const matrix = DISTRICTS.map((origin, o) => {
    const working = ages.find((a) => a.code === origin.code)?.bands['15-59'] ?? 0
    const leaving = working * EMPLOYMENT_RATE * (cross[o] ?? 0)
    const pull = DISTRICTS.map((_, dd) => (dd === o ? 0 : (attraction[dd] ?? 0) * Math.exp(-(distance[o]?.[dd] ?? 0) / DECAY_KM)))
    const total = pull.reduce((a, b) => a + b, 0)
    return pull.map((p) => Math.round((leaving * p) / total))
  })

  const inbound = new Map<string, number>()
  const outbound = new Map<string, number>()
  codes.forEach((code, i) => {
    outbound.set(code, (matrix[i] ?? []).reduce((a, b) => a + b, 0))
    inbound.set(code, matrix.reduce((a, row) => a + (row[i] ?? 0), 0))
  })
  return {
    codes,
    matrix,
    attraction,
    distance,
    inbound: (code) => inbound.get(code) ?? 0,
    outbound: (code) => outbound.get(code) ?? 0,
    net: (code) => (inbound.get(code) ?? 0) - (outbound.get(code) ?? 0),
  }
}
