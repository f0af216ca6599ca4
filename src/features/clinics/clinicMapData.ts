import type { Clinic } from '@/api'
import type { RegionRow } from '@/features/map/choropleth'
import { pointFeatures } from '@/features/map/points'
import type { SourceOutput } from '@/features/map/types'

/** Days of recent visits averaged into "current load": a week, so weekdays and weekends both count. */
export const LOAD_WINDOW_DAYS = 7

/** Mean daily visits over the last week (or all the days there are). */
export function recentLoad(c: Pick<Clinic, 'recentVisits'>): number {
  const days = c.recentVisits.slice(-LOAD_WINDOW_DAYS)
  return days.length ? days.reduce((s, v) => s + v, 0) / days.length : 0
}

export function clinicPoints(clinics: readonly Clinic[]): SourceOutput {
  return pointFeatures(
    clinics,
    (c) => {
      const visits = recentLoad(c)
      return {
        id: c.id,
        location: c.location,
        props: {
          nameZh: c.name.zh,
          nameEn: c.name.en,
          kind: c.kind,
          region: c.region,
          capacity: c.dailyCapacity,
          visits: Math.round(visits),
          u: visits / c.dailyCapacity,
          doctors: c.doctors,
          wait: c.meanWaitMinutes,
          planned: 0,
        },
      }
    },
    (c) => c.dailyCapacity > 0,
  )
}

export interface ClinicRegionTotals {
  code: string
  /** Σ recent load (mean visits a day over the last week). */
  visits: number
  capacity: number
  doctors: number
  clinics: number
}

/** Per region sums over clinics with a capacity, in the order regions first appear. */
export function clinicRegionTotals(clinics: readonly Clinic[]): ClinicRegionTotals[] {
  const acc = new Map<string, ClinicRegionTotals>()
  for (const c of clinics) {
    if (!(c.dailyCapacity > 0)) continue
    const a = acc.get(c.region) ?? { code: c.region, visits: 0, capacity: 0, doctors: 0, clinics: 0 }
    a.visits += recentLoad(c)
    a.capacity += c.dailyCapacity
    a.doctors += c.doctors
    a.clinics++
    acc.set(c.region, a)
  }
  return [...acc.values()]
}

/** Region utilisation = Σ recent load ÷ Σ capacity (a ratio of sums, not a mean of ratios). */
export function clinicRegionRows(clinics: readonly Clinic[]): RegionRow[] {
  return clinicRegionTotals(clinics).map((a) => ({
    code: a.code,
    value: a.visits / a.capacity,
    extra: { visits: Math.round(a.visits), capacity: a.capacity, clinics: a.clinics },
  }))
}
