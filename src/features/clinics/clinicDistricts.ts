/**
 * The per-district figures beside the load chart: how busy clinics are now, how many residents
 * each doctor serves, and how far the daytime population departs from the resident one (central
 * districts fill up by day, so their clinics see commuters too). Pure: no Vue.
 */
import type { Clinic, RegionPopulation } from '@/api'
import { clinicRegionTotals } from './clinicMapData'

export interface DistrictCapacityRow {
  code: string
  /** Mean visits a day over the last week ÷ daily capacity. */
  utilisation: number
  doctors: number
  /** Null where the population is missing, or there are no doctors. */
  residentsPerDoctor: number | null
  /** Daytime ÷ resident population (1.3 = 30 % more people by day). */
  daytimeRatio: number | null
}

/** Rows for every district with clinics, busiest first. */
export function districtCapacityRows(
  clinics: readonly Clinic[],
  population: readonly RegionPopulation[] | null,
): DistrictCapacityRow[] {
  const people = new Map((population ?? []).map((p) => [p.code, p]))
  return clinicRegionTotals(clinics)
    .map((t) => {
      const p = people.get(t.code)
      return {
        code: t.code,
        utilisation: t.visits / t.capacity,
        doctors: t.doctors,
        residentsPerDoctor: p && t.doctors > 0 ? p.residents / t.doctors : null,
        daytimeRatio: p && p.residents > 0 ? p.daytime / p.residents : null,
      }
    })
    .sort((a, b) => b.utilisation - a.utilisation || a.code.localeCompare(b.code))
}
