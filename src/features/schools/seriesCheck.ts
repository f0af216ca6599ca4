/**
 * What is wrong with a forecast series that passed the schema but cannot be drawn honestly. A panel
 * shows the problem in words instead of a wrong chart; the ranking leaves the series out. Pure.
 */
import type { SchoolForecastSeries } from '@/api'

export type SeriesProblem = 'noPoints' | 'yearsOutOfOrder' | 'bandInverted' | 'noForecast' | 'noSeats' | 'noInputs'

export function checkSchoolSeries(s: SchoolForecastSeries): SeriesProblem | null {
  if (s.points.length === 0) return 'noPoints'
  for (let i = 1; i < s.points.length; i++) if (s.points[i]!.year <= s.points[i - 1]!.year) return 'yearsOutOfOrder'
  if (s.points.some((p) => p.demand.p10 > p.demand.p50 || p.demand.p50 > p.demand.p90 || p.demand.p10 < 0)) return 'bandInverted'
  if (!s.points.some((p) => !p.observed)) return 'noForecast'
  if (s.points.every((p) => p.seats === 0)) return 'noSeats'
  if (s.inputs.ages.from > s.inputs.ages.to || s.inputs.cohorts.length === 0) return 'noInputs'
  return null
}
