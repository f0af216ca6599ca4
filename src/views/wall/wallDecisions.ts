/**
 * Every decision the wall states, computed once from the API data by the subjects' own decision
 * functions (never re-worded here), plus what each scene needs around it: the school year and
 * district the line names, the clinic district to chart, the flow hours to show. Pure.
 */
import type { ClinicForecast, FlowForecast, RegionPopulation, SchoolForecast } from '@/api'
import { cityClinicDecision, type CityClinicDecision } from '@/features/clinics'
import { cityFlowDecision, forecastHours, type CityFlowDecision, type FlowHour } from '@/features/flows'
import { asOfYear, placesView, type PlaceDecision, type PlacesView } from '@/features/schools'
import { SEVERITY_ORDER, type Decision, type RegionNames } from '@/ui/forecast'
import type { WallSubject } from './scenes'

export interface WallInputs {
  schools: { forecast: SchoolForecast; asOf: string } | null
  clinics: ClinicForecast | null
  flows: { forecast: FlowForecast; asOf: string } | null
  population: readonly RegionPopulation[] | null
  names: RegionNames
  leadYears: number
  surplusMargin: number
  clinicThreshold: number
}

export interface SchoolsOnWall {
  decision: Decision
  /** The district the line names (null when none is short: the city is shown). */
  focus: string | null
  /** The year the map and ranking show: when the named shortfall begins, else base year + lead time. */
  year: number
  baseYear: number
  /** The city ranking and the focus district's series. */
  city: PlacesView
  focusView: PlacesView
}

export interface ClinicsOnWall {
  decision: CityClinicDecision
  /** The most urgent district when any day is flagged, else null (the city total is charted). */
  focus: string | null
}

export interface FlowsOnWall {
  decision: CityFlowDecision
  /** The busiest hours for cross-district trips, tomorrow's when the forecast reaches it. */
  peakHours: FlowHour[]
  tomorrow: boolean
}

export interface WallDecisions {
  schools: SchoolsOnWall | null
  clinics: ClinicsOnWall | null
  flows: FlowsOnWall | null
}

export const LEVEL = 'junior' as const
/** The busiest hours, most first: the panel shows as many as it has room for (WallRows). */
const PEAK_HOURS = 8

export function schoolsOnWall(i: WallInputs): SchoolsOnWall | null {
  if (!i.schools || i.schools.forecast.series.length === 0) return null
  const { forecast, asOf } = i.schools
  const opts = { leadYears: i.leadYears, surplusMargin: i.surplusMargin, nowYear: asOfYear(asOf) }
  const fallbackYear = forecast.baseYear + i.leadYears
  const first = placesView(forecast, null, { region: null, level: LEVEL, year: fallbackYear }, opts, i.names)
  const decision = first.decisions.find((d) => d.level === LEVEL)?.base
  if (!decision) return null
  const named = decision.region !== null ? (decision as PlaceDecision) : null
  const year = named ? (named.firstShortYear ?? named.riskYear ?? fallbackYear) : fallbackYear
  const city = year === fallbackYear ? first : placesView(forecast, null, { region: null, level: LEVEL, year }, opts, i.names)
  const focusView = named ? placesView(forecast, null, { region: named.region, level: LEVEL, year }, opts, i.names) : city
  return { decision, focus: named?.region ?? null, year, baseYear: forecast.baseYear, city, focusView }
}

export function clinicsOnWall(i: WallInputs): ClinicsOnWall | null {
  if (!i.clinics || i.clinics.series.length === 0) return null
  const decision = cityClinicDecision(i.clinics.series, i.clinicThreshold, i.names)
  const top = decision.ranking[0]
  return { decision, focus: top && top.problems.length === 0 && (top.count > 0 || top.risk.count > 0) ? top.region : null }
}

export function flowsOnWall(i: WallInputs): FlowsOnWall | null {
  if (!i.flows && !i.population) return null
  const forecast = i.flows?.forecast ?? null
  const asOf = i.flows?.asOf ?? ''
  const decision = cityFlowDecision({ region: null, forecast, asOf, population: i.population, names: i.names })
  const hours = forecastHours(forecast, asOf) ?? []
  const tomorrowHours = hours.filter((h) => h.day === 1)
  const pool = tomorrowHours.length ? tomorrowHours : hours
  const peakHours = [...pool].sort((a, b) => b.inflow - a.inflow || pool.indexOf(a) - pool.indexOf(b)).slice(0, PEAK_HOURS)
  return { decision, peakHours, tomorrow: tomorrowHours.length > 0 }
}

export function wallDecisions(i: WallInputs): WallDecisions {
  return { schools: schoolsOnWall(i), clinics: clinicsOnWall(i), flows: flowsOnWall(i) }
}

export const SUBJECTS: readonly WallSubject[] = ['schools', 'clinics', 'flows']

/** Each subject's line, in subject order, where it can be computed. */
export function decisionList(d: WallDecisions): Decision[] {
  return SUBJECTS.flatMap((s) => (d[s] ? [d[s]!.decision] : []))
}

/** The line a scene leads with: its subject's, or for `lead` the most urgent (earlier subject on ties). */
export function sceneDecision(d: WallDecisions, subject: WallSubject | 'lead'): Decision | null {
  if (subject !== 'lead') return d[subject]?.decision ?? null
  return decisionList(d).reduce<Decision | null>((best, x) => (!best || SEVERITY_ORDER[x.severity] < SEVERITY_ORDER[best.severity] ? x : best), null)
}
