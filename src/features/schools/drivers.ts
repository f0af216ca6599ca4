/**
 * What drives a level's demand, from the API's model inputs: the birth cohorts that will sit in it
 * (observed, then assumed, with the scenario's births change), the enrolment ratio and migration.
 * For several regions (the city) cohorts add up and ratios are weighted by cohort size. Pure.
 */
import type { SchoolForecastSeries } from '@/api'
import type { ChartStyle } from '@/ui/charts/chartStyle'
import type { ChartOption } from '@/ui/charts/echarts'
import type { DataTable } from '@/ui/forecast/table'

export interface Drivers {
  cohorts: { birthYear: number; count: number; assumed: boolean }[]
  enrolmentRatio: number
  migrationRate: number
  birthsAssumption: number
}

export function driversOf(series: readonly SchoolForecastSeries[], baseYear: number, birthsPct = 0): Drivers | null {
  if (series.length === 0) return null
  const byYear = new Map<number, number>()
  let weight = 0
  let enrol = 0
  let migration = 0
  let assumption = 0
  for (const s of series) {
    let size = 0
    for (const c of s.inputs.cohorts) {
      byYear.set(c.birthYear, (byYear.get(c.birthYear) ?? 0) + c.count)
      size += c.count
    }
    weight += size
    enrol += s.inputs.enrolmentRatio * size
    migration += s.inputs.migrationRate * size
    assumption += s.inputs.birthsAssumption
  }
  const f = 1 + birthsPct / 100
  return {
    cohorts: [...byYear]
      .sort((a, b) => a[0] - b[0])
      .map(([birthYear, count]) => ({ birthYear, count: birthYear > baseYear ? Math.round(count * f) : count, assumed: birthYear > baseYear })),
    enrolmentRatio: weight ? enrol / weight : 0,
    migrationRate: weight ? migration / weight : 0,
    birthsAssumption: Math.round(assumption * f),
  }
}

/** Births by birth year as bars, assumed years paler: the cohorts that will fill the level. */
export function cohortChart(
  d: Drivers,
  style: ChartStyle,
  labels: { birthYear: string; births: string; assumed: string },
  format: (n: number) => string,
): { option: ChartOption; table: DataTable } {
  const text = { color: style.text, fontSize: style.fontSize * 0.9, fontFamily: style.fontFamily }
  return {
    option: {
      animation: false,
      grid: { left: 4, right: 4, top: 6, bottom: 2, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      tooltip: {
        trigger: 'axis',
        renderMode: 'richText',
        formatter: (p: unknown) => {
          const first = (Array.isArray(p) ? p[0] : p) as { name?: string; value?: unknown } | undefined
          return first ? `${first.name ?? ''}  ${format(Number(first.value))}` : ''
        },
      },
      xAxis: { type: 'category', data: d.cohorts.map((c) => String(c.birthYear)), axisLabel: { ...text, hideOverlap: true }, axisTick: { show: false } },
      yAxis: { type: 'value', show: false, min: 0 },
      series: [
        {
          type: 'bar',
          name: labels.births,
          barCategoryGap: '15%',
          data: d.cohorts.map((c) => ({ value: c.count, itemStyle: { color: style.accent, opacity: c.assumed ? 0.45 : 1 } })),
        },
      ],
    },
    table: {
      columns: [
        { key: 'birthYear', label: labels.birthYear },
        { key: 'births', label: labels.births, numeric: true },
      ],
      rows: d.cohorts.map((c) => ({ birthYear: c.assumed ? `${c.birthYear}${labels.assumed}` : c.birthYear, births: c.count })),
    },
  }
}
