import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DensityTileSet } from './population'

const valid = {
  surface: 'hourly',
  hour: 8,
  tilejson: '3.0.0',
  tiles: ['tiles/{z}/{x}/{y}.pbf?surface=hourly&hour=8&v=1'],
  minzoom: 6,
  maxzoom: 14,
  bounds: [120.8, 30.6, 122.1, 31.9],
  vector_layers: [{ id: 'cells', fields: { id: 'H3', v: 'persons/km²', n: 'persons' } }],
  resolutions: [
    { minzoom: 6, maxzoom: 9, resolution: 7 },
    { minzoom: 10, maxzoom: 11, resolution: 8 },
    { minzoom: 12, maxzoom: 14, resolution: 9 },
  ],
}

/** The first issue's path and message, as the client reports a schema error. */
function firstIssue(value: unknown): string {
  const r = v.safeParse(DensityTileSet, value)
  if (r.success) return 'valid'
  return `${v.getDotPath(r.issues[0])}: ${r.issues[0].message}`
}

describe('the density tile set (TileJSON) schema', () => {
  it('takes a TileJSON with the zoom → resolution table', () => {
    expect(firstIssue(valid)).toBe('valid')
  })

  it('refuses a zoom served twice, a gap, ranges that stop short and a range turned round', () => {
    const r = (...ranges: [number, number, number][]) => ({ ...valid, resolutions: ranges.map(([minzoom, maxzoom, resolution]) => ({ minzoom, maxzoom, resolution })) })
    expect(firstIssue(r([6, 9, 7], [9, 11, 8], [12, 14, 9]))).toBe('resolutions.1.minzoom: zoom 9 is served twice')
    expect(firstIssue(r([6, 9, 7], [6, 9, 7], [10, 14, 9]))).toBe('resolutions.1.minzoom: zoom 6 is served twice')
    expect(firstIssue(r([6, 9, 7], [11, 14, 9]))).toBe('resolutions.1.minzoom: zooms 10–10 are not served')
    expect(firstIssue(r([6, 9, 7], [10, 12, 8]))).toBe('resolutions: the zoom ranges end at 12, not at maxzoom 14')
    expect(firstIssue(r([6, 9, 7], [11, 10, 8], [12, 14, 9]))).toMatch(/^resolutions\.1\.maxzoom: maxzoom 10 is below/)
    expect(firstIssue(r())).toMatch(/^resolutions: /)
  })

  it('refuses templates without {z}/{x}/{y}, a second source layer and out-of-range values', () => {
    expect(firstIssue({ ...valid, tiles: ['tiles/{z}/{x}.pbf'] })).toMatch(/^tiles\.0: /)
    expect(firstIssue({ ...valid, tiles: [] })).toMatch(/^tiles: /)
    expect(firstIssue({ ...valid, vector_layers: [...valid.vector_layers, { id: 'more', fields: {} }] })).toMatch(/^vector_layers/)
    expect(firstIssue({ ...valid, vector_layers: [{ id: '<b>x</b>', fields: {} }] })).toMatch(/^vector_layers\.0\.id: /)
    expect(firstIssue({ ...valid, minzoom: '6' })).toMatch(/^minzoom: /)
    expect(firstIssue({ ...valid, bounds: [200, 30, 122, 31] })).toMatch(/^bounds\.0: /)
    expect(firstIssue({ ...valid, tilejson: '2.2.0' })).toMatch(/^tilejson: /)
  })
})
