/**
 * Daily outpatient load per region: the level of the last 28 days (deseasonalised) carried
 * forward with the weekly rhythm, the winter flu bump and holidays; 80 % interval widening with
 * the horizon and in flu season. The backtest reruns the same method from past days.
 */
import type { ClinicForecast, ClinicLoadSeries } from '../../src/api/contract'
import { addDays, daysBetween } from './calendar'
import { scoreBacktest, type ScoredPoint } from './backtest'
import { dayFactor, fluFactor, type ClinicWorld, type RegionLoad } from './clinics'
import { Z80 } from './math'

const LEVEL_WINDOW = 28
export const FORECAST_DAYS = 90
/** Observed days served as history: a full quarter, to set the forecast quarter against. */
export const HISTORY_DAYS = 90
const BACKTEST_ISSUES_AGO = [8, 15, 22, 29, 36, 43]
const BACKTEST_HORIZONS = [1, 7, 14]

function levelAt(r: RegionLoad, index: number): number {
  let total = 0
  let n = 0
  for (let j = Math.max(0, index - LEVEL_WINDOW + 1); j <= index; j++) {
    total += (r.visits[j] ?? 0) / dayFactor(r.days[j] ?? '')
    n++
  }
  return n ? total / n : 0
}

function predict(level: number, lastDay: string, date: string) {
  const h = daysBetween(lastDay, date)
  const p50 = level * dayFactor(date)
  const spread = 0.06 + 0.0012 * h + 0.25 * (fluFactor(date) - 1)
  return {
    p10: Math.round(p50 * Math.exp(-Z80 * spread)),
    p50: Math.round(p50),
    p90: Math.round(p50 * Math.exp(Z80 * spread)),
  }
}

export interface RegionForecast {
  series: ClinicLoadSeries
  backtest: ScoredPoint[]
}

export function forecastRegion(r: RegionLoad, today: string): RegionForecast {
  const last = r.days.length - 1
  const lastDay = r.days[last] ?? addDays(today, -1)
  const level = levelAt(r, last)
  const points = Array.from({ length: FORECAST_DAYS }, (_, i) => {
    const date = addDays(today, i + 1)
    return { date, ...predict(level, lastDay, date) }
  })
  const from = Math.max(0, r.days.length - HISTORY_DAYS)
  const history = r.days.slice(from).map((date, i) => ({ date, visits: r.visits[from + i] ?? 0 }))
  const backtest: ScoredPoint[] = []
  for (const ago of BACKTEST_ISSUES_AGO) {
    const issue = last - ago + 1
    const issued = r.days[issue]
    if (!issued || issue < LEVEL_WINDOW - 1) continue
    const lvl = levelAt(r, issue)
    for (const h of BACKTEST_HORIZONS) {
      const target = issue + h
      const date = r.days[target]
      if (target > last || !date) continue
      backtest.push({ issued, target: date, region: r.code, actual: r.visits[target] ?? 0, ...predict(lvl, issued, date) })
    }
  }
  return { series: { region: r.code, capacity: r.capacity, history, points }, backtest }
}

export const CLINIC_METHOD: ClinicForecast['method'] = {
  name: { zh: '季节水平法（周规律 × 冬季流感 × 节假日）', en: 'Seasonal level model (weekly × winter flu × holidays)' },
  description: {
    zh: '以近28天去季节化门诊量为水平，乘以星期系数、冬季流感系数（12月–2月，1月上旬最高）与节假日系数；区间随预测天数及流感季加宽。',
    en:
      'Level = mean of the last 28 days with weekly, flu and holiday effects removed; the forecast multiplies it back by ' +
      'the weekday factor, the winter flu factor (December–February, highest in early January) and a holiday factor. ' +
      'The interval widens with the horizon and in flu season.',
  },
}

export function buildClinicForecast(world: ClinicWorld, today: string, region?: string): ClinicForecast {
  const chosen = world.regions.filter((r) => !region || r.code === region).map((r) => forecastRegion(r, today))
  return {
    method: CLINIC_METHOD,
    series: chosen.map((c) => c.series),
    backtest: scoreBacktest(chosen.flatMap((c) => c.backtest)),
  }
}
