import type { Population } from '@/api'
import { ratio, type RegionRow } from '@/features/map/choropleth'

/** Residents per km² per region, with the figures the tooltip shows. */
export function densityRows(pop: Population): RegionRow[] {
  return pop.regions.map((r) => ({
    code: r.code,
    value: ratio(r.residents, r.areaKm2),
    extra: { residents: r.residents, areaKm2: r.areaKm2, year: pop.year },
  }))
}

/** Daytime ÷ resident population: above 1 a region fills up by day (jobs), below 1 it empties. */
export function dayNightRows(pop: Population): RegionRow[] {
  return pop.regions.map((r) => ({
    code: r.code,
    value: ratio(r.daytime, r.residents),
    extra: { residents: r.residents, daytime: r.daytime, year: pop.year },
  }))
}
