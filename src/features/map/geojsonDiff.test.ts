import { describe, expect, it } from 'vitest'
import type { Feature, FeatureCollection } from 'geojson'
import { geojsonDiff, isEmptyDiff } from './geojsonDiff'

const f = (id: string, props: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [121, 31] },
  properties: { id, ...props },
})
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features })

describe('geojsonDiff', () => {
  it('sends only changed properties, additions and removals', () => {
    const d = geojsonDiff(fc(f('a', { v: 1, n: 2 }), f('b', { v: 1 }), f('c', { v: 1, x: 1 })), fc(f('a', { v: 5, n: 2 }), f('b', { v: 1 }), f('c', { v: 1 }), f('d', { v: 3 })))
    expect(d).toEqual({
      add: [f('d', { v: 3 })],
      remove: [],
      update: [
        { id: 'a', addOrUpdateProperties: [{ key: 'v', value: 5 }] },
        { id: 'c', removeProperties: ['x'] },
      ],
    })
  })

  it('lists removed ids', () => {
    expect(geojsonDiff(fc(f('a', {}), f('b', {}), f('c', {})), fc(f('a', {}), f('b', {})))?.remove).toEqual(['c'])
  })

  it('gives up (null) when most features change identity or lack an id', () => {
    expect(geojsonDiff(fc(f('a', {}), f('b', {})), fc(f('c', {}), f('d', {})))).toBeNull()
    expect(geojsonDiff(fc(), fc({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} }))).toBeNull()
  })

  it('recognises no-ops', () => {
    const d = geojsonDiff(fc(f('a', { v: 1 })), fc(f('a', { v: 1 })))
    expect(d && isEmptyDiff(d)).toBe(true)
  })
})
