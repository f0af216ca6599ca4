import { z } from 'zod'
import { RegionCode } from './common'

export const DAY_TYPES = ['weekday', 'weekend'] as const
export const DayType = z.enum(DAY_TYPES)
export type DayType = z.infer<typeof DayType>

export const OdFlow = z.object({
  origin: RegionCode,
  destination: RegionCode,
  /** Trips starting in that hour. */
  volume: z.number().nonnegative(),
})
export type OdFlow = z.infer<typeof OdFlow>

export const RegionFlowTotal = z.object({
  region: RegionCode,
  inflow: z.number().nonnegative(),
  outflow: z.number().nonnegative(),
})
export type RegionFlowTotal = z.infer<typeof RegionFlowTotal>

export const OdMatrix = z.object({
  hour: z.number().int().min(0).max(23),
  dayType: DayType,
  flows: z.array(OdFlow),
  totals: z.array(RegionFlowTotal),
})
export type OdMatrix = z.infer<typeof OdMatrix>

export const FlowForecastPoint = z.object({
  time: z.iso.datetime({ offset: true }),
  inflow: z.object({ p10: z.number(), p50: z.number(), p90: z.number() }),
  outflow: z.object({ p10: z.number(), p50: z.number(), p90: z.number() }),
})

export const FlowForecast = z.object({
  region: RegionCode.nullable(),
  /** Next 24 hours, hourly. */
  points: z.array(FlowForecastPoint).length(24),
})
export type FlowForecast = z.infer<typeof FlowForecast>
