import { describe, expect, it } from 'vitest'
import type { LineSeriesOption } from 'echarts/charts'
import type { ClinicLoadSeries } from '@/api'
import { chartStyle } from '@/ui/charts/chartStyle'
import { isHelperSeries } from '@/ui/forecast'
import { clinicLoadOption, clinicLoadTable, legendRows, monthTick, timeline, type ClinicChartInput } from './clinicLoadChart'

const labels = {
  observed: 'observed',
  forecast: 'forecast',
  capacity: 'capacity',
  threshold: 'threshold',
  scenarioCapacity: 'scenario capacity',
  scenarioThreshold: 'scenario threshold',
  flagged: 'flagged',
  forecastStart: 'forecast →',
  date: 'date',
  p10: 'p10',
  p90: 'p90',
  yes: 'yes',
}

// History to 30 Nov, a one-day gap (today, 1 Dec), forecast from 2 Dec.
const series: ClinicLoadSeries = {
  region: 'a',
  capacity: 1000,
  history: [
    { date: '2026-11-29', visits: 500 },
    { date: '2026-11-30', visits: 900 },
  ],
  points: [
    { date: '2026-12-02', p10: 800, p50: 950, p90: 1100 },
    { date: '2026-12-03', p10: 600, p50: 700, p90: 800 },
  ],
}

const input = (over: Partial<ClinicChartInput> = {}): ClinicChartInput => ({
  series,
  scenarioCapacity: null,
  threshold: 0.9,
  flaggedDays: ['2026-12-02'],
  labels,
  style: chartStyle('light', 12),
  locale: 'en',
  formatValue: (n) => String(n),
  formatAxis: (n) => `${n / 1000}k`,
  ...over,
})

const byName = (o: ReturnType<typeof clinicLoadOption>, name: string) =>
  (o.series as LineSeriesOption[]).find((s) => s.name === name)

describe('clinicLoadOption', () => {
  it('lays history and forecast on one daily axis, leaving the unobserved day blank', () => {
    const o = clinicLoadOption(input())
    expect(timeline(series)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'])
    expect(byName(o, 'observed')?.data).toEqual([500, 900, null, null, null])
    expect(byName(o, 'forecast')?.data).toEqual([null, null, null, 950, 700])
  })

  it('draws the p10–p90 band as hidden helpers and keeps them out of the legend', () => {
    const o = clinicLoadOption(input())
    const helpers = (o.series as LineSeriesOption[]).filter((s) => isHelperSeries(s.name))
    expect(helpers).toHaveLength(2)
    expect(helpers[0]?.data).toEqual([null, null, null, 800, 600])
    expect(helpers[1]?.data).toEqual([null, null, null, 300, 200])
    const legend = o.legend as { data: string[] }
    expect(legend.data).toEqual(['observed', 'forecast', 'capacity', 'threshold', 'flagged'])
  })

  it('draws capacity and threshold across the whole axis, marks where the forecast starts and the flagged days', () => {
    const o = clinicLoadOption(input())
    expect(byName(o, 'capacity')?.data).toEqual([1000, 1000, 1000, 1000, 1000])
    expect(byName(o, 'threshold')?.data).toEqual([900, 900, 900, 900, 900])
    expect(byName(o, 'flagged')?.data).toEqual([null, null, null, 950, null])
    const mark = byName(o, 'forecast')?.markLine as { data: { xAxis: string }[] }
    expect(mark.data).toEqual([{ xAxis: '2026-12-02' }])
  })

  it('adds the scenario capacity and threshold only when a scenario moves them', () => {
    const o = clinicLoadOption(input({ scenarioCapacity: 1100 }))
    expect(byName(o, 'scenario capacity')?.data).toEqual([1100, 1100, 1100, 1100, 1100])
    expect(byName(o, 'scenario threshold')?.data?.[0]).toBeCloseTo(990)
    expect(byName(clinicLoadOption(input()), 'scenario capacity')).toBeUndefined()
  })

  it('tooltips list visible series as plain exact text, the flagged mark by name; the axis is compact', () => {
    const o = clinicLoadOption(input())
    const tip = o.tooltip as { formatter: (p: unknown) => string; renderMode: string }
    expect(tip.renderMode).toBe('richText')
    const text = tip.formatter([
      { axisValueLabel: '2026-12-02', seriesName: 'forecast', value: 950 },
      { axisValueLabel: '2026-12-02', seriesName: 'band:load:lo', value: 800 },
      { axisValueLabel: '2026-12-02', seriesName: 'observed', value: null },
      { axisValueLabel: '2026-12-02', seriesName: 'flagged', value: 950 },
    ])
    expect(text).toBe('2026-12-02\nforecast: 950\nflagged')
    const axis = o.yAxis as { axisLabel: { formatter: (v: number) => string } }
    expect(axis.axisLabel.formatter(40000)).toBe('40k')
  })
})

describe('legendRows', () => {
  it('wraps the legend by estimated text width, so the grid can clear it', () => {
    expect(legendRows(['实际门诊', '预测中位数'], 12, 560)).toBe(1)
    // Each item: 14 icon + 5 gap + 10 × 12 text = 139, +10 between: three fit in 560 (437), a fourth wraps (586).
    expect(legendRows(Array(3).fill('一二三四五六七八九十'), 12, 560)).toBe(1)
    expect(legendRows(Array(4).fill('一二三四五六七八九十'), 12, 560)).toBe(2)
    expect(legendRows(Array(7).fill('一二三四五六七八九十'), 12, 560)).toBe(3)
    expect(legendRows([], 12)).toBe(1)
  })

  it('moves the grid down when the legend wraps', () => {
    const top = (o: ReturnType<typeof clinicLoadOption>) => (o.grid as { top: number }).top
    expect(top(clinicLoadOption(input({ scenarioCapacity: 1100, labels: { ...labels, scenarioCapacity: 'x'.repeat(80) } })))).toBeGreaterThan(
      top(clinicLoadOption(input())),
    )
  })
})

describe('monthTick', () => {
  it('names the month, with the year on January and where asked', () => {
    expect(monthTick('2026-12-01', 'zh-CN', false)).toBe('12月')
    expect(monthTick('2027-01-01', 'zh-CN', false)).toBe('2027年1月')
    expect(monthTick('2026-12-01', 'en', false)).toBe('Dec')
    expect(monthTick('2026-09-01', 'en', true)).toBe('Sep 2026')
  })
})

describe('clinicLoadTable', () => {
  it('has a row per day with data, the same numbers as the chart', () => {
    const t = clinicLoadTable(input({ scenarioCapacity: 1100 }))
    expect(t.rows.map((r) => r.date)).toEqual(['2026-11-29', '2026-11-30', '2026-12-02', '2026-12-03'])
    expect(t.rows[2]).toEqual({
      date: '2026-12-02',
      observed: null,
      p10: 800,
      p50: 950,
      p90: 1100,
      capacity: 1000,
      threshold: 900,
      scenarioCapacity: 1100,
      scenarioThreshold: 990,
      flagged: 'yes',
    })
    expect(t.columns.map((c) => c.key)).toContain('scenarioThreshold')
    expect(clinicLoadTable(input()).columns.map((c) => c.key)).not.toContain('scenarioCapacity')
  })
})
