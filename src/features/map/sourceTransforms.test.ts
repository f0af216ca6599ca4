import { describe, expect, it } from 'vitest'
import type { Boundaries } from '@/api'
import { ratio, regionChoropleth } from './choropleth'

const ring = (x: number) => [
  [x, 31] as [number, number],
  [x + 0.1, 31] as [number, number],
  [x + 0.1, 31.1] as [number, number],
  [x, 31] as [number, number],
]
const feature = (code: string, coords: [number, number][]) => ({
  type: 'Feature' as const,
  properties: { code, nameZh: `${code}区`, nameEn: `R${code}` },
  geometry: { type: 'Polygon' as const, coordinates: [coords] },
})
const boundaries: Boundaries = {
  type: 'FeatureCollection',
  features: [
    feature('a', ring(121)),
    feature('b', ring(121.2)),
    feature('c', [[121, 31], [121.1, 31], [121, 31], [121.5, Number.NaN]]),
  ],
}

describe('regionChoropleth', () => {
  it('joins rows by region code into property v, keeping names and extras', () => {
    const out = regionChoropleth(boundaries, [
      { code: 'a', value: 0.5, extra: { seats: 10 } },
      { code: 'b', value: Number.POSITIVE_INFINITY },
    ])
    const props = out.geojson.features.map((f) => f.properties)
    expect(props).toEqual([
      { id: 'a', code: 'a', nameZh: 'a区', nameEn: 'Ra', v: 0.5, seats: 10 },
      { id: 'b', code: 'b', nameZh: 'b区', nameEn: 'Rb', v: null },
    ])
  })

  it('skips and counts invalid geometry and duplicate rows; reports unknown regions', () => {
    const out = regionChoropleth(boundaries, [
      { code: 'a', value: 1 },
      { code: 'a', value: 2 },
      { code: 'zz', value: 3 },
    ])
    expect(out.geojson.features).toHaveLength(2)
    expect(out.invalid).toBe(2) // region c's broken ring + the repeated row for a
    expect(out.notes).toEqual([{ key: 'cityMap.note.unmatchedRegions', params: { n: 1 } }])
    expect(out.geojson.features[0]?.properties?.v).toBe(1)
  })

  it('ratio is null for empty denominators', () => {
    expect(ratio(1, 0)).toBeNull()
    expect(ratio(1, Number.NaN)).toBeNull()
    expect(ratio(3, 4)).toBe(0.75)
  })
})
