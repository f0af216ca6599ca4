/**
 * How good past forecasts were, from the API's backtest points: error and interval coverage by
 * horizon, so a planner sees that a 3-year forecast is rougher than a 1-year one. Pure.
 */
import type { Backtest } from '@/api'

export type BacktestPoint = Backtest['points'][number]

export interface HorizonAccuracy {
  bucket: string
  n: number
  /** Mean absolute percentage error of the median, 0..1 (points with actual 0 are skipped). */
  mape: number
  /** Share of actuals inside p10–p90, over the points that carry an interval; null when none do. */
  coverage: number | null
}

/** Groups points by `bucketOf` (null drops a point), in the order buckets first appear. */
export function accuracyByHorizon(
  points: readonly BacktestPoint[],
  bucketOf: (p: BacktestPoint) => string | null,
): HorizonAccuracy[] {
  const acc = new Map<string, { n: number; ape: number; counted: number; inside: number; banded: number }>()
  for (const p of points) {
    const b = bucketOf(p)
    if (b === null) continue
    const a = acc.get(b) ?? { n: 0, ape: 0, counted: 0, inside: 0, banded: 0 }
    a.n++
    if (p.actual > 0) {
      a.ape += Math.abs(p.forecast - p.actual) / p.actual
      a.counted++
    }
    if (p.p10 !== undefined && p.p90 !== undefined) {
      a.banded++
      if (p.actual >= p.p10 && p.actual <= p.p90) a.inside++
    }
    acc.set(b, a)
  }
  return [...acc].map(([bucket, a]) => ({
    bucket,
    n: a.n,
    mape: a.counted ? a.ape / a.counted : 0,
    coverage: a.banded ? a.inside / a.banded : null,
  }))
}

/** Share of all banded points whose actual fell inside p10–p90. */
export function overallCoverage(points: readonly BacktestPoint[]): number | null {
  return accuracyByHorizon(points, () => 'all')[0]?.coverage ?? null
}

export type BandVerdict = 'ok' | 'tooNarrow' | 'tooWide' | 'unknown'

/**
 * An 80 % band should hold about 80 % of actuals. With a few dozen points ±10 points is noise;
 * beyond that the band is mis-sized and the panel says which way.
 */
export function bandVerdict(coverage: number | null, tolerance = 0.1): BandVerdict {
  if (coverage === null) return 'unknown'
  if (coverage < 0.8 - tolerance) return 'tooNarrow'
  if (coverage > 0.8 + tolerance) return 'tooWide'
  return 'ok'
}

/** Years between issue and target for year-stamped backtests, bucketed 1, 2, 3+. */
export function yearHorizonBucket(p: BacktestPoint): string | null {
  const h = Number(p.target) - Number(p.issued)
  if (!Number.isInteger(h) || h < 1) return null
  return h >= 3 ? '3+' : String(h)
}
