import { describe, expect, it } from 'vitest'
import type { ClinicLoadSeries } from '@/api'
import { cityClinicSeries, problemText, validateClinicSeries } from './clinicSeries'

const good = (region = 'a', capacity = 1000): ClinicLoadSeries => ({
  region,
  capacity,
  history: [
    { date: '2026-11-21', visits: 600 },
    { date: '2026-11-22', visits: 300 },
  ],
  points: [
    { date: '2026-11-24', p10: 500, p50: 600, p90: 700 },
    { date: '2026-11-25', p10: 520, p50: 620, p90: 720 },
  ],
})
const codes = (s: ClinicLoadSeries) => validateClinicSeries(s).map((p) => p.code)

describe('validateClinicSeries', () => {
  it('passes a good series, a gap between history and forecast included', () => {
    expect(validateClinicSeries(good())).toEqual([])
    expect(validateClinicSeries({ ...good(), history: [] })).toEqual([])
  })

  it('finds a forecast with no points', () => {
    expect(codes({ ...good(), points: [] })).toEqual(['noPoints'])
  })

  it('finds a missing or zero capacity', () => {
    expect(codes(good('a', 0))).toEqual(['noCapacity'])
    expect(codes(good('a', Number.NaN))).toEqual(['noCapacity'])
    expect(codes(good('a', -5))).toEqual(['noCapacity'])
  })

  it('finds p10 > p90 (and a median outside its band) with the first date', () => {
    const s = good()
    s.points[1] = { date: '2026-11-25', p10: 800, p50: 620, p90: 720 }
    expect(validateClinicSeries(s)).toEqual([{ code: 'bandInverted', region: 'a', date: '2026-11-25' }])
    s.points[0] = { date: '2026-11-24', p10: 500, p50: 750, p90: 700 }
    expect(validateClinicSeries(s)[0]?.date).toBe('2026-11-24')
  })

  it('finds dates out of order, repeated, or a forecast that starts inside the history', () => {
    const swapped = good()
    swapped.points.reverse()
    expect(validateClinicSeries(swapped)).toEqual([{ code: 'datesOutOfOrder', region: 'a', date: '2026-11-24' }])
    const repeated = good()
    repeated.history[1] = { date: '2026-11-21', visits: 1 }
    expect(codes(repeated)).toEqual(['datesOutOfOrder'])
    const overlap = good()
    overlap.history.push({ date: '2026-11-24', visits: 1 })
    expect(codes(overlap)).toEqual(['datesOutOfOrder'])
  })

  it('reports several problems at once', () => {
    expect(codes({ ...good('a', 0), points: [] })).toEqual(['noPoints', 'noCapacity'])
  })

  it('words a problem in both languages', () => {
    const names = (c: string) => ({ zh: `${c}区`, en: c })
    expect(problemText({ code: 'bandInverted', region: 'a', date: '2026-11-25' }, names)).toEqual({
      zh: 'a区：预测区间颠倒（p10 > p50 或 p50 > p90），首见 2026-11-25',
      en: 'a: the forecast interval is inverted (p10 above p50 or p50 above p90), first at 2026-11-25',
    })
  })
})

describe('cityClinicSeries', () => {
  it('sums capacity, visits and quantiles by date', () => {
    const out = cityClinicSeries([good('a', 1000), good('b', 500)])
    expect(out?.problems).toEqual([])
    expect(out?.series.capacity).toBe(1500)
    expect(out?.series.history.map((h) => h.visits)).toEqual([1200, 600])
    expect(out?.series.points[1]).toEqual({ date: '2026-11-25', p10: 1040, p50: 1240, p90: 1440 })
  })

  it('refuses to sum districts with faulty series or different dates', () => {
    expect(cityClinicSeries([good('a'), good('b', 0)])?.problems.map((p) => p.region)).toEqual(['b'])
    const shifted = good('c')
    shifted.points = shifted.points.slice(1)
    expect(cityClinicSeries([good('a'), shifted])?.problems).toEqual([{ code: 'regionsMisaligned', region: 'c' }])
    expect(cityClinicSeries([])).toBeNull()
  })
})
