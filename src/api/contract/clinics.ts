import { z } from '../../zod'
import { Backtest, LngLat, LocalizedText, Method, RegionCode, uniqueList } from './common'

export const CLINIC_KINDS = ['community', 'hospital'] as const
export const ClinicKind = z.enum(CLINIC_KINDS)
export type ClinicKind = z.infer<typeof ClinicKind>

export const Clinic = z.object({
  id: z.string(),
  name: LocalizedText,
  kind: ClinicKind,
  location: LngLat,
  region: RegionCode,
  /** Outpatient visits a day the clinic can serve. */
  dailyCapacity: z.int().check(z.positive()),
  doctors: z.int().check(z.nonnegative()),
  /** Outpatient visits on each of the last 14 days, oldest first. */
  recentVisits: z.array(z.int().check(z.nonnegative())).check(z.minLength(1)),
  meanWaitMinutes: z.number().check(z.nonnegative()),
})
export type Clinic = z.infer<typeof Clinic>

export const ClinicLoadPoint = z.object({
  date: z.iso.date(),
  p10: z.number().check(z.nonnegative()),
  p50: z.number().check(z.nonnegative()),
  p90: z.number().check(z.nonnegative()),
})

export const ClinicLoadSeries = z.object({
  region: RegionCode,
  /** Sum of daily capacity of the region's clinics. */
  capacity: z.number().check(z.positive()),
  /** Observed daily visits, the last 90 days up to asOf, oldest first (the forecast's level uses the last 28). */
  history: z.array(z.object({ date: z.iso.date(), visits: z.number().check(z.nonnegative()) })),
  /** Daily forecast, 90 days from the day after asOf. */
  points: z.array(ClinicLoadPoint).check(z.minLength(1)),
})
export type ClinicLoadSeries = z.infer<typeof ClinicLoadSeries>

export const ClinicForecast = z.object({
  method: Method,
  series: uniqueList(ClinicLoadSeries, (s) => s.region, ['region']),
  backtest: Backtest,
})
export type ClinicForecast = z.infer<typeof ClinicForecast>
