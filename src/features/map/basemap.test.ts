import { describe, expect, it } from 'vitest'
import type { Boundaries, City } from '@/api'
import { BASE, baseLayers, baseSources, offlineStyle, regionLabelPoints, regionsGeoJSON, themePaint } from './basemap'

describe('offline basemap', () => {
  it('needs no host: no glyphs, sprite or remote sources', () => {
    for (const theme of ['light', 'dark'] as const) {
      const style = offlineStyle(theme)
      expect(style.glyphs).toBeUndefined()
      expect(style.sprite).toBeUndefined()
      expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//)
      expect(JSON.stringify(baseLayers(theme, true))).not.toMatch(/https?:|\/\//)
    }
  })

  it('labels carry both the Chinese and the English name', () => {
    const labels = baseLayers('dark', true).find((l) => l.id === BASE.labels)
    const field = JSON.stringify(labels?.layout)
    expect(field).toContain('nameZh')
    expect(field).toContain('nameEn')
  })

  it('paints land only when it is the basemap', () => {
    expect(baseLayers('light', true).map((l) => l.id)).toContain(BASE.land)
    expect(baseLayers('light', false).map((l) => l.id)).not.toContain(BASE.land)
  })

  it('has a paint update for every themed property', () => {
    expect(themePaint('dark').every(([, , v]) => /^#[0-9a-f]{6}$/.test(v))).toBe(true)
  })

  it('drops invalid boundary geometry and centroids', () => {
    const b: Boundaries = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: 'a', nameZh: '甲', nameEn: 'A' },
          geometry: { type: 'Polygon', coordinates: [[[121, 31], [122, 31], [122, 32], [121, 31]]] },
        },
        {
          type: 'Feature',
          properties: { code: 'b', nameZh: '乙', nameEn: 'B' },
          geometry: { type: 'Polygon', coordinates: [[[121, 31], [122, 31], [122, 32], [121.5, 31]]] },
        },
      ],
    }
    expect(regionsGeoJSON(b).invalid).toBe(1)
    const city = {
      regions: [
        { code: 'a', name: { zh: '甲', en: 'A' }, centroid: [121.5, 31.2], group: 'x' },
        { code: 'b', name: { zh: '乙', en: 'B' }, centroid: [Number.NaN, 31.2], group: 'x' },
      ],
    } as Pick<City, 'regions'> as City
    expect(regionLabelPoints(city).features.map((f) => f.properties?.nameEn)).toEqual(['A'])
    // The sources are created with the same data, so the map's worker tiles each once.
    const sources = baseSources(b, city, 'src')
    expect(sources[BASE.regionsSource]).toMatchObject({ data: { features: [{ properties: { code: 'a' } }] }, attribution: 'src' })
    expect(sources[BASE.labelSource]?.data).toEqual(regionLabelPoints(city))
    expect(baseSources(b, null)[BASE.labelSource]?.data).toEqual({ type: 'FeatureCollection', features: [] })
  })
})
