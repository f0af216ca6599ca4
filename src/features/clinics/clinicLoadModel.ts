/**
 * Scenario model for clinic load: what more or fewer doctors on duty would do.
 *
 * Assumption, deliberately simple: a district's daily capacity is proportional to its doctors on
 * duty (visits a doctor can see a day stay the same), so changing the doctors by x % changes the
 * capacity by x %. Demand does not respond: the visits, observed and forecast, are unchanged.
 * A cut of 100 % or more leaves no capacity (0), which the decision reports as unjudgeable.
 * Pure and cheap: the scenario worker calls it on every slider move.
 */
import type { ClinicLoadSeries } from '@/api'

/**
 * `doctorsPct` maps region code → change in doctors, in percent (10 = 10 % more, −20 = 20 % fewer).
 * Regions without an entry (or with 0) come back as the very same objects; changed ones are
 * shallow copies sharing their history and points with the input.
 */
export function projectClinicLoad(
  series: readonly ClinicLoadSeries[],
  doctorsPct: Readonly<Record<string, number>>,
): ClinicLoadSeries[] {
  return series.map((s) => {
    const pct = Object.hasOwn(doctorsPct, s.region) ? doctorsPct[s.region] : undefined
    if (pct === undefined || pct === 0 || !Number.isFinite(pct)) return s
    return { ...s, capacity: s.capacity * Math.max(0, 1 + pct / 100) }
  })
}

/** True when the change touches this region, so a panel shows the scenario beside the baseline. */
export function changesRegion(doctorsPct: Readonly<Record<string, number>> | undefined, region: string | null): boolean {
  if (!doctorsPct) return false
  const changed = (code: string) => Object.hasOwn(doctorsPct, code) && Number.isFinite(doctorsPct[code]) && doctorsPct[code] !== 0
  return region === null ? Object.keys(doctorsPct).some(changed) : changed(region)
}
