/** The clinic backtest by how far ahead each forecast looked, in days. Pure. */
import type { Backtest } from '@/api'
import type { BacktestPoint } from '@/ui/forecast'

const DAY_MS = 86_400_000
/** Upper edges of the horizon buckets, in days: next day, a week, a fortnight, a month, a quarter. */
const EDGES = [1, 7, 14, 30, 90]

const day = (s: string) => (/^\d{4}-\d{2}-\d{2}/.test(s) ? Date.parse(`${s.slice(0, 10)}T00:00:00Z`) : Number.NaN)

/** Whole days from issue to target (ISO dates or date-times), null when either is not a date. */
function daysAhead(p: Pick<BacktestPoint, 'issued' | 'target'>): number | null {
  const h = Math.round((day(p.target) - day(p.issued)) / DAY_MS)
  return Number.isFinite(h) ? h : null
}

/** Days from issue to target, bucketed '1', '2-7', '8-14', '15-30', '31-90', '91+'; null for bad dates. */
export function dayHorizonBucket(p: Pick<BacktestPoint, 'issued' | 'target'>): string | null {
  const h = daysAhead(p)
  if (h === null || h < 1) return null
  const i = EDGES.findIndex((e) => h <= e)
  if (i < 0) return `${(EDGES[EDGES.length - 1] ?? 0) + 1}+`
  const from = i === 0 ? 1 : (EDGES[i - 1] ?? 0) + 1
  const to = EDGES[i] ?? from
  return from === to ? String(to) : `${from}-${to}`
}

/** The same backtest with its points nearest horizon first, so the accuracy table reads down the horizons. */
export function byHorizon(b: Backtest): Backtest {
  const key = (p: BacktestPoint) => daysAhead(p) ?? Number.POSITIVE_INFINITY
  return { ...b, points: [...b.points].sort((x, y) => key(x) - key(y)) }
}
