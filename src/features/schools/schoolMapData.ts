import type { School, SchoolForecast, SchoolLevel } from '@/api'
import type { RegionRow } from '@/features/map/choropleth'
import { pointFeatures } from '@/features/map/points'
import type { SourceOutput } from '@/features/map/types'

/**
 * School data shaped for the map. The place gap is (places − demand p50) ÷ demand, so a district of
 * 5.7 M and one of 0.6 M residents share one fixed colour scale; absolute figures go to the tooltip.
 */
export function placeGapRows(forecast: SchoolForecast, level: SchoolLevel, year: number): RegionRow[] {
  return forecast.series
    .filter((s) => s.level === level)
    .map((s): RegionRow => {
      const p = s.points.find((pt) => pt.year === year)
      if (!p) return { code: s.region, value: null, extra: { year } }
      const demand = p.demand.p50
      return {
        code: s.region,
        value: demand > 0 ? (p.seats - demand) / demand : null,
        extra: {
          year,
          seats: p.seats,
          demand,
          p10: p.demand.p10,
          p90: p.demand.p90,
          gap: p.seats - demand,
          observed: p.observed ? 1 : 0,
        },
      }
    })
}

/** First and last year the forecast covers (for the year slider), or null when it is empty. */
export function forecastYearRange(forecast: SchoolForecast): [number, number] | null {
  const years = forecast.series.flatMap((s) => s.points.map((p) => p.year))
  return years.length ? [Math.min(...years), Math.max(...years)] : null
}

/** Schools as points: `u` = enrolled ÷ seats (null without seats), planned schools flagged. */
export function schoolPoints(schools: readonly School[]): SourceOutput {
  return pointFeatures(
    schools,
    (s) => ({
      id: s.id,
      location: s.location,
      props: {
        nameZh: s.name.zh,
        nameEn: s.name.en,
        level: s.level,
        region: s.region,
        seats: s.seats,
        enrolled: s.enrolled,
        u: s.seats > 0 ? s.enrolled / s.seats : null,
        opensIn: s.opensIn,
        planned: s.opensIn !== null ? 1 : 0,
      },
    }),
    (s) => Number.isFinite(s.seats) && Number.isFinite(s.enrolled),
  )
}
