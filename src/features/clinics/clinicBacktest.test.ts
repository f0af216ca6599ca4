import { describe, expect, it } from 'vitest'
import { byHorizon, dayHorizonBucket } from './clinicBacktest'

const p = (issued: string, target: string) => ({ issued, target, region: 'a', forecast: 1, actual: 1 })

describe('dayHorizonBucket', () => {
  it('buckets days between issue and target', () => {
    expect(dayHorizonBucket(p('2026-11-15', '2026-11-16'))).toBe('1')
    expect(dayHorizonBucket(p('2026-11-15', '2026-11-22'))).toBe('2-7')
    expect(dayHorizonBucket(p('2026-11-15', '2026-11-29'))).toBe('8-14')
    expect(dayHorizonBucket(p('2026-11-01', '2026-12-01'))).toBe('15-30')
    expect(dayHorizonBucket(p('2026-11-01', '2027-01-30'))).toBe('31-90')
    expect(dayHorizonBucket(p('2026-01-01', '2026-12-01'))).toBe('91+')
  })

  it('crosses month and year ends, and drops bad or backward dates', () => {
    expect(dayHorizonBucket(p('2026-12-31', '2027-01-01'))).toBe('1')
    expect(dayHorizonBucket(p('2026-12-02', '2026-12-01'))).toBeNull()
    expect(dayHorizonBucket(p('2026', '2027'))).toBeNull()
    expect(dayHorizonBucket(p('x', '2026-12-01'))).toBeNull()
  })
})

describe('byHorizon', () => {
  it('orders points nearest horizon first without touching the scores', () => {
    const b = { points: [p('2026-11-01', '2026-11-15'), p('2026-11-01', '2026-11-02')], mape: 0.1, coverage80: 0.8 }
    const out = byHorizon(b)
    expect(out.points.map((x) => x.target)).toEqual(['2026-11-02', '2026-11-15'])
    expect(out).toMatchObject({ mape: 0.1, coverage80: 0.8 })
    expect(b.points[0]?.target).toBe('2026-11-15')
  })
})
