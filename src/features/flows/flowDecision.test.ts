import { describe, expect, it } from 'vitest'
import type { FlowProfile } from '@/api'
import { createMockDb } from '../../../mocks/data/db'
import {
  cityFlowDecision,
  daytimeGainRanking,
  flowDecision,
  peakPopulation,
  regionFlowDecision,
  severityOf,
  type FlowDecisionInput,
} from './flowDecision'
import { forecastOf, names, populationOf } from './flowTestData'

const AS_OF = '2026-11-23T08:00:00+08:00' // a Monday

/** 24 hours from 08:00: inflow 100k and outflow 100k but for the given net per hour index. */
function netForecast(nets: Record<number, number>, start = AS_OF) {
  const inflow = Array.from({ length: 24 }, (_, i) => 100_000 + Math.max(0, nets[i] ?? 0))
  const outflow = Array.from({ length: 24 }, (_, i) => 100_000 + Math.max(0, -(nets[i] ?? 0)))
  return forecastOf(inflow, outflow, start)
}

const pudong = (over: Partial<FlowDecisionInput> = {}): FlowDecisionInput => ({
  region: '310115',
  forecast: netForecast({ 0: 150_000, 1: 213_000, 2: 90_000, 9: -200_000, 10: -180_000 }),
  asOf: AS_OF,
  population: [populationOf('310115', 5_681_512, 6_704_184), populationOf('310112', 2_653_489, 2_300_000)],
  names,
  ...over,
})

describe('regionFlowDecision', () => {
  it('names the hours of largest net inflow, the peak, and the daytime/resident ratio', () => {
    const d = regionFlowDecision({ ...pudong(), region: '310115' })
    expect(d.topHours.map((h) => [h.hour, h.net])).toEqual([[9, 213_000], [8, 150_000], [10, 90_000]])
    expect(d.peak?.hour).toBe(9)
    expect(d.daytimeRatio).toBeCloseTo(1.18, 2)
    expect(d.severity).toBe('watch')
    expect(d.id).toBe('flows:310115')
    expect(d.text.zh).toBe(
      '浦东新区 今日 08:00–11:00 净流入最多（峰值 09:00 约 +21.3万人/时）；白天人口为常住人口的 1.18 倍，公共服务按常住人口配置',
    )
    expect(d.text.en).toBe(
      'Pudong: most net inflow today 08:00–11:00 (peak 09:00, about +213,000 people/h); daytime population is 1.18× residents, while public services are planned for residents',
    )
  })

  it('says tomorrow for hours after midnight of the as-of day, and keeps separate windows apart', () => {
    // From 20:00: index 12 is 08:00 tomorrow, index 13 09:00, index 21 17:00.
    const forecast = netForecast({ 12: 50_000, 13: 60_000, 21: 55_000 }, '2026-11-23T20:00:00+08:00')
    const d = regionFlowDecision({ ...pudong({ forecast, asOf: '2026-11-23T20:00:00+08:00' }), region: '310115' })
    expect(d.text.zh).toContain('浦东新区 明日 08:00–10:00、17:00–18:00 净流入最多（峰值 09:00 约 +6.0万人/时）')
    expect(d.text.en).toContain('most net inflow tomorrow 08:00–10:00, 17:00–18:00 (peak 09:00')
  })

  it('labels each day when the top hours span today and tomorrow', () => {
    const forecast = netForecast({ 15: 80_000, 16: 70_000, 23: 90_000 }, '2026-11-23T08:00:00+08:00')
    const d = regionFlowDecision({ ...pudong({ forecast }), region: '310115' })
    expect(d.text.zh).toContain('今日 23:00–24:00、明日 00:00–01:00、07:00–08:00 净流入最多（峰值 明日 07:00')
  })

  it('says honestly when no hour has net inflow', () => {
    const forecast = netForecast(Object.fromEntries(Array.from({ length: 24 }, (_, i) => [i, -1000 - i])))
    const d = regionFlowDecision({ ...pudong({ forecast }), region: '310112' })
    expect(d.topHours).toEqual([])
    expect(d.peak).toBeNull()
    expect(d.noForecast).toBe(false)
    expect(d.daytimeRatio).toBeCloseTo(0.867, 3)
    expect(d.severity).toBe('surplus')
    expect(d.text.zh).toBe('闵行区 未来24小时没有净流入的时段（每小时流出都不少于流入）；白天人口为常住人口的 0.87 倍，白天离开的多于到来的')
    expect(d.text.en).toContain('Minhang: no hour in the next 24 with net inflow')
  })

  it('breaks ties by time: the earlier hour ranks first and is the peak', () => {
    const d = regionFlowDecision({ ...pudong({ forecast: netForecast({ 5: 40_000, 2: 40_000, 3: 10_000, 20: 40_000 }) }), region: '310115' })
    expect(d.topHours.map((h) => h.hour)).toEqual([10, 13, 4])
    expect(d.peak?.hour).toBe(10)
  })

  it('treats an empty, missing or inconsistent forecast as no forecast, and still reports the population', () => {
    const empty = { ...netForecast({}), points: [] }
    const inverted = netForecast({ 1: 5000 })
    const p = inverted.points[3]
    if (p) p.inflow = { p10: 120_000, p50: 100_000, p90: 90_000 }
    for (const forecast of [empty, null, inverted]) {
      const d = regionFlowDecision({ ...pudong({ forecast }), region: '310115' })
      expect([d.noForecast, d.peak, d.topHours.length, d.peakPopulation]).toEqual([true, null, 0, null])
      expect(d.text.zh).toBe('浦东新区 暂无可用的流动预测；白天人口为常住人口的 1.18 倍，公共服务按常住人口配置')
      expect(d.text.en).toMatch(/^Pudong: no usable flow forecast; daytime population is 1\.18×/)
    }
    const nothing = regionFlowDecision({ ...pudong({ forecast: null, population: null }), region: '310115' })
    expect([nothing.text.zh, nothing.severity]).toEqual(['浦东新区 暂无可用的流动预测', 'watch'])
  })
})

describe('peakPopulation', () => {
  const profile = (net: (hour: number) => number, weekendNet = net): FlowProfile => {
    const day = (f: (hour: number) => number) =>
      Array.from({ length: 24 }, (_, hour) => ({ hour, inflow: 1000 + Math.max(0, f(hour)), outflow: 1000 + Math.max(0, -f(hour)) }))
    return { region: '310115', weekday: day(net), weekend: day(weekendNet) }
  }
  const at = (start: string, nets: Record<number, number>, daytime = 10_500) => ({
    region: '310115',
    forecast: netForecast(nets, start),
    asOf: start,
    population: [populationOf('310115', 10_000, daytime)],
    names,
  })

  it('starts from the residents at midnight when the forecast starts at 00:00', () => {
    const d = regionFlowDecision(at('2026-11-24T00:00:00+08:00', { 7: 300, 8: 500, 9: -100, 17: -700 }))
    expect(d.peakPopulation?.value).toBe(10_800)
    expect(d.peakPopulation?.after.hour).toBe(8)
    expect(d.peakPopulation?.ratio).toBeCloseTo(1.08, 5)
  })

  it('places the population at a later start with the typical day of that weekday, or leaves it out', () => {
    const base = at(AS_OF, { 0: 400, 1: 100, 2: -300 }, 11_000) // Monday 08:00, 09:00, 10:00
    // Weekday profile: +200 at 06:00 and +300 at 07:00 before the forecast starts; weekend ignored.
    const weekday = profile((h) => (h === 6 ? 200 : h === 7 ? 300 : 0), () => -999)
    const d = regionFlowDecision({ ...base, profile: weekday })
    expect(d.peakPopulation?.value).toBe(10_000 + 500 + 400 + 100)
    expect(d.peakPopulation?.after.hour).toBe(9)
    expect(d.text.zh).toContain('白天人口为常住人口的 1.10 倍，预计 今日 10:00 前后达 1.1万人，公共服务按常住人口配置')
    expect(d.text.en).toContain('daytime population is 1.10× residents, about 11,000 around today 10:00, while')
    expect(regionFlowDecision({ ...base, profile: null }).peakPopulation).toBeNull()
    expect(regionFlowDecision({ ...base, profile: { ...weekday, region: '310112' } }).peakPopulation).toBeNull()
    const broken = { ...weekday, weekday: [...weekday.weekday].reverse() }
    expect(regionFlowDecision({ ...base, profile: broken }).peakPopulation).toBeNull()
  })

  it('uses the weekend profile on a Saturday', () => {
    const d = regionFlowDecision({ ...at('2026-11-28T08:00:00+08:00', { 0: 100 }), profile: profile(() => -999, (h) => (h === 7 ? 50 : 0)) })
    expect(d.peakPopulation?.value).toBe(10_150)
  })

  it('needs residents and hours', () => {
    expect(peakPopulation([], 10_000, '310115', null)).toBeNull()
    const d = regionFlowDecision(at('2026-11-24T00:00:00+08:00', { 1: 100 }))
    expect(peakPopulation(d.topHours, 0, '310115', null)).toBeNull()
  })
})

describe('severity', () => {
  it('acts from 1.2× residents, watches from 1.05×, flags room at 0.9× and below', () => {
    expect([1.3, 1.2, 1.1, 1.05, 1, 0.91, 0.9, 0.5, null].map(severityOf)).toEqual([
      'act', 'act', 'watch', 'watch', 'ok', 'ok', 'surplus', 'surplus', 'watch',
    ])
  })
})

describe('city-wide', () => {
  const population = [
    populationOf('310112', 2_653_489, 2_300_000),
    populationOf('310101', 662_030, 1_100_000),
    populationOf('310106', 975_707, 1_300_000),
    populationOf('310115', 5_681_512, 6_004_184),
  ]
  const city = (over: Partial<FlowDecisionInput> = {}): FlowDecisionInput => ({
    region: null,
    forecast: forecastOf(Array.from({ length: 24 }, (_, i) => (i === 1 ? 1_200_000 : 300_000 + i)), Array.from({ length: 24 }, () => 0), AS_OF, null),
    asOf: AS_OF,
    population,
    names,
    ...over,
  })

  it('ranks districts by daytime gain, ties by ratio then code', () => {
    expect(daytimeGainRanking(population).map((g) => g.region)).toEqual(['310101', '310106', '310115', '310112'])
    const tied = [populationOf('310106', 1000, 1500), populationOf('310101', 500, 1000), populationOf('310112', 1000, 1500)]
    expect(daytimeGainRanking(tied).map((g) => g.region)).toEqual(['310101', '310106', '310112'])
  })

  it('names the districts that gain most by day and the busiest hour', () => {
    const d = flowDecision(city())
    expect(d.region).toBeNull()
    expect(d.id).toBe('flows:city')
    expect(d.severity).toBe('act') // Huangpu 1.66×
    // The highest ratio decides, even when another district gains more people.
    const pudongFirst = [populationOf('310115', 5_000_000, 5_400_000), populationOf('310101', 600_000, 780_000)]
    expect(cityFlowDecision(city({ population: pudongFirst })).severity).toBe('act')
    expect(d.text.zh).toBe(
      '全市白天人口增加最多：黄浦区 +43.8万（1.66 倍）、静安区 +32.4万（1.33 倍）、浦东新区 +32.3万（1.06 倍）；今日 09:00 跨区出行最多（约 120.0万人次/时）',
    )
    expect(d.text.en).toBe(
      "Largest daytime gains: Huangpu +437,970 (1.66×), Jing'an +324,293 (1.33×), Pudong +322,672 (1.06×); busiest hour for cross-district trips today 09:00 (about 1.20 M trips/h)",
    )
  })

  it('says so when no district gains by day, and copes without forecast or population', () => {
    const losing = [populationOf('310112', 1000, 900), populationOf('310101', 1000, 1000)]
    const d = cityFlowDecision(city({ population: losing, forecast: null }))
    expect([d.text.zh, d.text.en, d.severity]).toEqual(['全市没有白天人口多于常住人口的区', 'No district has more people by day than residents', 'ok'])
    const noPop = cityFlowDecision(city({ population: null }))
    expect(noPop.text.zh).toBe('全市今日 09:00 跨区出行最多（约 120.0万人次/时）')
    expect(noPop.text.en).toBe('Busiest hour for cross-district trips today 09:00 (about 1.20 M trips/h)')
    expect(cityFlowDecision(city({ population: null, forecast: null })).text.zh).toBe('全市暂无可用的流动数据')
  })
})

describe('on the mock city', () => {
  const db = createMockDb()
  const population = db.respond('population', {}).data.regions
  const input = (region: string): FlowDecisionInput => ({
    region,
    forecast: db.respond('flowForecast', { region }).data,
    asOf: db.asOf,
    population,
    profile: db.respond('flowProfile', { region }).data,
    names,
  })

  it('sends people into Pudong in the morning rush and peaks near the daytime population', () => {
    const d = regionFlowDecision({ ...input('310115'), region: '310115' })
    // 08:00 and 09:00 today, and 07:00 tomorrow (a Tuesday): the forecast ends at 07:00.
    expect(d.topHours.map((h) => [h.day, h.hour])).toEqual([[0, 8], [1, 7], [0, 9]])
    expect(d.text.zh).toMatch(/^浦东新区 今日 08:00–10:00、明日 07:00–08:00 净流入最多（峰值 今日 08:00 约 \+12\.0万人\/时）/)
    const daytime = population.find((r) => r.code === '310115')?.daytime ?? 0
    // The peak counts weekday background and commute trips; the daytime figure counts commuters at work.
    expect(Math.abs((d.peakPopulation?.value ?? 0) / daytime - 1)).toBeLessThan(0.03)
  })

  it('finds no morning net inflow in a commuter suburb', () => {
    const d = regionFlowDecision({ ...input('310112'), region: '310112' })
    expect(d.topHours.every((h) => h.hour >= 12)).toBe(true) // Minhang gains only as commuters come home
    expect(d.daytimeRatio ?? 1).toBeLessThan(1)
  })
})
