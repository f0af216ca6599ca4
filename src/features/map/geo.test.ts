import { describe, expect, it } from 'vitest'
import { boundsOf, haversineKm, isLngLat, isValidGeometry, isValidRing, mercatorXY } from './geo'

const square = [
  [121, 31],
  [122, 31],
  [122, 32],
  [121, 31],
]

describe('geometry validation', () => {
  it('accepts finite in-range positions only', () => {
    expect(isLngLat([121.5, 31.2])).toBe(true)
    expect(isLngLat([Number.NaN, 31])).toBe(false)
    expect(isLngLat([200, 31])).toBe(false)
    expect(isLngLat([121, 89])).toBe(false)
    expect(isLngLat(['121', 31])).toBe(false)
    expect(isLngLat([121])).toBe(false)
  })

  it('requires closed rings of four or more positions', () => {
    expect(isValidRing(square)).toBe(true)
    expect(isValidRing(square.slice(0, 3))).toBe(false)
    expect(isValidRing([...square.slice(0, 3), [121.5, 31]])).toBe(false)
  })

  it('checks every polygon of a multipolygon', () => {
    expect(isValidGeometry({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBe(true)
    expect(isValidGeometry({ type: 'MultiPolygon', coordinates: [[square], [[[0, 0]]]] })).toBe(false)
    expect(isValidGeometry({ type: 'Point', coordinates: [121, 31] })).toBe(true)
    expect(isValidGeometry({ type: 'LineString', coordinates: [[121, 31]] })).toBe(false)
    expect(isValidGeometry(null)).toBe(false)
  })
})

describe('projections and measures', () => {
  it('maps lng/lat into the mercator unit square', () => {
    expect(mercatorXY(0, 0)).toEqual([0.5, 0.5])
    const [x, y] = mercatorXY(121.47, 31.23)
    expect(x).toBeCloseTo(0.83742, 4)
    expect(y).toBeGreaterThan(0.39)
    expect(y).toBeLessThan(0.41)
  })

  it('measures Huangpu to Pudong centroids in km', () => {
    expect(haversineKm([121.48, 31.23], [121.6, 31.2])).toBeCloseTo(11.86, 1)
  })

  it('finds bounds', () => {
    expect(boundsOf([{ type: 'Polygon', coordinates: [square] }])).toEqual([
      [121, 31],
      [122, 32],
    ])
    expect(boundsOf([])).toBeNull()
  })

  it('bounds polygons by their outer rings, and takes every geometry type', () => {
    const hole = [
      [121.2, 31.2],
      [121.4, 31.2],
      [121.4, 31.4],
      [121.2, 31.2],
    ]
    const far = [
      [125, 35],
      [126, 35],
      [126, 36],
      [125, 35],
    ]
    expect(boundsOf([{ type: 'MultiPolygon', coordinates: [[square, hole], [far]] }])).toEqual([
      [121, 31],
      [126, 36],
    ])
    expect(
      boundsOf([
        { type: 'Point', coordinates: [120, 30] },
        { type: 'LineString', coordinates: [[123, 33], [Number.NaN, 40], [200, 0]] },
      ]),
    ).toEqual([
      [120, 30],
      [123, 33],
    ])
  })
})
