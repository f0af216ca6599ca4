import * as v from 'valibot'
import { IsoTimestamp, Method, RegionCode, uniqueList } from './common'

export const DAY_TYPES = ['weekday', 'weekend'] as const
export const DayType = v.picklist(DAY_TYPES)
export type DayType = v.InferOutput<typeof DayType>

export const OdFlow = v.object({
  origin: RegionCode,
  destination: RegionCode,
  /** Trips starting in that hour. */
  volume: v.pipe(v.number(), v.minValue(0)),
})
export type OdFlow = v.InferOutput<typeof OdFlow>

export const RegionFlowTotal = v.object({
  region: RegionCode,
  inflow: v.pipe(v.number(), v.minValue(0)),
  outflow: v.pipe(v.number(), v.minValue(0)),
})
export type RegionFlowTotal = v.InferOutput<typeof RegionFlowTotal>

export const OdMatrix = v.object({
  hour: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(23)),
  dayType: DayType,
  flows: uniqueList(OdFlow, (f) => `${f.origin}>${f.destination}`, ['destination']),
  totals: uniqueList(RegionFlowTotal, (t) => t.region, ['region']),
})
export type OdMatrix = v.InferOutput<typeof OdMatrix>

export const FlowForecastPoint = v.object({
  time: IsoTimestamp,
  inflow: v.object({ p10: v.number(), p50: v.number(), p90: v.number() }),
  outflow: v.object({ p10: v.number(), p50: v.number(), p90: v.number() }),
})

export const FlowForecast = v.object({
  region: v.nullable(RegionCode),
  /** How the forecast is made, in a line and a paragraph (it carries no backtest). */
  method: Method,
  /** Next 24 hours, hourly. */
  points: v.pipe(v.array(FlowForecastPoint), v.length(24)),
})
export type FlowForecast = v.InferOutput<typeof FlowForecast>

export const FlowProfileHour = v.object({
  hour: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(23)),
  /** Trips into the region starting in that hour (city-wide: all inter-region trips). */
  inflow: v.pipe(v.number(), v.minValue(0)),
  /** Trips out of the region starting in that hour (city-wide: equal to inflow). */
  outflow: v.pipe(v.number(), v.minValue(0)),
})
export type FlowProfileHour = v.InferOutput<typeof FlowProfileHour>

/** Hourly inflow and outflow over a typical weekday and weekend day: the totals of /flows/od. */
export const FlowProfile = v.object({
  region: v.nullable(RegionCode),
  /** Hours 0–23 in order. */
  weekday: v.pipe(v.array(FlowProfileHour), v.length(24)),
  weekend: v.pipe(v.array(FlowProfileHour), v.length(24)),
})
export type FlowProfile = v.InferOutput<typeof FlowProfile>
