/**
 * City-wide headline figures for the KPI row. Pure functions over validated API data; no Vue.
 */
import type { Alert, Clinic, Population, Severity } from '@/api'

export function totalResidents(population: Population): number {
  return population.regions.reduce((sum, r) => sum + r.residents, 0)
}

export interface SchoolAgeChildren {
  /** Ages 6–10: primary school in Shanghai's 5+4 system. */
  primary: number
  /** Ages 11–14: junior middle school. */
  junior: number
  total: number
}

export function schoolAgeChildren(population: Population): SchoolAgeChildren {
  let primary = 0
  let junior = 0
  for (const r of population.regions) {
    primary += r.ageBands['6-10']
    junior += r.ageBands['11-14']
  }
  return { primary, junior, total: primary + junior }
}

export interface ClinicUtilisation {
  /** Mean daily outpatient visits over the last `days` reported days, summed over clinics. */
  visits: number
  /** Daily capacity, summed over the same clinics. */
  capacity: number
  /** visits / capacity; null when there is no capacity to divide by. */
  ratio: number | null
  /** The busiest of those days as a share of capacity. */
  peakRatio: number | null
}

/**
 * A week's mean rather than the latest day: the latest day is often a Sunday, and a wall that
 * reads 34 % on Monday morning would hide weekdays near capacity.
 */
export function clinicUtilisation(clinics: readonly Clinic[], days = 7): ClinicUtilisation {
  const daily = new Array<number>(days).fill(0)
  let capacity = 0
  for (const c of clinics) {
    // recentVisits is oldest first (contract): its last `days` entries are the latest week.
    const recent = c.recentVisits.slice(-days)
    recent.forEach((v, i) => (daily[days - recent.length + i]! += v))
    capacity += c.dailyCapacity
  }
  const reported = daily.filter((_, i) => clinics.some((c) => c.recentVisits.length >= days - i))
  const visits = reported.length ? reported.reduce((a, b) => a + b, 0) / reported.length : 0
  const peak = reported.length ? Math.max(...reported) : 0
  return {
    visits: Math.round(visits),
    capacity,
    ratio: capacity > 0 ? visits / capacity : null,
    peakRatio: capacity > 0 ? peak / capacity : null,
  }
}

export type AlertCounts = Record<Severity, number> & { total: number }

export function alertCounts(alerts: readonly Alert[]): AlertCounts {
  const counts: AlertCounts = { total: 0, critical: 0, warning: 0, info: 0 }
  for (const a of alerts) {
    counts[a.severity] += 1
    counts.total += 1
  }
  return counts
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 }

/** Most severe first, then by how far the value is past its threshold. */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  const excess = (a: Alert) => (a.threshold !== 0 ? Math.abs(a.value / a.threshold) : Math.abs(a.value))
  return [...alerts].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || excess(b) - excess(a))
}

/** The population payload narrowed to one region (null: the whole city). */
export function populationIn(population: Population, region: string | null): Population {
  return region ? { ...population, regions: population.regions.filter((r) => r.code === region) } : population
}

/** Items (clinics, alerts, …) in one region (null: all). */
export function inRegion<T extends { region: string }>(items: readonly T[], region: string | null): readonly T[] {
  return region ? items.filter((i) => i.region === region) : items
}
