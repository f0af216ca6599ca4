import { describe, expect, it } from 'vitest'
import { accuracyByHorizon, bandVerdict, overallCoverage, yearHorizonBucket, type BacktestPoint } from './accuracy'

const pt = (issued: number, target: number, forecast: number, actual: number, band?: [number, number]): BacktestPoint => ({
  issued: String(issued),
  target: String(target),
  region: '1',
  forecast,
  actual,
  ...(band ? { p10: band[0], p90: band[1] } : {}),
})

describe('accuracyByHorizon', () => {
  const points = [
    pt(2020, 2021, 110, 100, [90, 120]), // 10 %, inside
    pt(2020, 2022, 80, 100, [70, 90]), // 20 %, outside
    pt(2020, 2023, 130, 100, [120, 140]), // 30 %, outside
    pt(2019, 2023, 100, 100, [90, 110]), // 0 %, inside (4 years ahead → 3+)
    pt(2020, 2021, 5, 0), // actual 0: no APE, no band
  ]
  it('groups by 1, 2, 3+ years ahead with MAPE and coverage per bucket', () => {
    const rows = accuracyByHorizon(points, yearHorizonBucket)
    expect(rows.map((r) => r.bucket)).toEqual(['1', '2', '3+'])
    expect(rows[0]).toMatchObject({ n: 2, coverage: 1 })
    expect(rows[0]!.mape).toBeCloseTo(0.1)
    expect(rows[1]).toMatchObject({ n: 1, coverage: 0 })
    expect(rows[2]!.mape).toBeCloseTo(0.15)
    expect(rows[2]!.coverage).toBe(0.5)
  })
  it('drops points whose bucket is null and reports no coverage without bands', () => {
    expect(accuracyByHorizon([pt(2021, 2021, 1, 1)], yearHorizonBucket)).toEqual([])
    expect(accuracyByHorizon([pt(2020, 2021, 1, 2)], () => 'x')[0]!.coverage).toBeNull()
    expect(overallCoverage(points)).toBe(0.5)
  })
})

describe('bandVerdict', () => {
  it('flags bands that hold far fewer or far more than 80 % of actuals', () => {
    expect(bandVerdict(0.8)).toBe('ok')
    expect(bandVerdict(0.72)).toBe('ok')
    expect(bandVerdict(0.55)).toBe('tooNarrow')
    expect(bandVerdict(1)).toBe('tooWide')
    expect(bandVerdict(null)).toBe('unknown')
  })
})
