/**
 * Alerts derived from the generated forecasts, never scripted: school places running short
 * within three years, primary places standing empty as births fall, clinics near capacity.
 */
import type { Alert, ClinicForecast, School, SchoolLevel, Severity } from '../../src/api/contract'
import { districtByCode } from './districts'
import { formatThousands, roundTo } from './math'
import { demandP50, type DemandSeries } from './schoolDemand'
import { seatsFor } from './schoolForecast'

/** Years ahead (after the first forecast year) in which a shortfall raises an alert. */
export const SCHOOL_ALERT_YEARS = 3
export const CLINIC_THRESHOLD = 0.9
/** Share of empty primary places that is worth telling a planner about. */
const SURPLUS_SHARE = 0.2
const SURPLUS_ALERTS = 3

const LEVEL = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior-middle' },
} as const satisfies Record<SchoolLevel, { zh: string; en: string }>

function names(code: string) {
  const d = districtByCode(code)
  return { zh: d?.zh ?? code, en: d?.en ?? code }
}

function schoolGapAlerts(demand: readonly DemandSeries[], schools: readonly School[]): Alert[] {
  const alerts: Alert[] = []
  for (const s of demand) {
    const first = s.lastObservedYear + 1
    const seats = seatsFor(schools, s.code, s.level)
    let gapYear: number | null = null
    let worstShare = 0
    for (let year = first; year <= first + SCHOOL_ALERT_YEARS; year++) {
      const gap = demandP50(s, year) - seats.seats(year)
      if (gap > 0) {
        gapYear ??= year
        worstShare = Math.max(worstShare, gap / Math.max(1, seats.seats(year)))
      }
    }
    if (gapYear === null) continue
    const demandThen = demandP50(s, gapYear)
    const seatsThen = seats.seats(gapYear)
    const gap = demandThen - seatsThen
    // Critical when the gap is large (≥ 4 % of places) or already real next school year at ≥ 2 %.
    const severity: Severity =
      worstShare >= 0.04 || (gapYear <= first + 1 && worstShare >= 0.02) ? 'critical' : 'warning'
    const n = names(s.code)
    const level = LEVEL[s.level]
    alerts.push({
      id: `schools.${s.level}.gap:${s.code}`,
      severity,
      region: s.code,
      metric: `schools.${s.level}.gap`,
      value: demandThen,
      threshold: seatsThen,
      when: String(gapYear),
      reason: {
        zh: `${n.zh}${level.zh}学位将于${gapYear}年出现缺口：预计需求${formatThousands(demandThen)}人，学位${formatThousands(seatsThen)}个，缺口${formatThousands(gap)}个。`,
        en: `${n.en}: ${level.en} places run short from ${gapYear}: forecast demand ${formatThousands(demandThen)} pupils vs ${formatThousands(seatsThen)} places (gap ${formatThousands(gap)}).`,
      },
    })
  }
  return alerts
}

function primarySurplusAlerts(demand: readonly DemandSeries[], schools: readonly School[]): Alert[] {
  const candidates = demand
    .filter((s) => s.level === 'primary')
    .map((s) => {
      const year = s.lastObservedYear + 1 + SCHOOL_ALERT_YEARS + 1
      const seats = seatsFor(schools, s.code, 'primary').seats(year)
      const need = demandP50(s, year)
      return { s, year, seats, need, share: seats > 0 ? 1 - need / seats : 0 }
    })
    .filter((c) => c.share >= SURPLUS_SHARE)
    .sort((a, b) => b.share - a.share || a.s.code.localeCompare(b.s.code))
    .slice(0, SURPLUS_ALERTS)
  return candidates.map(({ s, year, seats, need, share }) => {
    const n = names(s.code)
    const pct = Math.round(share * 100)
    return {
      id: `schools.primary.surplus:${s.code}`,
      severity: 'info' as const,
      region: s.code,
      metric: 'schools.primary.surplus',
      value: need,
      threshold: seats,
      when: String(year),
      reason: {
        zh: `${n.zh}小学学位预计${year}年富余${pct}%：需求${formatThousands(need)}人，学位${formatThousands(seats)}个（出生人数下降）。`,
        en: `${n.en}: ${pct}% of primary places expected to stand empty in ${year}: demand ${formatThousands(need)} vs ${formatThousands(seats)} places (falling births).`,
      },
    }
  })
}

function clinicAlerts(forecast: ClinicForecast): Alert[] {
  const alerts: Alert[] = []
  for (const s of forecast.series) {
    const over = s.points.filter((p) => p.p50 > CLINIC_THRESHOLD * s.capacity)
    const first = over[0]
    if (!first) continue
    const peak = Math.max(...over.map((p) => p.p50)) / s.capacity
    const n = names(s.region)
    const pct = Math.round(peak * 100)
    alerts.push({
      id: `clinics.utilisation:${s.region}`,
      severity: peak >= 1 ? 'critical' : 'warning',
      region: s.region,
      metric: 'clinics.utilisation',
      value: roundTo(peak, 3),
      threshold: CLINIC_THRESHOLD,
      when: first.date,
      reason: {
        zh: `${n.zh}门诊量预计自${first.date}起超过服务能力的90%（峰值${pct}%，冬季流感季）。`,
        en: `${n.en}: outpatient load forecast above 90% of capacity from ${first.date} (peak ${pct}%, winter flu season).`,
      },
    })
  }
  return alerts
}

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 }

export function buildAlerts(demand: readonly DemandSeries[], schools: readonly School[], clinics: ClinicForecast): Alert[] {
  return [...schoolGapAlerts(demand, schools), ...primarySurplusAlerts(demand, schools), ...clinicAlerts(clinics)].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.when.localeCompare(b.when) || a.id.localeCompare(b.id),
  )
}
