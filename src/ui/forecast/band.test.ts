import { describe, expect, it } from 'vitest'
import { bandSeries, clampBand, isHelperSeries, legendNames, plainAxisTooltip } from './band'

describe('clampBand', () => {
  it('never goes below zero, keeps upper ≥ lower and leaves gaps where a bound is missing', () => {
    const { lo, hi } = clampBand([-5, 10, null, 20], [8, 30, 4, 12])
    expect(lo).toEqual([0, 10, null, 20])
    expect(hi).toEqual([8, 30, null, 20])
  })
})

describe('bandSeries', () => {
  it('draws the band as a lower line plus a stacked difference, both helpers', () => {
    const [lo, hi] = bandSeries({ id: 'demand', lower: [-1, 10], upper: [5, 15], color: '#00f' })
    expect(lo!.data).toEqual([0, 10])
    expect(hi!.data).toEqual([5, 5])
    expect(lo!.stack).toBe(hi!.stack)
    expect(isHelperSeries(lo!.name)).toBe(true)
    expect(isHelperSeries(hi!.name)).toBe(true)
    expect(hi!.tooltip).toEqual({ show: false })
  })
  it('keeps helpers out of the legend', () => {
    const series = [{ name: '需求 p50' }, ...bandSeries({ id: 'd', lower: [1], upper: [2], color: '#000' })]
    expect(legendNames(series)).toEqual(['需求 p50'])
  })
})

describe('plainAxisTooltip', () => {
  it('lists visible series as plain text and strips rich-text braces', () => {
    const tip = plainAxisTooltip((name, v) => `${name}: ${String(v)}`)
    const text = tip.formatter([
      { axisValueLabel: '2028', seriesName: '需求{x}', value: 5 },
      { axisValueLabel: '2028', seriesName: 'band:d:lo', value: 1 },
      { axisValueLabel: '2028', seriesName: '<img src=x onerror=alert(1)>', value: 2 },
    ])
    expect(text).toBe('2028\n需求x: 5\n<img src=x onerror=alert(1)>: 2')
    expect(tip.renderMode).toBe('richText')
  })
})
