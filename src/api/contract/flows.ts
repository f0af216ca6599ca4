import { z } from '../../zod'
import { Method, RegionCode, uniqueList } from './common'

export const DAY_TYPES = ['weekday', 'weekend'] as const
export const DayType = z.enum(DAY_TYPES)
export type DayType = z.infer<typeof DayType>

export const OdFlow = z.object({
  origin: RegionCode,
  destination: RegionCode,
  /** Trips starting in that hour. */
  volume: z.number().check(z.nonnegative()),
})
export type OdFlow = z.infer<typeof OdFlow>

export const RegionFlowTotal = z.object({
  region: RegionCode,
  inflow: z.number().check(z.nonnegative()),
  outflow: z.number().check(z.nonnegative()),
})
export type RegionFlowTotal = z.infer<typeof RegionFlowTotal>

export const OdMatrix = z.object({
  hour: z.int().check(z.minimum(0), z.maximum(23)),
  dayType: DayType,
  flows: uniqueList(OdFlow, (f) => `${f.origin}>${f.destination}`, ['destination']),
  totals: uniqueList(RegionFlowTotal, (t) => t.region, ['region']),
})
export type OdMatrix = z.infer<typeof OdMatrix>

export const FlowForecastPoint = z.object({
  time: z.iso.datetime({ offset: true }),
  inflow: z.object({ p10: z.number(), p50: z.number(), p90: z.number() }),
  outflow: z.object({ p10: z.number(), p50: z.number(), p90: z.number() }),
})

export const FlowForecast = z.object({
  region: z.nullable(RegionCode),
  /** How the forecast is made, in a line and a paragraph (it carries no backtest). */
  method: Method,
  /** Next 24 hours, hourly. */
  points: z.array(FlowForecastPoint).check(z.length(24)),
})
export type FlowForecast = z.infer<typeof FlowForecast>

export const FlowProfileHour = z.object({
  hour: z.int().check(z.minimum(0), z.maximum(23)),
  /** Trips into the region starting in that hour (city-wide: all inter-region trips). */
  inflow: z.number().check(z.nonnegative()),
  /** Trips out of the region starting in that hour (city-wide: equal to inflow). */
  outflow: z.number().check(z.nonnegative()),
})
export type FlowProfileHour = z.infer<typeof FlowProfileHour>

/** Hourly inflow and outflow over a typical weekday and weekend day: the totals of /flows/od. */
export const FlowProfile = z.object({
  region: z.nullable(RegionCode),
  /** Hours 0–23 in order. */
  weekday: z.array(FlowProfileHour).check(z.length(24)),
  weekend: z.array(FlowProfileHour).check(z.length(24)),
})
export type FlowProfile = z.infer<typeof FlowProfile>
