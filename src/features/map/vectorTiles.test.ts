import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api'
import { apiRequestAuth } from './apiAuth'
import { tileError, tileRetryDelayMs } from './tileSources'
import { resolutionRanges, resolveTemplate, tileOutput } from './vectorTiles'

const SET = {
  tiles: ['tiles/{z}/{x}/{y}.pbf?surface=hourly&hour=8&v=2026-11-23T08%3A00%3A00%2B08%3A00'],
  minzoom: 6,
  maxzoom: 14,
  bounds: [120.8, 30.6, 122.1, 31.9] as const,
  vector_layers: [{ id: 'cells' }] as const,
  resolutions: [
    { minzoom: 6, maxzoom: 9, resolution: 7 },
    { minzoom: 10, maxzoom: 11, resolution: 8 },
    { minzoom: 12, maxzoom: 14, resolution: 9 },
  ],
}

describe('vector tiles from TileJSON', () => {
  it('resolve a relative template against the TileJSON URL, keeping {z}/{x}/{y} and the data version', () => {
    const doc = 'http://127.0.0.1:4201/api/v1/density/tiles?surface=hourly&hour=8'
    const out = tileOutput(SET, doc)
    expect(out.tiles.urls).toEqual(['http://127.0.0.1:4201/api/v1/density/tiles/{z}/{x}/{y}.pbf?surface=hourly&hour=8&v=2026-11-23T08%3A00%3A00%2B08%3A00'])
    expect(out.tiles).toMatchObject({ minzoom: 6, maxzoom: 14, sourceLayer: 'cells', bounds: [120.8, 30.6, 122.1, 31.9] })
    expect(out.notes).toEqual([{ key: 'cityMap.note.h3Resolutions', params: { ranges: '7 (z6–9) · 8 (z10–11) · 9 (z12–14)' } }])
    // An absolute template (a tile server on another host) stays as it is.
    expect(resolveTemplate('https://tiles.example.org/h3/{z}/{x}/{y}.mvt', doc)).toBe('https://tiles.example.org/h3/{z}/{x}/{y}.mvt')
    expect(resolveTemplate('/t/{z}/{x}/{y}', doc)).toBe('http://127.0.0.1:4201/t/{z}/{x}/{y}')
  })

  it('say a single zoom as one number', () => {
    expect(resolutionRanges([{ minzoom: 12, maxzoom: 12, resolution: 9 }])).toBe('9 (z12)')
  })
})

describe('the bearer token on the map’s own requests', () => {
  const page = 'https://city.example.org/explore'
  it('goes in the Authorization header of requests under the API base, nowhere else', () => {
    const auth = apiRequestAuth('/api/v1', 'tok', page)!
    expect(auth('https://city.example.org/api/v1/density/tiles/12/1/2.pbf')).toEqual({
      url: 'https://city.example.org/api/v1/density/tiles/12/1/2.pbf',
      headers: { Authorization: 'Bearer tok' },
    })
    expect(auth('https://city.example.org/api/v10/x')).toEqual({ url: 'https://city.example.org/api/v10/x' })
    expect(auth('https://basemap.example.org/style.json')).toEqual({ url: 'https://basemap.example.org/style.json' })
    const remote = apiRequestAuth('https://api.example.org/api/v1/', 'tok', page)!
    expect(remote('https://api.example.org/api/v1/density/tiles/1/1/1.pbf').headers).toEqual({ Authorization: 'Bearer tok' })
    expect(remote('https://city.example.org/api/v1/x').headers).toBeUndefined()
  })

  it('is not set up at all without a token', () => {
    expect(apiRequestAuth('/api/v1', undefined, page)).toBeUndefined()
  })
})

describe('tile failures', () => {
  it('become API errors: HTTP status, no answer, or bytes that are no tile', () => {
    const http = Object.assign(new Error('Internal Server Error'), { status: 500, url: 'http://h/api/v1/density/tiles/12/1/2.pbf?v=1' })
    expect(tileError(http)).toMatchObject({ kind: 'http', status: 500, endpoint: '/api/v1/density/tiles/12/1/2.pbf', retryable: true })
    expect(tileError(Object.assign(new Error('Failed to fetch'), { status: 0, url: 'http://h/x' })).kind).toBe('network')
    const bad = tileError(new Error('Unimplemented type: 3'))
    expect(bad).toBeInstanceOf(ApiError)
    expect(bad.kind).toBe('malformed')
  })

  it('are retried sooner first, then every 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(tileRetryDelayMs)).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000])
  })
})
