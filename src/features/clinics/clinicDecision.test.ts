import { describe, expect, it } from 'vitest'
import type { ClinicLoadSeries } from '@/api'
import { cityClinicDecision, clinicDecision, rankClinicDecisions } from './clinicDecision'

const names = (code: string) => ({ zh: `${code}区`, en: code.toUpperCase() })

/** A series from p50 loads (p10/p90 at ∓/± spread), days from 2026-12-01. */
function series(region: string, capacity: number, p50: number[], spread = 0.1): ClinicLoadSeries {
  return {
    region,
    capacity,
    history: [{ date: '2026-11-30', visits: 500 }],
    points: p50.map((v, i) => ({
      date: `2026-12-${String(i + 1).padStart(2, '0')}`,
      p10: Math.round(v * (1 - spread)),
      p50: v,
      p90: Math.round(v * (1 + spread)),
    })),
  }
}

describe('clinicDecision', () => {
  it('says ok honestly when load never crosses the threshold, with the peak for context', () => {
    const d = clinicDecision(series('mh', 1000, [500, 700, 800], 0), 0.9, names)
    expect(d).toMatchObject({ severity: 'ok', count: 0, firstDay: null, flaggedDays: [], id: 'clinics:mh', region: 'mh' })
    expect(d.peak).toEqual({ date: '2026-12-03', load: 800, share: 0.8 })
    expect(d.text.zh).toBe('mh区：未来 3 天门诊负荷均低于容量 90%（峰值 12月3日 80%）')
    expect(d.text.en).toBe('MH: clinic load stays below 90 % of capacity on all of the next 3 days (peak 80 % on 3 Dec)')
  })

  it('flags only loads strictly above threshold × capacity', () => {
    const d = clinicDecision(series('mh', 1000, [900, 901], 0), 0.9, names)
    expect(d.flaggedDays).toEqual(['2026-12-02'])
  })

  it('flags from the first day, with the count, first day and peak', () => {
    const d = clinicDecision(series('mh', 1000, [950, 1040, 800, 920], 0), 0.9, names)
    expect(d).toMatchObject({ severity: 'act', count: 3, firstDay: '2026-12-01', flaggedDays: ['2026-12-01', '2026-12-02', '2026-12-04'] })
    expect(d.peak).toEqual({ date: '2026-12-02', load: 1040, share: 1.04 })
    expect(d.text.zh).toBe('mh区：未来 4 天中 3 天门诊负荷超过容量 90%，首日 2026-12-01，峰值 12月2日 104%')
    expect(d.text.en).toBe('MH: clinic load above 90 % of capacity on 3 of the next 4 days, first on 1 Dec 2026; peak 104 % on 2 Dec')
  })

  it('catches a single spike', () => {
    const d = clinicDecision(series('mh', 1000, [500, 500, 980, 500], 0), 0.9, names)
    expect(d).toMatchObject({ severity: 'act', count: 1, firstDay: '2026-12-03', flaggedDays: ['2026-12-03'] })
  })

  it('reports the high case (p90) beside the median, and watches when only p90 crosses', () => {
    const both = clinicDecision(series('mh', 1000, [850, 920, 850], 0.1), 0.9, names)
    expect(both.severity).toBe('act')
    expect(both.risk).toMatchObject({ count: 3, firstDay: '2026-12-01', peak: { date: '2026-12-02', load: 1012 } })
    expect(both.text.en).toContain('; 3 days in the high case (P90)')
    const onlyRisk = clinicDecision(series('mh', 1000, [850, 800], 0.1), 0.9, names)
    expect(onlyRisk).toMatchObject({ severity: 'watch', count: 0, risk: { count: 1, firstDay: '2026-12-01' } })
    expect(onlyRisk.text.zh).toBe('mh区：中位预测未超过容量 90%，但高情景（P90）下 1 天超过，首日 2026-12-01，峰值 12月1日 94%')
  })

  it('uses the threshold it is given, in the text too', () => {
    const d = clinicDecision(series('mh', 1000, [860], 0), 0.85, names)
    expect(d.count).toBe(1)
    expect(d.text.zh).toContain('超过容量 85%')
  })

  it('gives a clear result instead of numbers for a capacity of zero or missing points', () => {
    const zero = clinicDecision(series('mh', 0, [500]), 0.9, names)
    expect(zero).toMatchObject({ severity: 'watch', count: 0, peak: null, risk: { count: 0 } })
    expect(zero.problems.map((p) => p.code)).toEqual(['noCapacity'])
    expect(zero.text.zh).toBe('mh区：门诊预测数据有误，无法判断负荷——缺少日接诊能力（为 0 或缺失）')
    expect(zero.text.en).toBe('MH: the clinic forecast is faulty, so load cannot be judged: daily capacity is missing or zero')
    const missing = clinicDecision({ ...series('mh', 1000, [500]), capacity: Number.NaN }, 0.9, names)
    expect(missing.problems.map((p) => p.code)).toEqual(['noCapacity'])
    const empty = clinicDecision(series('mh', 1000, []), 0.9, names)
    expect(empty).toMatchObject({ severity: 'watch', horizonDays: 0, peak: null })
    expect(empty.text.en).toContain('the forecast has no points')
  })
})

describe('ranking and the city line', () => {
  const all = [
    series('a', 1000, [500, 500, 500], 0), // ok
    series('b', 1000, [950, 500, 500], 0), // 1 day
    series('c', 1000, [950, 960, 500], 0), // 2 days
    series('d', 1000, [850, 850, 850], 0.1), // p90 only
  ]

  it('ranks by severity, then flagged days', () => {
    expect(rankClinicDecisions(all, 0.9, names).map((d) => d.region)).toEqual(['c', 'b', 'd', 'a'])
  })

  it('says how many districts cross and names the worst', () => {
    const city = cityClinicDecision(all, 0.9, names)
    expect(city).toMatchObject({ id: 'clinics:city', region: null, severity: 'act', flaggedRegions: 2, riskRegions: 3 })
    expect(city.text.zh).toBe('全市 4 个区中 2 个区未来 3 天有门诊负荷超过容量 90% 的日子，最多：c区 2 天（首日 2026-12-01）')
    expect(city.text.en).toBe('2 of 4 districts have days above 90 % of clinic capacity in the next 3 days; most: C, 2 days (first 1 Dec 2026)')
  })

  it('watches when only the high case crosses, is ok when nothing does, and leaves faulty districts out', () => {
    const risk = cityClinicDecision([all[0], all[3]].filter((s) => s !== undefined), 0.9, names)
    expect(risk).toMatchObject({ severity: 'watch', flaggedRegions: 0, riskRegions: 1 })
    const ok = cityClinicDecision([series('a', 1000, [500], 0)], 0.9, names)
    expect(ok.severity).toBe('ok')
    expect(ok.text.en).toBe('All districts stay below 90 % of clinic capacity over the next 1 day')
    const withBad = cityClinicDecision([series('a', 1000, [500], 0), series('z', 0, [500], 0)], 0.9, names)
    expect(withBad.severity).toBe('watch')
    expect(withBad.text.zh).toBe('全市各区未来 1 天门诊负荷均低于容量 90%（1 个区数据有误，未计入）')
    expect(cityClinicDecision([], 0.9, names).severity).toBe('watch')
  })
})
