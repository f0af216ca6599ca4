import { describe, expect, it } from 'vitest'
import type { LineSeriesOption } from 'echarts/charts'
import type { FlowProfileHour } from '@/api'
import { chartStyle } from '@/ui/charts/chartStyle'
import { isHelperSeries } from '@/ui/forecast'
import { flowForecastOption, flowForecastTable, flowProfileOption, flowProfileTable, type FlowChartLabels } from './flowCharts'
import { forecastOf } from './flowTestData'

const labels: FlowChartLabels = { inflow: '流入', outflow: '流出', trips: '跨区出行', net: '净流入', time: '时间', hour: '小时', p10: 'p10', p90: 'p90' }
const style = chartStyle('light', 12)
const formatValue = (n: number) => `${n}`
// 20:00 today to 19:00 tomorrow; outflow 0 at p10 so the band would dip below zero unclamped.
const forecast = forecastOf(
  Array.from({ length: 24 }, (_, i) => 1000 + 10 * i),
  Array.from({ length: 24 }, (_, i) => (i === 5 ? 0 : 800)),
  '2026-11-23T20:00:00+08:00',
)

const seriesOf = (o: ReturnType<typeof flowForecastOption>) => (o.series ?? []) as LineSeriesOption[]
type AxisLabel = { formatter: (v: string, i: number) => string; interval: (i: number, v: string) => boolean }
const axisLabel = (o: ReturnType<typeof flowForecastOption>) => (o.xAxis as { axisLabel: AxisLabel }).axisLabel

describe('flowForecastOption', () => {
  it('draws inflow and outflow medians over clamped bands kept out of the legend, and marks the peak', () => {
    const o = flowForecastOption({ points: forecast.points, region: '310115', labels, style, formatValue, mark: { time: forecast.points[13]?.time ?? '', label: '峰值 09:00' } })
    const series = seriesOf(o)
    expect(series.filter((s) => !isHelperSeries(s.name)).map((s) => s.name)).toEqual(['流入', '流出'])
    expect((o.legend as { data: string[] }).data).toEqual(['流入', '流出'])
    expect(series.find((s) => s.name === '流入')?.data).toEqual(forecast.points.map((p) => p.inflow.p50))
    for (const s of series.filter((x) => isHelperSeries(x.name))) {
      expect((s.data as (number | null)[]).every((v) => v === null || v >= 0)).toBe(true)
      expect(s.tooltip).toEqual({ show: false })
    }
    expect(series.find((s) => s.name === '流入')?.markLine?.data).toEqual([{ xAxis: '2026-11-24T09:00:00+08:00' }])
  })

  it('labels every third hour and the date at midnight', () => {
    const { formatter, interval } = axisLabel(flowForecastOption({ points: forecast.points, region: null, labels, style, formatValue, mark: null }))
    const shown = forecast.points.map((p, i) => (interval(i, p.time) ? formatter(p.time, i) : null)).filter((x) => x !== null)
    expect(shown.slice(0, 4)).toEqual(['21:00', '11-24', '03:00', '06:00'])
  })

  it('draws one trips line city-wide, with no outflow', () => {
    const o = flowForecastOption({ points: forecast.points, region: null, labels, style, formatValue, mark: null })
    expect(seriesOf(o).filter((s) => !isHelperSeries(s.name)).map((s) => s.name)).toEqual(['跨区出行'])
    expect(seriesOf(o).find((s) => s.name === '跨区出行')?.markLine).toBeUndefined()
  })

  it('tabulates the same numbers with the net for a region', () => {
    const t = flowForecastTable(forecast.points, '310115', labels)
    expect(t.columns.map((c) => c.label)).toEqual(['时间', '流入 p10', '流入 p50', '流入 p90', '流出 p10', '流出 p50', '流出 p90', '净流入'])
    expect(t.rows[4]).toEqual({ time: '2026-11-24 00:00', inflowP10: 936, inflowP50: 1040, inflowP90: 1144, outflowP10: 720, outflowP50: 800, outflowP90: 880, net: 240 })
    expect(flowForecastTable(forecast.points, null, labels).columns.map((c) => c.key)).toEqual(['time', 'inflowP10', 'inflowP50', 'inflowP90'])
  })
})

describe('flowProfileOption', () => {
  const hours: FlowProfileHour[] = Array.from({ length: 24 }, (_, hour) => ({ hour, inflow: 100 + hour, outflow: 200 - hour }))

  it('draws a typical day hour by hour, labelled every third hour', () => {
    const o = flowProfileOption({ hours, region: '310115', labels, style, formatValue })
    expect(seriesOf(o).map((s) => s.name)).toEqual(['流入', '流出'])
    expect(seriesOf(o)[1]?.data).toEqual(hours.map((h) => h.outflow))
    const { formatter, interval } = axisLabel(o)
    expect([interval(3, '03:00'), interval(4, '04:00'), formatter('03:00', 3)]).toEqual([true, false, '03:00'])
    expect(seriesOf(flowProfileOption({ hours, region: null, labels, style, formatValue })).map((s) => s.name)).toEqual(['跨区出行'])
  })

  it('tabulates inflow, outflow and net, or trips city-wide', () => {
    expect(flowProfileTable(hours, '310115', labels).rows[8]).toEqual({ hour: '08:00', inflow: 108, outflow: 192, net: -84 })
    expect(flowProfileTable(hours, null, labels).rows[8]).toEqual({ hour: '08:00', trips: 108 })
  })
})
