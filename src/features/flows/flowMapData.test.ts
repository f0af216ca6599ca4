import { describe, expect, it } from 'vitest'
import type { City, OdMatrix } from '@/api'
import { odFeatures } from './flowMapData'

const region = (code: string, centroid: [number, number]) => ({ code, name: { zh: `${code}区`, en: code }, centroid, group: 'x' })
const city: City = {
  id: 'sh',
  name: { zh: '上海', en: 'Shanghai' },
  timeZone: 'Asia/Shanghai',
  center: [121.47, 31.23],
  bounds: [[120.8, 30.6], [122.2, 31.9]],
  regions: [region('a', [121.4, 31.2]), region('b', [121.6, 31.2]), region('c', [121.5, 31.4]), region('bad', [Number.NaN, 31])],
}
const od: OdMatrix = {
  hour: 8,
  dayType: 'weekday',
  flows: [
    { origin: 'a', destination: 'b', volume: 9000 },
    { origin: 'b', destination: 'a', volume: 3000 },
    { origin: 'c', destination: 'b', volume: 1000 },
    { origin: 'a', destination: 'a', volume: 500 },
    { origin: 'bad', destination: 'a', volume: 70 },
  ],
  totals: [
    { region: 'a', inflow: 3500, outflow: 9500 },
    { region: 'b', inflow: 10000, outflow: 3000 },
    { region: 'zz', inflow: 1, outflow: 1 },
  ],
}

describe('odFeatures', () => {
  const out = odFeatures(od, city, 2)
  const arcs = out.geojson.features.filter((f) => f.properties?.kind === 'arc')
  const nodes = out.geojson.features.filter((f) => f.properties?.kind === 'node')

  it('draws the top N as arcs from origin to destination, widest first', () => {
    expect(arcs.map((f) => f.properties?.id)).toEqual(['a>b', 'b>a'])
    const g = arcs[0]?.geometry
    const coords = g?.type === 'LineString' ? g.coordinates : []
    expect(coords[0]).toEqual([121.4, 31.2])
    expect(coords.at(-1)?.[0]).toBeCloseTo(121.6, 10)
    expect(arcs[0]?.properties?.w).toBeGreaterThan(arcs[1]?.properties?.w as number)
  })

  it('puts in/out totals and net share on region nodes', () => {
    expect(nodes.map((f) => [f.properties?.code, f.properties?.in, f.properties?.out])).toEqual([
      ['a', 3500, 9500],
      ['b', 10000, 3000],
    ])
    expect(nodes[1]?.properties?.v).toBeCloseTo(7000 / 13000)
  })

  it('summarises what is not drawn and counts invalid rows', () => {
    expect(out.notes).toEqual([
      { key: 'cityMap.note.otherFlows', params: { n: 1, trips: 1000 } },
      { key: 'cityMap.note.withinFlows', params: { trips: 500 } },
    ])
    expect(out.invalid).toBe(2) // the flow from a region without a centroid, the total for an unknown region
  })
})
