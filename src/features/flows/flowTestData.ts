/** Fixtures for the flows room's tests: forecasts and populations built from plain numbers. */
import type { FlowForecast, RegionPopulation } from '@/api'
import type { RegionNames } from '@/ui/forecast/decision'

const HOUR_MS = 3_600_000
const OFFSET_MS = 8 * HOUR_MS

/** "…T08:00:00+08:00" for an instant, as the API writes Shanghai times. */
export function shanghaiTime(ms: number): string {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`
}

/** A forecast from p50 inflow and outflow per hour (bands ±10 %), hourly from `start`. */
export function forecastOf(inflow: readonly number[], outflow: readonly number[], start = '2026-11-23T08:00:00+08:00', region: string | null = '310115'): FlowForecast {
  const t0 = Date.parse(start)
  const band = (p50: number) => ({ p10: Math.round(p50 * 0.9), p50, p90: Math.round(p50 * 1.1) })
  return {
    region,
    method: { name: { zh: '测试', en: 'test' }, description: { zh: '测试', en: 'test' } },
    points: inflow.map((v, i) => ({ time: shanghaiTime(t0 + i * HOUR_MS), inflow: band(v), outflow: band(outflow[i] ?? 0) })),
  }
}

export function populationOf(code: string, residents: number, daytime: number): RegionPopulation {
  return {
    code,
    residents,
    daytime,
    areaKm2: 100,
    ageBands: { '0-5': 0, '6-10': 0, '11-14': 0, '15-59': residents, '60+': 0 },
    age65plus: 0,
  }
}

const NAMES: Record<string, [string, string]> = {
  '310101': ['黄浦区', 'Huangpu'],
  '310112': ['闵行区', 'Minhang'],
  '310115': ['浦东新区', 'Pudong'],
  '310106': ['静安区', "Jing'an"],
}
export const names: RegionNames = (code) => {
  const n = NAMES[code]
  return n ? { zh: n[0], en: n[1] } : { zh: code, en: code }
}
