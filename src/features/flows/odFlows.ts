import type { DayType, OdFlow, OdMatrix } from '@/api'
import { isWeekend } from './flowTime'

/**
 * OD aggregation for the map: merge repeated pairs, keep the N largest inter-region flows as arcs and
 * summarise the rest, so the map never drops trips silently ("other flows: N trips").
 */

export interface OdSummary {
  /** Largest inter-region flows, descending by volume (ties broken by codes, so output is stable). */
  top: OdFlow[]
  /** Inter-region flows not drawn. */
  rest: { count: number; volume: number }
  /** Trips that start and end in the same region: real, but not drawable as arcs. */
  within: { count: number; volume: number }
  /** Rows naming unknown regions or carrying a non-finite / negative volume. */
  invalid: number
  /** All valid trips, for checking that top + rest + within adds up. */
  total: number
}

export function summariseOd(flows: readonly OdFlow[], topN: number, knownRegions: ReadonlySet<string>): OdSummary {
  const pairs = new Map<string, OdFlow>()
  const within = { count: 0, volume: 0 }
  let invalid = 0
  let total = 0
  for (const f of flows) {
    if (!knownRegions.has(f.origin) || !knownRegions.has(f.destination) || !Number.isFinite(f.volume) || f.volume < 0) {
      invalid++
      continue
    }
    total += f.volume
    if (f.origin === f.destination) {
      within.count++
      within.volume += f.volume
      continue
    }
    const key = `${f.origin}>${f.destination}`
    const prev = pairs.get(key)
    pairs.set(key, prev ? { ...prev, volume: prev.volume + f.volume } : { ...f })
  }
  const positive = [...pairs.values()].filter((f) => f.volume > 0)
  const top = largest(positive, Math.max(0, Math.floor(topN)), byVolume)
  const drawn = new Set(top)
  let restVolume = 0
  for (const f of positive) if (!drawn.has(f)) restVolume += f.volume
  return {
    top,
    rest: { count: positive.length - top.length, volume: restVolume },
    within,
    invalid,
    total,
  }
}

/** Descending by volume, ties broken by codes, so output is stable. */
function byVolume(a: OdFlow, b: OdFlow): number {
  return b.volume - a.volume || a.origin.localeCompare(b.origin) || a.destination.localeCompare(b.destination)
}

/**
 * The first `n` of `xs` in `cmp` order, without sorting all of them: a street city has 50,000 pairs
 * an hour and the table wants 8 of them. Keeps a sorted buffer of the best `n` seen so far.
 */
export function largest<T>(xs: readonly T[], n: number, cmp: (a: T, b: T) => number): T[] {
  if (n <= 0) return []
  if (n * 8 >= xs.length) return [...xs].sort(cmp).slice(0, n)
  const best: T[] = []
  for (const x of xs) {
    if (best.length === n && cmp(x, best[n - 1]!) >= 0) continue
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cmp(best[mid]!, x) <= 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, x)
    if (best.length > n) best.pop()
  }
  return best
}

/**
 * Arc width in CSS px on a FIXED scale (area ∝ volume), so 08:00 and 03:00 are comparable.
 * `fullVolume` trips an hour draw at `maxPx`; larger flows are capped there.
 */
export function flowWidthPx(volume: number, fullVolume = 40_000, minPx = 1.2, maxPx = 10): number {
  if (!Number.isFinite(volume) || volume <= 0) return minPx
  return minPx + (maxPx - minPx) * Math.sqrt(Math.min(volume, fullVolume) / fullVolume)
}

/** Net share of a region's movement: +1 only arrivals, −1 only departures. */
export function netFlowShare(inflow: number, outflow: number): number | null {
  const sum = inflow + outflow
  return Number.isFinite(sum) && sum > 0 ? (inflow - outflow) / sum : null
}

/** The largest inter-region flows with the region at either end, or city-wide when region is null. */
export function topPairs(od: OdMatrix, region: string | null, n: number): OdFlow[] {
  const flows = region === null ? od.flows : od.flows.filter((f) => f.origin === region || f.destination === region)
  return summariseOd(flows, n, new Set(flows.flatMap((f) => [f.origin, f.destination]))).top
}

/** The typical weekday's busiest commuting hour (trips starting 08:00–09:00). */
export const MORNING_PEAK_HOUR = 8

/**
 * Which OD hour to list pairs for: the forecast's peak hour (weekday or weekend by its date) when
 * there is one, else the weekday morning peak.
 */
export function odHourFor(peak: { hour: number; date: string } | null): { hour: number; dayType: DayType; atPeak: boolean } {
  if (!peak) return { hour: MORNING_PEAK_HOUR, dayType: 'weekday', atPeak: false }
  return { hour: peak.hour, dayType: isWeekend(peak.date) ? 'weekend' : 'weekday', atPeak: true }
}
