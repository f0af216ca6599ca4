/**
 * The school-places chart and its table: demand (observed, then p50 with its p10–p90 band) against
 * seats as a step line with planned openings marked, where the forecast starts, the shortfall years
 * shaded, and the scenario beside the baseline. Pure: series in, option and table out.
 */
import type { ChartOption } from '@/ui/charts/echarts'
import type { ChartStyle } from '@/ui/charts/chartStyle'
import { bandSeries, legendNames, plainAxisTooltip } from '@/ui/forecast/band'
import type { DataTable } from '@/ui/forecast/table'
import type { ProjectedSeries, ProjectedYear } from './cohortModel'

export interface PlacesChartLabels {
  observed: string
  forecast: string
  seats: string
  scenarioDemand: string
  scenarioSeats: string
  forecastStart: string
  shortfall: string
  opening: string
  year: string
  p10: string
  p90: string
  gap: string
  scenarioGap: string
}

/** Sums regions of one level into one series (the city). Quantiles are summed too: an upper bound. */
export function sumSeries(list: readonly ProjectedSeries[], region = 'city'): ProjectedSeries | null {
  const head = list[0]
  if (!head) return null
  const years: ProjectedYear[] = head.years.map((y) => ({ ...y, p10: 0, p50: 0, p90: 0, seats: 0, opening: 0 }))
  for (const s of list) {
    s.years.forEach((y, i) => {
      const t = years[i]
      if (!t || t.year !== y.year) return
      t.p10 += y.p10
      t.p50 += y.p50
      t.p90 += y.p90
      t.seats += y.seats
      t.opening += y.opening
    })
  }
  return { region, level: head.level, years }
}

function sameYears(a: ProjectedSeries, b: ProjectedSeries): boolean {
  return a.years.every((y, i) => y.p50 === b.years[i]?.p50 && y.seats === b.years[i]?.seats)
}

export function placesChart(
  base: ProjectedSeries,
  scenario: ProjectedSeries | null,
  style: ChartStyle,
  labels: PlacesChartLabels,
  format: (n: number) => string,
): { option: ChartOption; table: DataTable } {
  const years = base.years.map((y) => String(y.year))
  const lastObs = base.years.reduce((k, y, i) => (y.observed ? i : k), -1)
  // The forecast line starts at the last observed year so it joins the observed line.
  const fc = (f: (y: ProjectedYear) => number) => base.years.map((y, i) => (i >= lastObs ? f(y) : null))
  const showScenario = scenario !== null && !sameYears(base, scenario)
  const text = { color: style.text, fontSize: style.fontSize, fontFamily: style.fontFamily }

  // Years where the median forecast exceeds seats: shaded so "when it bites" is visible at a glance.
  const short = (scenario && showScenario ? scenario : base).years.filter((y) => !y.observed && y.p50 > y.seats)
  const shortAreas = short.map((y) => [{ xAxis: String(y.year) }, { xAxis: String(y.year) }])

  const band = bandSeries({
    id: 'demand',
    lower: base.years.map((y, i) => (i >= lastObs ? (y.observed ? y.p50 : y.p10) : null)),
    upper: base.years.map((y, i) => (i >= lastObs ? (y.observed ? y.p50 : y.p90) : null)),
    color: style.accent,
  })
  const series: NonNullable<ChartOption['series']> = [
    ...band,
    {
      type: 'line',
      name: labels.observed,
      data: base.years.map((y) => (y.observed ? y.p50 : null)),
      symbol: 'circle',
      symbolSize: 4,
      lineStyle: { color: style.accent, width: 2 },
      itemStyle: { color: style.accent },
      z: 3,
    },
    {
      type: 'line',
      name: labels.forecast,
      data: fc((y) => y.p50),
      symbol: 'none',
      lineStyle: { color: style.accent, width: 2, type: 'dashed' },
      itemStyle: { color: style.accent },
      z: 3,
      markLine:
        lastObs >= 0 && lastObs < years.length - 1
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: style.muted, type: 'solid', width: 1 },
              label: { ...text, formatter: labels.forecastStart, position: 'end' },
              data: [{ xAxis: years[lastObs + 1] }],
            }
          : undefined,
      markArea: shortAreas.length
        ? {
            silent: true,
            itemStyle: { color: style.alarm, opacity: 0.1 },
            data: shortAreas as never,
          }
        : undefined,
    },
    {
      type: 'line',
      name: labels.seats,
      data: base.years.map((y) => y.seats),
      step: 'middle',
      symbol: 'none',
      lineStyle: { color: style.text, width: 2 },
      itemStyle: { color: style.text },
      z: 4,
      markPoint: {
        symbol: 'triangle',
        symbolSize: style.fontSize * 0.9,
        itemStyle: { color: style.text },
        label: { ...text, position: 'top', formatter: (p: { value?: unknown }) => `+${format(Number(p.value))}` },
        data: base.years
          .filter((y) => y.opening > 0 && !y.observed)
          .map((y) => ({ coord: [String(y.year), y.seats], value: y.opening, name: labels.opening })),
      },
    },
  ]
  if (showScenario && scenario) {
    series.push({
      type: 'line',
      name: labels.scenarioDemand,
      data: scenario.years.map((y, i) => (i >= lastObs ? y.p50 : null)),
      symbol: 'none',
      lineStyle: { color: style.scenario, width: 2.5 },
      itemStyle: { color: style.scenario },
      z: 5,
    })
  }
  // Scenario seats only when the scenario opens or closes schools here: a copy of the baseline's is noise.
  if (showScenario && scenario && scenario.years.some((y, i) => y.seats !== base.years[i]?.seats)) {
    series.push(
      {
        type: 'line',
        name: labels.scenarioSeats,
        data: scenario.years.map((y) => y.seats),
        step: 'middle',
        symbol: 'none',
        lineStyle: { color: style.scenario, width: 2, type: 'dotted' },
        itemStyle: { color: style.scenario },
        z: 5,
      },
    )
  }

  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 12, top: style.fontSize * 3.2, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: { data: legendNames(series as { name?: unknown }[]), top: 0, left: 0, textStyle: text, itemWidth: 16, itemHeight: 8 },
    tooltip: plainAxisTooltip((name, v) => (typeof v === 'number' ? `${name}  ${format(v)}` : null)),
    xAxis: { type: 'category', data: years, boundaryGap: false, axisLabel: { ...text, hideOverlap: true }, axisLine: { lineStyle: { color: style.grid } } },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { ...text, formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: style.grid } },
    },
    series,
  }

  const table: DataTable = {
    columns: [
      { key: 'year', label: labels.year },
      { key: 'kind', label: `${labels.observed} / ${labels.forecast}` },
      { key: 'p10', label: labels.p10, numeric: true },
      { key: 'p50', label: labels.forecast, numeric: true },
      { key: 'p90', label: labels.p90, numeric: true },
      { key: 'seats', label: labels.seats, numeric: true },
      { key: 'gap', label: labels.gap, numeric: true },
      ...(showScenario
        ? [
            { key: 'sp50', label: labels.scenarioDemand, numeric: true },
            { key: 'sseats', label: labels.scenarioSeats, numeric: true },
            { key: 'sgap', label: labels.scenarioGap, numeric: true },
          ]
        : []),
    ],
    rows: base.years.map((y, i) => {
      const s = scenario?.years[i]
      return {
        year: y.year,
        kind: y.observed ? labels.observed : labels.forecast,
        p10: y.observed ? null : y.p10,
        p50: y.p50,
        p90: y.observed ? null : y.p90,
        seats: y.seats,
        gap: y.p50 - y.seats,
        ...(showScenario && s ? { sp50: s.p50, sseats: s.seats, sgap: s.p50 - s.seats } : {}),
      }
    }),
  }
  return { option, table }
}
