import type { FeatureCollection } from 'geojson'
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'
import type { Boundaries, City } from '@/api'
import { isLngLat, isValidGeometry } from './geo'
import { clippedText, px } from './styleExpr'

/** Longest region label drawn whole (Chinese, English): the longest real names fit with room to spare. */
export const LABEL_MAX_CHARS = { zh: 12, en: 28 } as const

/**
 * The offline basemap: drawn from the API's own region boundaries, so a fresh install shows a city
 * with no tile, glyph, sprite or font host. There is deliberately no `glyphs` entry: MapLibre then
 * draws every label (汉字 and Latin alike) locally with the fonts named in `text-font`.
 */

export type MapTheme = 'light' | 'dark'

export const BASE = {
  background: 'cdb-base-bg',
  land: 'cdb-base-land',
  outline: 'cdb-base-outline',
  selected: 'cdb-base-selected',
  labels: 'cdb-base-labels',
  regionsSource: 'cdb-base-regions',
  labelSource: 'cdb-base-label-points',
} as const

/** Global-state key holding the selected region code ('' for none): selecting never re-styles. */
export const SELECTED_REGION = 'selectedRegion'
/** Global-state key holding the selected facility id ('' for none). */
export const SELECTED_ID = 'selectedId'

/** Installed CJK fonts first (they carry Latin too); the browser falls back from there. */
export const LABEL_FONT = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif']
export const IDEOGRAPH_FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"

export interface BasemapPalette {
  /** Ring round facility and flow points. */
  pointStroke: string
  water: string
  land: string
  outline: string
  label: string
  halo: string
  selected: string
}

export const PALETTE: Record<MapTheme, BasemapPalette> = {
  dark: { pointStroke: '#ffffff', water: '#050a12', land: '#14213a', outline: '#6f89b3', label: '#eef3fb', halo: '#050a12', selected: '#4fc3f7' },
  light: { pointStroke: '#1b2433', water: '#d3dce8', land: '#f5f7fa', outline: '#6b7a92', label: '#1b2433', halo: '#ffffff', selected: '#0b62c4' },
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }

/** The self-contained style the map starts with when no `basemapStyleUrl` is configured. */
export function offlineStyle(theme: MapTheme): StyleSpecification {
  return {
    version: 8,
    name: 'City Data Brain offline',
    layers: [{ id: BASE.background, type: 'background', paint: { 'background-color': PALETTE[theme].water } }],
    sources: {},
  }
}

/** The base sources, created with their data: the worker tiles each once, not empty and then again. */
export function baseSources(boundaries: Boundaries, city: City | null, attribution?: string) {
  return {
    [BASE.regionsSource]: { type: 'geojson' as const, data: regionsGeoJSON(boundaries).geojson, promoteId: 'code', attribution },
    [BASE.labelSource]: { type: 'geojson' as const, data: city ? regionLabelPoints(city) : EMPTY, promoteId: 'code' },
  }
}

/**
 * Region layers. With a configured basemap (`withLand` false) only outlines, selection and labels
 * are added over it; the offline basemap also paints the land.
 */
export function baseLayers(theme: MapTheme, withLand: boolean): LayerSpecification[] {
  const p = PALETTE[theme]
  const layers: LayerSpecification[] = []
  if (withLand) {
    layers.push({ id: BASE.land, type: 'fill', source: BASE.regionsSource, paint: { 'fill-color': p.land } })
  }
  layers.push(
    {
      id: BASE.outline,
      type: 'line',
      source: BASE.regionsSource,
      paint: { 'line-color': p.outline, 'line-width': px(1), 'line-opacity': 0.9 },
    },
    {
      id: BASE.selected,
      type: 'line',
      source: BASE.regionsSource,
      filter: ['==', ['get', 'code'], ['coalesce', ['global-state', SELECTED_REGION], '']],
      paint: { 'line-color': p.selected, 'line-width': px(3.5) },
    },
    {
      id: BASE.labels,
      type: 'symbol',
      source: BASE.labelSource,
      layout: {
        'text-field': ['format', clippedText('nameZh', LABEL_MAX_CHARS.zh), {}, '\n', {}, clippedText('nameEn', LABEL_MAX_CHARS.en), { 'font-scale': 0.8 }],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, px(12), 12, px(17)],
        'text-line-height': 1.15,
        // Labels sit just above the centroid, which stays free for flow nodes and arc ends.
        'text-anchor': 'bottom',
        'text-offset': [0, -0.5],
        'text-padding': 2,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': p.label, 'text-halo-color': p.halo, 'text-halo-width': px(2), 'text-halo-blur': 0.3 },
    },
  )
  return layers
}

/** Paint updates that switch a running map between themes without rebuilding the style. */
export type ThemedPaint = 'background-color' | 'fill-color' | 'line-color' | 'text-color' | 'text-halo-color'

export function themePaint(theme: MapTheme): [layer: string, property: ThemedPaint, value: string][] {
  const p = PALETTE[theme]
  return [
    [BASE.background, 'background-color', p.water],
    [BASE.land, 'fill-color', p.land],
    [BASE.outline, 'line-color', p.outline],
    [BASE.selected, 'line-color', p.selected],
    [BASE.labels, 'text-color', p.label],
    [BASE.labels, 'text-halo-color', p.halo],
  ]
}

/** Region polygons for the base layers; invalid geometry is counted, not drawn. */
export function regionsGeoJSON(b: Boundaries): { geojson: FeatureCollection; invalid: number } {
  const ok = b.features.filter((f) => isValidGeometry(f.geometry))
  return {
    geojson: { type: 'FeatureCollection', features: ok },
    invalid: b.features.length - ok.length,
  }
}

/** Label anchors: the API's centroids (inside the region, unlike a computed centre of mass). */
export function regionLabelPoints(city: City): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: city.regions
      .filter((r) => isLngLat(r.centroid))
      .map((r) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: r.centroid },
        properties: { code: r.code, nameZh: r.name.zh, nameEn: r.name.en },
      })),
  }
}
