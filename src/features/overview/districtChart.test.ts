import { describe, expect, it } from 'vitest'
import { districtBarOption } from './districtChart'
import { chartStyle } from '@/ui/charts/chartStyle'

const rows = [
  { code: 'a', name: 'A', value: 10 },
  { code: 'b', name: 'B', value: 30 },
  { code: 'c', name: 'C', value: 20 },
]

describe('districtBarOption', () => {
  it('ranks districts biggest first with one bar series', () => {
    const option = districtBarOption(rows, chartStyle('dark', 1), String)
    expect(option.yAxis).toMatchObject({ data: ['B', 'C', 'A'], inverse: true })
    const series = Array.isArray(option.series) ? option.series : [option.series]
    expect(series).toHaveLength(1)
    expect(series[0]).toMatchObject({ type: 'bar', data: [{ value: 30 }, { value: 20 }, { value: 10 }] })
  })
  it('mutes all but the highlighted district', () => {
    const style = chartStyle('light', 1)
    const option = districtBarOption(rows, style, String, 'c')
    const series = Array.isArray(option.series) ? option.series : [option.series]
    expect(series[0]).toMatchObject({
      data: [{ itemStyle: { color: style.muted } }, { itemStyle: { color: style.accent } }, { itemStyle: { color: style.muted } }],
    })
  })
})
