/**
 * Option builders for the population-flows panel: the next 24 hours with their p10–p90 bands, and a
 * typical day's hourly inflow and outflow. A region shows inflow and outflow; the whole city shows
 * one line, since every inter-district trip is both. Pure: validated data in, option and table out.
 */
import type { LineSeriesOption } from 'echarts/charts'
import type { FlowForecast, FlowProfileHour } from '@/api'
import type { ChartOption } from '@/ui/charts/echarts'
import type { ChartStyle } from '@/ui/charts/chartStyle'
import { bandSeries, legendNames, plainAxisTooltip, type DataTable } from '@/ui/forecast'
import { clock, localTime } from './flowTime'

export interface FlowChartLabels {
  inflow: string
  outflow: string
  /** City-wide: inter-district trips. */
  trips: string
  net: string
  time: string
  hour: string
  p10: string
  p90: string
}

interface Common {
  /** null for the whole city. */
  region: string | null
  labels: FlowChartLabels
  style: ChartStyle
  formatValue: (n: number) => string
}

export interface ForecastChartInput extends Common {
  /** Already checked (checkFlowForecast): ordered hours, p10 ≤ p50 ≤ p90. */
  points: FlowForecast['points']
  /** Hour to mark (the decision's peak), and its label. */
  mark: { time: string; label: string } | null
}

export interface ProfileChartInput extends Common {
  /** One day type's hours 0–23, already checked (checkFlowProfile). */
  hours: readonly FlowProfileHour[]
}

type Point = FlowForecast['points'][number]

function frame(c: Common, categories: string[], series: LineSeriesOption[], tick: (value: string, index: number) => string | null): ChartOption {
  const { style } = c
  const text = { color: style.text, fontSize: style.fontSize, fontFamily: style.fontFamily }
  return {
    animation: false,
    legend: { data: legendNames(series), top: 0, left: 0, textStyle: text, itemWidth: 14, itemHeight: 8, itemGap: 12 },
    grid: { left: 4, right: 10, top: style.fontSize * 3.2, bottom: 2, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      ...plainAxisTooltip((name, value) => (typeof value === 'number' ? `${name}: ${c.formatValue(value)}` : null)),
      textStyle: { fontSize: style.fontSize, fontFamily: style.fontFamily },
    },
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: false,
      axisLine: { lineStyle: { color: style.grid } },
      axisTick: { interval: (i: number, v: string) => tick(v, i) !== null, lineStyle: { color: style.grid } },
      axisLabel: { ...text, interval: (i: number, v: string) => tick(v, i) !== null, formatter: (v: string, i: number) => tick(v, i) ?? '', hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      min: 0,
      splitNumber: 3,
      splitLine: { lineStyle: { color: style.grid } },
      axisLabel: { ...text, formatter: (v: number) => c.formatValue(v) },
    },
    series,
  }
}

function line(name: string, data: number[], color: string, extra: LineSeriesOption = {}): LineSeriesOption {
  return {
    type: 'line',
    name,
    data,
    symbol: 'none',
    lineStyle: { color, width: 2 },
    itemStyle: { color },
    emphasis: { disabled: true },
    z: 3,
    ...extra,
  }
}

/** Every third hour, and the date at midnight so the day change reads on the axis. */
function forecastTick(time: string): string | null {
  const t = localTime(time)
  if (!t) return null
  if (t.hour === 0) return t.date.slice(5)
  return t.hour % 3 === 0 ? clock(t.hour) : null
}

export function flowForecastOption(input: ForecastChartInput): ChartOption {
  const { points, style, labels: L, mark } = input
  const times = points.map((p) => p.time)
  const q = (key: 'inflow' | 'outflow', k: 'p10' | 'p50' | 'p90') => points.map((p) => p[key][k])
  // Text runs away from the nearer edge, so a peak in the last hours is not cut off.
  const markAlign = mark && times.indexOf(mark.time) > times.length * 0.6 ? 'right' : 'left'
  const markLine: LineSeriesOption['markLine'] = mark
    ? {
        silent: true,
        symbol: 'none',
        lineStyle: { color: style.text, type: 'dashed', width: 1, opacity: 0.7 },
        // Level text above the line's top end: along the line it would cross the axis labels at the first hour.
        label: { color: style.text, fontSize: style.fontSize * 0.9, fontFamily: style.fontFamily, position: 'end', align: markAlign, distance: 2, formatter: mark.label },
        data: [{ xAxis: mark.time }],
      }
    : undefined
  const series: LineSeriesOption[] =
    input.region === null
      ? [...bandSeries({ id: 'trips', lower: q('inflow', 'p10'), upper: q('inflow', 'p90'), color: style.accent }), line(L.trips, q('inflow', 'p50'), style.accent, { markLine })]
      : [
          ...bandSeries({ id: 'inflow', lower: q('inflow', 'p10'), upper: q('inflow', 'p90'), color: style.accent }),
          ...bandSeries({ id: 'outflow', lower: q('outflow', 'p10'), upper: q('outflow', 'p90'), color: style.warn, opacity: 0.16 }),
          line(L.inflow, q('inflow', 'p50'), style.accent, { markLine }),
          line(L.outflow, q('outflow', 'p50'), style.warn, { lineStyle: { color: style.warn, width: 2, type: 'dashed' } }),
        ]
  return frame(input, times, series, forecastTick)
}

export function flowProfileOption(input: ProfileChartInput): ChartOption {
  const { hours, style, labels: L } = input
  const inflow = hours.map((h) => h.inflow)
  const series =
    input.region === null
      ? [line(L.trips, inflow, style.accent)]
      : [
          line(L.inflow, inflow, style.accent),
          line(L.outflow, hours.map((h) => h.outflow), style.warn, { lineStyle: { color: style.warn, width: 2, type: 'dashed' } }),
        ]
  return frame(input, hours.map((h) => clock(h.hour)), series, (v, i) => (i % 3 === 0 ? v : null))
}

/** The forecast's numbers, an hour a row: p10/p50/p90 of each flow, and the net p50 for a region. */
export function flowForecastTable(points: readonly Point[], region: string | null, L: FlowChartLabels): DataTable {
  const col = (key: string, label: string) => ({ key, label, numeric: true })
  const band = (key: string, name: string) => [col(`${key}P10`, `${name} ${L.p10}`), col(`${key}P50`, `${name} p50`), col(`${key}P90`, `${name} ${L.p90}`)]
  const columns = [{ key: 'time', label: L.time }, ...(region === null ? band('inflow', L.trips) : [...band('inflow', L.inflow), ...band('outflow', L.outflow), col('net', L.net)])]
  const rows = points.map((p) => {
    const t = localTime(p.time)
    const row = {
      time: t ? `${t.date} ${clock(t.hour)}` : p.time,
      inflowP10: p.inflow.p10,
      inflowP50: p.inflow.p50,
      inflowP90: p.inflow.p90,
    }
    return region === null
      ? row
      : { ...row, outflowP10: p.outflow.p10, outflowP50: p.outflow.p50, outflowP90: p.outflow.p90, net: p.inflow.p50 - p.outflow.p50 }
  })
  return { columns, rows }
}

/** A typical day's numbers, an hour a row. */
export function flowProfileTable(hours: readonly FlowProfileHour[], region: string | null, L: FlowChartLabels): DataTable {
  if (region === null) {
    return {
      columns: [{ key: 'hour', label: L.hour }, { key: 'trips', label: L.trips, numeric: true }],
      rows: hours.map((h) => ({ hour: clock(h.hour), trips: h.inflow })),
    }
  }
  return {
    columns: [
      { key: 'hour', label: L.hour },
      { key: 'inflow', label: L.inflow, numeric: true },
      { key: 'outflow', label: L.outflow, numeric: true },
      { key: 'net', label: L.net, numeric: true },
    ],
    rows: hours.map((h) => ({ hour: clock(h.hour), inflow: h.inflow, outflow: h.outflow, net: h.inflow - h.outflow })),
  }
}
