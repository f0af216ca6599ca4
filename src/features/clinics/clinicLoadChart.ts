/**
 * Option builder for the clinic load chart: observed days, the forecast median with its p10–p90
 * band, capacity and the flagging threshold (and the scenario's, when it moves them), where the
 * forecast starts, and the flagged days as red dots. One daily category axis with no gaps, so the
 * weekly rhythm and the winter peak read at their true spacing. Pure: data in, option out.
 */
import type { ClinicLoadSeries } from '@/api'
import type { ChartOption } from '@/ui/charts/echarts'
import type { ChartStyle } from '@/ui/charts/chartStyle'
import { bandSeries, legendNames, plainAxisTooltip, type DataTable } from '@/ui/forecast'
import type { LineSeriesOption } from 'echarts/charts'

export interface ClinicChartLabels {
  observed: string
  forecast: string
  capacity: string
  threshold: string
  scenarioCapacity: string
  scenarioThreshold: string
  flagged: string
  forecastStart: string
  date: string
  p10: string
  p90: string
  yes: string
}

export interface ClinicChartInput {
  /** Baseline series, already validated (dates ascending, p10 ≤ p50 ≤ p90, capacity > 0). */
  series: ClinicLoadSeries
  /** The scenario's capacity when it differs from the baseline's, else null. */
  scenarioCapacity: number | null
  /** Share of capacity that flags a day. */
  threshold: number
  /** Days to mark: the scenario's flagged days when there is a scenario. */
  flaggedDays: readonly string[]
  labels: ClinicChartLabels
  style: ChartStyle
  locale: string
  /** Exact figures for the tooltip, e.g. "43,120". */
  formatValue: (n: number) => string
  /** Compact figures for the axis, e.g. "4万". */
  formatAxis: (n: number) => string
}

const DAY_MS = 86_400_000
const addDay = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)

/** Every date from the first observed day to the last forecast day. */
export function timeline(s: ClinicLoadSeries): string[] {
  const first = s.history[0]?.date ?? s.points[0]?.date
  const last = s.points[s.points.length - 1]?.date ?? s.history[s.history.length - 1]?.date
  if (!first || !last) return []
  const n = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS)
  return Array.from({ length: n + 1 }, (_, i) => addDay(first, i))
}

/** Month tick text: "12月" / "Dec", with the year on January and on the first tick. */
export function monthTick(iso: string, locale: string, withYear: boolean): string {
  const y = iso.slice(0, 4)
  const m = Number(iso.slice(5, 7))
  if (locale.startsWith('zh')) return withYear || m === 1 ? `${y}年${m}月` : `${m}月`
  const name = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })
  return withYear || m === 1 ? `${name} ${y}` : name
}

/** Legend layout, shared with legendRows so the grid clears the legend. */
const LEGEND = { itemWidth: 14, itemHeight: 8, itemGap: 10 }
/** ECharts' fixed gap between a legend icon and its text. */
const ICON_TEXT_GAP = 5

/**
 * How many rows the legend wraps to at `width` px (the narrowest column the panel sits in), from an
 * estimate of the text width: CJK characters about one em, others about 0.6 em.
 */
export function legendRows(names: readonly string[], fontSize: number, width = 560): number {
  let rows = 1
  let x = 0
  for (const n of names) {
    const text = [...n].reduce((a, ch) => a + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.6), 0) * fontSize
    const w = LEGEND.itemWidth + ICON_TEXT_GAP + text
    if (x > 0 && x + w > width) {
      rows++
      x = 0
    }
    x += w + LEGEND.itemGap
  }
  return rows
}

interface Columns {
  dates: string[]
  observed: (number | null)[]
  p10: (number | null)[]
  p50: (number | null)[]
  p90: (number | null)[]
}

function columns(s: ClinicLoadSeries): Columns {
  const dates = timeline(s)
  const at = new Map(dates.map((d, i) => [d, i]))
  const blank = () => dates.map((): number | null => null)
  const c: Columns = { dates, observed: blank(), p10: blank(), p50: blank(), p90: blank() }
  for (const h of s.history) {
    const i = at.get(h.date)
    if (i !== undefined) c.observed[i] = h.visits
  }
  for (const p of s.points) {
    const i = at.get(p.date)
    if (i === undefined) continue
    c.p10[i] = p.p10
    c.p50[i] = p.p50
    c.p90[i] = p.p90
  }
  return c
}

export function clinicLoadOption(input: ClinicChartInput): ChartOption {
  const { series: s, style, labels: L, threshold } = input
  const c = columns(s)
  const flagged = new Set(input.flaggedDays)
  const flat = (v: number) => c.dates.map(() => v)
  const text = { color: style.text, fontSize: style.fontSize, fontFamily: style.fontFamily }
  const line = (name: string, data: (number | null)[], color: string, extra: LineSeriesOption = {}): LineSeriesOption => ({
    type: 'line',
    name,
    data,
    symbol: 'none',
    lineStyle: { color, width: 1.5 },
    itemStyle: { color },
    emphasis: { disabled: true },
    ...extra,
  })
  const scenario = input.scenarioCapacity
  const firstForecast = s.points[0]?.date
  const firstTick = c.dates.find((d) => d.endsWith('-01'))
  const series: LineSeriesOption[] = [
    line(L.observed, c.observed, style.text, { lineStyle: { color: style.text, width: 1.2 }, z: 3 }),
    ...bandSeries({ id: 'load', lower: c.p10, upper: c.p90, color: style.accent }),
    line(L.forecast, c.p50, style.accent, {
      z: 3,
      markLine: firstForecast
        ? {
            silent: true,
            symbol: 'none',
            lineStyle: { color: style.text, type: 'dashed', width: 1, opacity: 0.6 },
            label: { ...text, position: 'end', formatter: L.forecastStart },
            data: [{ xAxis: firstForecast }],
          }
        : undefined,
    }),
    line(L.capacity, flat(s.capacity), style.alarm, { lineStyle: { color: style.alarm, width: 1.2 } }),
    line(L.threshold, flat(threshold * s.capacity), style.warn, { lineStyle: { color: style.warn, width: 1.2, type: 'dashed' } }),
  ]
  if (scenario !== null) {
    series.push(
      line(L.scenarioCapacity, flat(scenario), style.scenario, { lineStyle: { color: style.scenario, width: 1.2, opacity: 0.7 } }),
      line(L.scenarioThreshold, flat(threshold * scenario), style.scenario, { lineStyle: { color: style.scenario, width: 1.6, type: 'dashed' } }),
    )
  }
  // Dots without a line: a line series (no scatter is registered) with only the flagged days set.
  series.push({
    type: 'line',
    name: L.flagged,
    data: c.dates.map((d, i) => (flagged.has(d) ? c.p50[i] ?? null : null)),
    symbol: 'circle',
    symbolSize: Math.max(4, style.fontSize * 0.45),
    showAllSymbol: true,
    lineStyle: { opacity: 0, width: 0 },
    itemStyle: { color: style.alarm },
    emphasis: { disabled: true },
    z: 4,
  })
  const legend = legendNames(series)
  return {
    animation: false,
    legend: { data: legend, top: 0, left: 0, textStyle: text, ...LEGEND },
    // Below the legend's rows, plus room for the y-axis' top label.
    grid: {
      left: 4,
      right: 8,
      top: legendRows(legend, style.fontSize) * style.fontSize * 1.6 + style.fontSize,
      bottom: 2,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      ...plainAxisTooltip((name, value) => {
        if (typeof value !== 'number') return null
        return name === L.flagged ? name : `${name}: ${input.formatValue(value)}`
      }),
      textStyle: { fontSize: style.fontSize, fontFamily: style.fontFamily },
    },
    xAxis: {
      type: 'category',
      data: c.dates,
      boundaryGap: false,
      axisLine: { lineStyle: { color: style.grid } },
      axisTick: { interval: (_: number, v: string) => v.endsWith('-01'), lineStyle: { color: style.grid } },
      axisLabel: {
        ...text,
        interval: (_: number, v: string) => v.endsWith('-01'),
        formatter: (v: string) => monthTick(v, input.locale, v === firstTick),
        hideOverlap: true,
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      splitNumber: 4,
      splitLine: { lineStyle: { color: style.grid } },
      axisLabel: { ...text, formatter: (v: number) => input.formatAxis(v) },
    },
    series,
  }
}

/** The chart's numbers, a row per day with data, for the table view and CSV. */
export function clinicLoadTable(input: Pick<ClinicChartInput, 'series' | 'scenarioCapacity' | 'threshold' | 'flaggedDays' | 'labels'>): DataTable {
  const { series: s, labels: L, threshold, scenarioCapacity } = input
  const c = columns(s)
  const flagged = new Set(input.flaggedDays)
  const round = (v: number) => Math.round(v)
  const table: DataTable = {
    columns: [
      { key: 'date', label: L.date },
      { key: 'observed', label: L.observed, numeric: true },
      { key: 'p10', label: L.p10, numeric: true },
      { key: 'p50', label: L.forecast, numeric: true },
      { key: 'p90', label: L.p90, numeric: true },
      { key: 'capacity', label: L.capacity, numeric: true },
      { key: 'threshold', label: L.threshold, numeric: true },
      ...(scenarioCapacity !== null
        ? [
            { key: 'scenarioCapacity', label: L.scenarioCapacity, numeric: true },
            { key: 'scenarioThreshold', label: L.scenarioThreshold, numeric: true },
          ]
        : []),
      { key: 'flagged', label: L.flagged },
    ],
    rows: [],
  }
  c.dates.forEach((date, i) => {
    if (c.observed[i] === null && c.p50[i] === null) return
    table.rows.push({
      date,
      observed: c.observed[i] ?? null,
      p10: c.p10[i] ?? null,
      p50: c.p50[i] ?? null,
      p90: c.p90[i] ?? null,
      capacity: round(s.capacity),
      threshold: round(threshold * s.capacity),
      ...(scenarioCapacity !== null
        ? { scenarioCapacity: round(scenarioCapacity), scenarioThreshold: round(threshold * scenarioCapacity) }
        : {}),
      flagged: flagged.has(date) ? L.yes : '',
    })
  })
  return table
}
