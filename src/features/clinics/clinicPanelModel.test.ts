import { describe, expect, it } from 'vitest'
import type { ClinicLoadSeries } from '@/api'
import { clinicPanelModel } from './clinicPanelModel'

const names = (c: string) => ({ zh: `${c}区`, en: c })
const s = (region: string, capacity: number, p50: number[]): ClinicLoadSeries => ({
  region,
  capacity,
  history: [{ date: '2026-11-30', visits: 500 }],
  points: p50.map((v, i) => ({ date: `2026-12-0${i + 1}`, p10: v, p50: v, p90: v })),
})
const forecast = { series: [s('a', 1000, [950, 500]), s('b', 1000, [500, 500])] }

describe('clinicPanelModel', () => {
  it('charts and judges one district, with no scenario when nothing changes it', () => {
    const m = clinicPanelModel(forecast, 'a', { b: 20 }, 0.9, names)
    expect(m.problems).toEqual([])
    expect(m.series?.region).toBe('a')
    expect(m).toMatchObject({ scenarioCapacity: null, scenarioDecision: null, flaggedDays: ['2026-12-01'] })
    expect(m.decision?.severity).toBe('act')
    expect(m.flagged).toEqual({ baseline: { days: 1, regions: null }, scenario: null })
  })

  it('sets the scenario beside the baseline and marks the scenario’s flagged days', () => {
    const m = clinicPanelModel(forecast, 'a', { a: 10 }, 0.9, names)
    expect(m.scenarioCapacity).toBeCloseTo(1100)
    expect(m.flaggedDays).toEqual([])
    expect(m.scenarioDecision?.severity).toBe('ok')
    expect(m.flagged).toEqual({ baseline: { days: 1, regions: null }, scenario: { days: 0, regions: null } })
  })

  it('sums the city, counts flagged districts and district-days, and marks days the city total crosses', () => {
    const m = clinicPanelModel(forecast, null, {}, 0.9, names)
    expect(m.series?.capacity).toBe(2000)
    expect(m.decision?.id).toBe('clinics:city')
    expect(m.flagged.baseline).toEqual({ days: 1, regions: 1 })
    expect(m.flaggedDays).toEqual([]) // 1450 of 2000 is below 90 %
    const cut = clinicPanelModel(forecast, null, { a: -50, b: -50 }, 0.9, names)
    expect(cut.scenarioCapacity).toBe(1000)
    expect(cut.flaggedDays).toEqual(['2026-12-01', '2026-12-02'])
    expect(cut.flagged.scenario).toEqual({ days: 4, regions: 2 })
  })

  it('says what is wrong and draws nothing for a missing district or faulty input', () => {
    expect(clinicPanelModel(forecast, 'zz', {}, 0.9, names)).toMatchObject({
      series: null,
      decision: null,
      problems: [{ zh: 'zz区：没有门诊负荷预测数据', en: 'zz: no clinic load forecast' }],
    })
    const inverted = s('a', 1000, [500])
    inverted.points[0] = { date: '2026-12-01', p10: 600, p50: 500, p90: 400 }
    const bad = clinicPanelModel({ series: [inverted, s('b', 1000, [500])] }, 'a', {}, 0.9, names)
    expect(bad.series).toBeNull()
    expect(bad.problems[0]?.zh).toContain('预测区间颠倒')
    // The city cannot be summed over a faulty district either.
    expect(clinicPanelModel({ series: [inverted, s('b', 1000, [500])] }, null, {}, 0.9, names).series).toBeNull()
    expect(clinicPanelModel({ series: [] }, null, {}, 0.9, names).problems).toHaveLength(1)
    expect(clinicPanelModel({ series: [s('a', 1000, [])] }, 'a', {}, 0.9, names).problems[0]?.en).toBe('a: the forecast has no points')
  })
})
