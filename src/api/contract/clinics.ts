import * as v from 'valibot'
import { Backtest, IsoDate, LngLat, LocalizedText, Method, RegionCode, uniqueList } from './common'

export const CLINIC_KINDS = ['community', 'hospital'] as const
export const ClinicKind = v.picklist(CLINIC_KINDS)
export type ClinicKind = v.InferOutput<typeof ClinicKind>

export const Clinic = v.object({
  id: v.string(),
  name: LocalizedText,
  kind: ClinicKind,
  location: LngLat,
  region: RegionCode,
  /** Outpatient visits a day the clinic can serve. */
  dailyCapacity: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
  doctors: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  /** Outpatient visits on each of the last 14 days, oldest first. */
  recentVisits: v.pipe(v.array(v.pipe(v.number(), v.safeInteger(), v.minValue(0))), v.minLength(1)),
  meanWaitMinutes: v.pipe(v.number(), v.minValue(0)),
})
export type Clinic = v.InferOutput<typeof Clinic>

export const ClinicLoadPoint = v.object({
  date: IsoDate,
  p10: v.pipe(v.number(), v.minValue(0)),
  p50: v.pipe(v.number(), v.minValue(0)),
  p90: v.pipe(v.number(), v.minValue(0)),
})

export const ClinicLoadSeries = v.object({
  region: RegionCode,
  /** Sum of daily capacity of the region's clinics. */
  capacity: v.pipe(v.number(), v.gtValue(0)),
  /** Observed daily visits, the last 90 days up to asOf, oldest first (the forecast's level uses the last 28). */
  history: v.array(v.object({ date: IsoDate, visits: v.pipe(v.number(), v.minValue(0)) })),
  /** Daily forecast, 90 days from the day after asOf. */
  points: v.pipe(v.array(ClinicLoadPoint), v.minLength(1)),
})
export type ClinicLoadSeries = v.InferOutput<typeof ClinicLoadSeries>

export const ClinicForecast = v.object({
  method: Method,
  series: uniqueList(ClinicLoadSeries, (s) => s.region, ['region']),
  backtest: Backtest,
})
export type ClinicForecast = v.InferOutput<typeof ClinicForecast>
