/**
 * What is wrong with a flow payload, in terms a panel can say in words instead of drawing a wrong
 * chart. The contract checks shapes; these check what it cannot: order, gaps and quantile order.
 * Each kind is reported once (its first occurrence). Pure.
 */
import type { FlowForecast, FlowProfile } from '@/api'
import { localTime } from './flowTime'

export const FORECAST_HOURS = 24
const HOUR_MS = 3_600_000

type Series = 'inflow' | 'outflow'

export type FlowIssue =
  | { kind: 'noPoints' }
  | { kind: 'tooFew'; count: number }
  | { kind: 'badTime'; time: string }
  | { kind: 'outOfOrder'; time: string }
  | { kind: 'missingHours'; after: string; hours: number }
  | { kind: 'bandInverted'; time: string; series: Series }
  | { kind: 'negative'; time: string; series: Series }
  | { kind: 'profileHours'; dayType: 'weekday' | 'weekend' }
  | { kind: 'profileValue'; dayType: 'weekday' | 'weekend'; hour: number }

type ForecastPoint = FlowForecast['points'][number]

function quantileIssue(p: ForecastPoint): FlowIssue | null {
  for (const series of ['inflow', 'outflow'] as const) {
    const { p10, p50, p90 } = p[series]
    if (![p10, p50, p90].every(Number.isFinite) || p10 < 0 || p50 < 0 || p90 < 0) return { kind: 'negative', time: p.time, series }
    if (p10 > p50 || p50 > p90) return { kind: 'bandInverted', time: p.time, series }
  }
  return null
}

/** Issues of a 24-hour forecast: empty, too short, unreadable or unordered times, gaps, bad quantiles. */
export function checkFlowForecast(points: readonly ForecastPoint[]): FlowIssue[] {
  if (points.length === 0) return [{ kind: 'noPoints' }]
  const issues: FlowIssue[] = []
  const add = (issue: FlowIssue) => {
    if (!issues.some((i) => i.kind === issue.kind)) issues.push(issue)
  }
  if (points.length < FORECAST_HOURS) add({ kind: 'tooFew', count: points.length })
  const timed: { ms: number; time: string }[] = []
  for (const p of points) {
    const t = localTime(p.time)
    if (t) timed.push({ ms: t.ms, time: p.time })
    else add({ kind: 'badTime', time: p.time })
    const q = quantileIssue(p)
    if (q) add(q)
  }
  const pairs = timed.slice(1).map((t, i) => ({ prev: timed[i] as (typeof timed)[number], t }))
  // Points out of order also leave gaps: name the cause, not its echo.
  const unordered = pairs.find(({ prev, t }) => t.ms <= prev.ms)
  const gap = pairs.find(({ prev, t }) => t.ms - prev.ms > HOUR_MS)
  if (unordered) add({ kind: 'outOfOrder', time: unordered.t.time })
  else if (gap) add({ kind: 'missingHours', after: gap.prev.time, hours: Math.round((gap.t.ms - gap.prev.ms) / HOUR_MS) - 1 })
  return issues
}

/** Issues of a typical-day profile: each day type must list hours 0–23 in order with finite counts. */
export function checkFlowProfile(profile: FlowProfile): FlowIssue[] {
  const issues: FlowIssue[] = []
  for (const dayType of ['weekday', 'weekend'] as const) {
    const hours = profile[dayType]
    if (hours.length !== 24 || hours.some((h, i) => h.hour !== i)) {
      issues.push({ kind: 'profileHours', dayType })
      continue
    }
    const bad = hours.find((h) => !Number.isFinite(h.inflow) || !Number.isFinite(h.outflow) || h.inflow < 0 || h.outflow < 0)
    if (bad) issues.push({ kind: 'profileValue', dayType, hour: bad.hour })
  }
  return issues
}
