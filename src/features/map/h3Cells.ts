import type { Feature, FeatureCollection, Position } from 'geojson'
import type { SourceOutput } from './types'

export interface CellValue {
  h3: string
  value: number
}

/** Cell outlines never change, and the hourly surface redraws the same cells 24 times: keep them. */
const ringCache = new Map<string, { ring: Position[]; km2: number }>()
const RING_CACHE_MAX = 200_000

type H3 = typeof import('h3-js')

/** h3-js is large and only the H3 surfaces need it: it loads with the first of them, not with the page. */
export const loadH3 = (): Promise<H3> => import('h3-js')

function cellShape(h3: H3, cell: string): { ring: Position[]; km2: number } {
  let shape = ringCache.get(cell)
  if (!shape) {
    if (ringCache.size >= RING_CACHE_MAX) ringCache.clear() // a kiosk must not grow without bound
    shape = { ring: h3.cellToBoundary(cell, true), km2: h3.cellArea(cell, 'km2') }
    ringCache.set(cell, shape)
  }
  return shape
}

/**
 * H3 cells → hexagon polygons. `v` is persons per km² (so one fixed scale serves every resolution),
 * `n` the persons in the cell. Invalid indexes, negative or non-finite values and repeated cells are
 * counted and skipped.
 */
export async function h3CellsToGeoJSON(cells: readonly CellValue[]): Promise<SourceOutput> {
  const h3 = await loadH3()
  const features: Feature[] = []
  const seen = new Set<string>()
  let invalid = 0
  for (const c of cells) {
    if (seen.has(c.h3) || !Number.isFinite(c.value) || c.value < 0 || !h3.isValidCell(c.h3)) {
      invalid++
      continue
    }
    seen.add(c.h3)
    const { ring, km2 } = cellShape(h3, c.h3)
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: { id: c.h3, v: c.value / km2, n: c.value },
    })
  }
  const geojson: FeatureCollection = { type: 'FeatureCollection', features }
  return { geojson, invalid, notes: [] }
}

/**
 * Grid resolution to request for a zoom: coarser cells when the whole city is in view keep the
 * source small, finer ones from zoom 10 keep hexagons legible up to zoom 14.
 */
export function h3ResolutionForZoom(zoom: number): 7 | 8 {
  return zoom < 10 ? 7 : 8
}
