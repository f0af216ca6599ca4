import { describe, expect, it } from 'vitest'
import { chartStyle } from '@/ui/charts/chartStyle'
import type { ProjectedSeries } from './cohortModel'
import { placesChart, sumSeries, type PlacesChartLabels } from './placesChart'

const labels = Object.fromEntries(
  ['observed', 'forecast', 'seats', 'scenarioDemand', 'scenarioSeats', 'forecastStart', 'shortfall', 'opening', 'year', 'p10', 'p90', 'gap', 'scenarioGap'].map(
    (k) => [k, k],
  ),
) as unknown as PlacesChartLabels

const base: ProjectedSeries = {
  region: 'R',
  level: 'junior',
  years: [
    { year: 2024, observed: true, p10: 90, p50: 90, p90: 90, seats: 100, opening: 0 },
    { year: 2025, observed: true, p10: 95, p50: 95, p90: 95, seats: 100, opening: 0 },
    { year: 2026, observed: false, p10: 80, p50: 105, p90: 130, seats: 100, opening: 0 },
    { year: 2027, observed: false, p10: -5, p50: 110, p90: 140, seats: 150, opening: 50 },
  ],
}

type S = { name?: string; data?: unknown[]; markLine?: { data?: unknown[] }; markArea?: { data?: unknown[] }; markPoint?: { data?: unknown[] } }
const seriesOf = (o: ReturnType<typeof placesChart>['option']) => o.series as S[]

describe('placesChart', () => {
  const { option, table } = placesChart(base, null, chartStyle('light', 12), labels, String)
  const series = seriesOf(option)
  const byName = (n: string) => series.find((s) => s.name === n)!

  it('joins the forecast to the last observed year, with a clamped band, and keeps helpers out of the legend', () => {
    expect(byName('observed').data).toEqual([90, 95, null, null])
    expect(byName('forecast').data).toEqual([null, 95, 105, 110])
    const [lo, hi] = series.filter((s) => s.name?.startsWith('band:'))
    expect(lo!.data).toEqual([null, 95, 80, 0])
    expect(hi!.data).toEqual([null, 0, 50, 140])
    expect((option.legend as { data: string[] }).data).toEqual(['observed', 'forecast', 'seats'])
  })

  it('marks where the forecast starts, the shortfall years and planned openings', () => {
    expect(byName('forecast').markLine!.data).toEqual([{ xAxis: '2026' }])
    expect(byName('forecast').markArea!.data).toEqual([[{ xAxis: '2026' }, { xAxis: '2026' }]])
    expect(byName('seats').markPoint!.data).toEqual([{ coord: ['2027', 150], value: 50, name: 'opening' }])
  })

  it('has the same numbers in the table, gap = demand − seats', () => {
    expect(table.rows.map((r) => [r.year, r.p50, r.seats, r.gap])).toEqual([
      [2024, 90, 100, -10],
      [2025, 95, 100, -5],
      [2026, 105, 100, 5],
      [2027, 110, 150, -40],
    ])
  })

  it('draws the scenario only when it differs from the baseline', () => {
    expect(seriesOf(placesChart(base, base, chartStyle('light', 12), labels, String).option).some((s) => s.name === 'scenarioDemand')).toBe(false)
    const lower = { ...base, years: base.years.map((y) => ({ ...y, p50: y.observed ? y.p50 : y.p50 - 20 })) }
    const r = placesChart(base, lower, chartStyle('light', 12), labels, String)
    expect(seriesOf(r.option).find((s) => s.name === 'scenarioDemand')!.data).toEqual([null, 95, 85, 90])
    expect(r.table.rows[3]).toMatchObject({ sp50: 90, sgap: -60 })
    // Seats unchanged by the scenario: no second seats line.
    expect(seriesOf(r.option).some((s) => s.name === 'scenarioSeats')).toBe(false)
    const opened = { ...base, years: base.years.map((y) => ({ ...y, seats: y.seats + 100 })) }
    expect(seriesOf(placesChart(base, opened, chartStyle('light', 12), labels, String).option).some((s) => s.name === 'scenarioSeats')).toBe(true)
  })
})

describe('sumSeries', () => {
  it('adds regions year by year', () => {
    const sum = sumSeries([base, base])!
    expect(sum.years[3]).toMatchObject({ p50: 220, seats: 300, opening: 100 })
    expect(sumSeries([])).toBeNull()
  })
})
