/**
 * Hourly origin–destination trips between districts for a typical weekday and weekend day, the
 * hourly profile of a region's totals, and the next-24-hour forecast, all derived from the same
 * commuting and leisure matrices.
 */
import type { DayType, FlowForecast, FlowProfile, OdMatrix, RegionFlowTotal } from '../../src/api/contract'
import { formatLocal, isWorkday, localDate, localHour } from './calendar'
import type { CommuteModel } from './commute'
import { DISTRICTS } from './districts'
import { Z80 } from './math'

const normalise = (xs: readonly number[]) => {
  const total = xs.reduce((a, b) => a + b, 0)
  return xs.map((x) => x / total)
}

// Departure profiles by hour of day (0–23).
/** Morning commute: home → work. */
const AM = normalise([0, 0, 0, 0, 0.005, 0.02, 0.08, 0.28, 0.33, 0.16, 0.06, 0.03, 0.02, 0.01, 0.005, 0, 0, 0, 0, 0, 0, 0, 0, 0])
/** Evening commute: work → home. */
const PM = normalise([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.01, 0.01, 0.015, 0.03, 0.07, 0.24, 0.27, 0.16, 0.09, 0.06, 0.03, 0.015])
/** Other trips (business, errands): a daytime plateau. */
const BACKGROUND = normalise([
  0.005, 0.003, 0.002, 0.002, 0.003, 0.01, 0.03, 0.055, 0.065, 0.065, 0.065, 0.065, 0.06, 0.06, 0.065, 0.07, 0.07, 0.07,
  0.065, 0.055, 0.045, 0.035, 0.022, 0.013,
])
/** Weekend leisure: out late morning, back in the evening. */
const LEISURE_OUT = normalise([0, 0, 0, 0, 0, 0.005, 0.02, 0.05, 0.1, 0.15, 0.17, 0.15, 0.12, 0.1, 0.07, 0.04, 0.02, 0.01, 0.005, 0, 0, 0, 0, 0])
const LEISURE_BACK = normalise([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.15, 0.16, 0.15, 0.12, 0.07, 0.03, 0.015])

/** Background trips a day relative to cross-district commuters, and weekend factors. */
const BACKGROUND_RATIO = 0.55
const WEEKEND_COMMUTE = 0.22
const LEISURE_RATIO = 0.7

/** Share of commuters at work at the middle of an hour on a weekday, 0..1. */
export function atWorkShare(hour: number): number {
  let gone = 0
  let back = 0
  for (let h = 0; h < hour; h++) {
    gone += AM[h] ?? 0
    back += PM[h] ?? 0
  }
  return Math.max(0, gone + (AM[hour] ?? 0) / 2 - back - (PM[hour] ?? 0) / 2)
}

export interface FlowModel {
  od(hour: number, dayType: DayType): OdMatrix
  /** Hourly totals of `od` for one region, or city-wide (region null). */
  profile(region: string | null): FlowProfile
  forecast(region: string | null, asOfMs: number): FlowForecast
}

export const FLOW_FORECAST_METHOD: FlowForecast['method'] = {
  name: { zh: '典型日出行模型（工作日/周末逐时OD）', en: 'Typical-day trip model (hourly OD for weekdays and weekends)' },
  description: {
    zh:
      '每个小时取对应典型日（工作日，或周末及法定节假日）同一小时的跨区出行：通勤由重力模型分配、按早晚高峰出发曲线展开，' +
      '另加日间事务出行（工作日）或休闲出行（周末）；不含实时修正。80%区间随预测时长由约±6%加宽至约±15%，为设定值，未经回测校准。',
    en:
      'Each hour takes the same hour of the matching typical day (weekday, or weekend and public holiday): commuting ' +
      'trips from a gravity model spread over the morning and evening departure curves, plus daytime business trips ' +
      '(weekdays) or leisure trips (weekends); no real-time correction. The 80 % interval widens from about ±6 % at the ' +
      'next hour to about ±15 % a day ahead, as set, not calibrated by a backtest.',
  },
}

export function buildFlowModel(commute: CommuteModel): FlowModel {
  const n = commute.codes.length
  const commuters = commute.matrix.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0)
  // Symmetric gravity between residents and attraction: no net movement, just volume.
  const gravity = DISTRICTS.map((a, o) =>
    DISTRICTS.map((b, d) =>
      o === d ? 0 : Math.sqrt(a.residents * b.residents) * Math.exp(-(commute.distance[o]?.[d] ?? 0) / 10),
    ),
  )
  const gravityTotal = gravity.reduce((s, row) => s + row.reduce((x, y) => x + y, 0), 0)
  const leisure = DISTRICTS.map((a, o) =>
    DISTRICTS.map((_, d) =>
      o === d ? 0 : a.residents * (commute.attraction[d] ?? 0) * Math.exp(-(commute.distance[o]?.[d] ?? 0) / 12),
    ),
  )
  const leisureTotal = leisure.reduce((s, row) => s + row.reduce((x, y) => x + y, 0), 0)
  const cell = (m: readonly (readonly number[])[], o: number, d: number) => m[o]?.[d] ?? 0

  const cache = new Map<string, OdMatrix>()
  function od(hour: number, dayType: DayType): OdMatrix {
    const key = `${dayType}:${hour}`
    const cached = cache.get(key)
    if (cached) return cached
    const flows: OdMatrix['flows'] = []
    const inflow = new Array<number>(n).fill(0)
    const outflow = new Array<number>(n).fill(0)
    for (let o = 0; o < n; o++) {
      for (let d = 0; d < n; d++) {
        if (o === d) continue
        const work = cell(commute.matrix, o, d) * (AM[hour] ?? 0) + cell(commute.matrix, d, o) * (PM[hour] ?? 0)
        const other =
          dayType === 'weekday'
            ? (cell(gravity, o, d) / gravityTotal) * commuters * BACKGROUND_RATIO * (BACKGROUND[hour] ?? 0)
            : ((commuters * LEISURE_RATIO) / leisureTotal) *
              (cell(leisure, o, d) * (LEISURE_OUT[hour] ?? 0) + cell(leisure, d, o) * (LEISURE_BACK[hour] ?? 0))
        const volume = Math.round(work * (dayType === 'weekday' ? 1 : WEEKEND_COMMUTE) + other)
        flows.push({ origin: commute.codes[o] ?? '', destination: commute.codes[d] ?? '', volume })
        outflow[o] = (outflow[o] ?? 0) + volume
        inflow[d] = (inflow[d] ?? 0) + volume
      }
    }
    const totals: RegionFlowTotal[] = commute.codes.map((region, i) => ({
      region,
      inflow: inflow[i] ?? 0,
      outflow: outflow[i] ?? 0,
    }))
    const result: OdMatrix = { hour, dayType, flows, totals }
    cache.set(key, result)
    return result
  }
  /** A region's trips in and out in one OD matrix; city-wide, every inter-district trip counts once each way. */
  function totalOf(m: OdMatrix, region: string | null): { inflow: number; outflow: number } {
    if (region === null) {
      const all = m.flows.reduce((a, f) => a + f.volume, 0)
      return { inflow: all, outflow: all }
    }
    const total = m.totals.find((x) => x.region === region)
    return { inflow: total?.inflow ?? 0, outflow: total?.outflow ?? 0 }
  }
  function profile(region: string | null): FlowProfile {
    const day = (dayType: DayType) => Array.from({ length: 24 }, (_, hour) => ({ hour, ...totalOf(od(hour, dayType), region) }))
    return { region, weekday: day('weekday'), weekend: day('weekend') }
  }
  function forecast(region: string | null, asOfMs: number): FlowForecast {
    const hourMs = 3_600_000
    const start = Math.ceil(asOfMs / hourMs) * hourMs
    const points: FlowForecast['points'] = []
    for (let i = 0; i < 24; i++) {
      const t = start + i * hourMs
      const { inflow, outflow } = totalOf(od(localHour(t), isWorkday(localDate(t)) ? 'weekday' : 'weekend'), region)
      // Uncertainty grows with the horizon: ±6 % at the next hour, ±15 % a day ahead (80 %).
      const spread = (0.06 + 0.004 * i) / Z80
      const band = (p50: number) => ({
        p10: Math.round(p50 * Math.exp(-Z80 * spread)),
        p50,
        p90: Math.round(p50 * Math.exp(Z80 * spread)),
      })
      points.push({ time: formatLocal(t), inflow: band(inflow), outflow: band(outflow) })
    }
    return { region, method: FLOW_FORECAST_METHOD, points }
  }

  return { od, profile, forecast }
}
