import { describe, expect, it } from 'vitest'
import { createMockDb } from './db'
import { scoreBacktest } from './backtest'

describe('backtest', () => {
  it('labels each school point with its level and carries the interval coverage80 counts', () => {
    const { points, coverage80 } = createMockDb().respond('schoolForecast', {}).data.backtest
    expect(new Set(points.map((p) => p.series))).toEqual(new Set(['primary', 'junior']))
    const inside = points.filter((p) => p.p10 !== undefined && p.p90 !== undefined && p.actual >= p.p10 && p.actual <= p.p90)
    expect(coverage80).toBeCloseTo(inside.length / points.length, 3)
  })

  it('scores mape and coverage from the points it returns', () => {
    const b = scoreBacktest([
      { issued: 2020, target: 2023, region: 'a', p10: 90, p50: 100, p90: 110, actual: 105 },
      { issued: 2020, target: 2023, region: 'b', p10: 90, p50: 100, p90: 110, actual: 125 },
    ])
    expect(b.mape).toBeCloseTo((5 / 105 + 25 / 125) / 2, 4)
    expect(b.coverage80).toBe(0.5)
    expect(b.points[0]).toMatchObject({ forecast: 100, p10: 90, p90: 110, actual: 105 })
  })
})
