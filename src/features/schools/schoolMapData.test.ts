import { describe, expect, it } from 'vitest'
import type { School, SchoolForecast } from '@/api'
import { forecastYearRange, placeGapRows, schoolPoints } from './schoolMapData'

const point = (year: number, p50: number, seats: number) => ({
  year,
  demand: { p10: p50 * 0.9, p50, p90: p50 * 1.1 },
  seats,
  plannedSeats: 0,
  observed: year < 2026,
})
const inputs = { ages: { from: 6, to: 10 }, cohorts: [], enrolmentRatio: 0.9, migrationRate: 0, birthsAssumption: 100 }
const forecast: SchoolForecast = {
  baseYear: 2025,
  method: { name: { zh: '', en: '' }, description: { zh: '', en: '' } },
  backtest: { points: [], mape: 0, coverage80: 0.8 },
  series: [
    { region: 'a', level: 'primary', points: [point(2025, 1000, 900), point(2030, 800, 900)], inputs },
    { region: 'b', level: 'primary', points: [point(2030, 0, 100)], inputs },
    { region: 'a', level: 'junior', points: [point(2030, 500, 500)], inputs },
  ],
}

describe('placeGapRows', () => {
  it('gap relative to demand for the chosen level and year', () => {
    const rows = placeGapRows(forecast, 'primary', 2030)
    expect(rows.map((r) => [r.code, r.value])).toEqual([
      ['a', 0.125],
      ['b', null], // no demand: no ratio, drawn as no data
    ])
    expect(rows[0]?.extra).toMatchObject({ seats: 900, demand: 800, gap: 100, observed: 0 })
    expect(placeGapRows(forecast, 'primary', 2025)[0]?.value).toBeCloseTo(-0.1)
  })

  it('a year outside the forecast is no data, not zero', () => {
    expect(placeGapRows(forecast, 'primary', 2040)[0]?.value).toBeNull()
  })

  it('reports the year range', () => {
    expect(forecastYearRange(forecast)).toEqual([2025, 2030])
    expect(forecastYearRange({ ...forecast, series: [] })).toBeNull()
  })
})

describe('schoolPoints', () => {
  const school = (id: string, location: [number, number], seats: number, enrolled: number): School => ({
    id,
    name: { zh: `学校${id}`, en: `School ${id}` },
    level: 'primary',
    location,
    region: 'a',
    seats,
    enrolled,
    opensIn: id === 'p' ? 2028 : null,
  })
  it('utilisation, planned flag, invalid locations skipped', () => {
    const out = schoolPoints([
      school('1', [121.5, 31.2], 1000, 950),
      school('p', [121.6, 31.2], 0, 0),
      school('x', [Number.NaN, 31.2], 10, 10),
      school('1', [121.5, 31.2], 1, 1),
    ])
    expect(out.invalid).toBe(2)
    expect(out.geojson.features.map((f) => [f.properties?.id, f.properties?.u, f.properties?.planned])).toEqual([
      ['1', 0.95, 0],
      ['p', null, 1],
    ])
  })
})
