/** Scores past forecasts against what happened: the numbers are computed from the points shown. */
import type { Backtest } from '../../src/api/contract'
import { roundTo } from './math'

export interface ScoredPoint {
  issued: string | number
  target: string | number
  region: string
  series?: string
  p10: number
  p50: number
  p90: number
  actual: number
}

export function scoreBacktest(points: readonly ScoredPoint[]): Backtest {
  let ape = 0
  let counted = 0
  let inside = 0
  for (const p of points) {
    if (p.actual > 0) {
      ape += Math.abs(p.p50 - p.actual) / p.actual
      counted++
    }
    if (p.actual >= p.p10 && p.actual <= p.p90) inside++
  }
  return {
    points: points.map((p) => ({
      issued: String(p.issued),
      target: String(p.target),
      region: p.region,
      ...(p.series === undefined ? {} : { series: p.series }),
      forecast: p.p50,
      p10: p.p10,
      p90: p.p90,
      actual: p.actual,
    })),
    mape: counted ? roundTo(ape / counted, 4) : 0,
    coverage80: points.length ? roundTo(inside / points.length, 4) : 0,
  }
}
