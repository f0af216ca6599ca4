/**
 * Density surfaces as Mapbox Vector Tiles, the way a tile server (Martin, pg_tileserv over an H3
 * table) serves them: hexagons of the resolution the zoom asks for, cut to the tile, encoded as
 * MVT. At street zoom (H3 res 9) Shanghai has ~93,000 cells, ~36 MB as GeoJSON: a map client
 * cannot take that whole, but a tile of it is a few kB. One geojson-vt index per (surface, hour,
 * resolution) is built on the first tile that needs it and kept, so a tile then costs milliseconds.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt'
import { fromGeojsonVt } from '@maplibre/vt-pbf'
import type { Feature, FeatureCollection, Polygon } from 'geojson'
import { cellArea, cellToBoundary } from 'h3-js'
import type { DensitySurface, DensitySurfaceKind, TileZoomResolution } from '../../src/api/contract'

/** The source layer every density tile carries. */
export const DENSITY_TILE_LAYER = 'cells'
export const DENSITY_TILE_FIELDS = {
  id: 'H3 cell index',
  v: 'persons per km² (rounded)',
  n: 'persons in the cell',
}

/**
 * Coarse cells when the whole city is in view keep tiles small; res 8 from zoom 10, and res 9
 * (~0.1 km², street blocks) from zoom 12, where a tile spans a few km. The map overzooms past 14.
 */
export const DENSITY_TILE_ZOOMS: readonly TileZoomResolution[] = [
  { minzoom: 6, maxzoom: 9, resolution: 7 },
  { minzoom: 10, maxzoom: 11, resolution: 8 },
  { minzoom: 12, maxzoom: 14, resolution: 9 },
]
export const DENSITY_TILE_MINZOOM = DENSITY_TILE_ZOOMS[0]!.minzoom
export const DENSITY_TILE_MAXZOOM = DENSITY_TILE_ZOOMS[DENSITY_TILE_ZOOMS.length - 1]!.maxzoom

/**
 * H3 cells → hexagon polygons: `id` the H3 index, `v` persons per km² (so one fixed colour scale
 * serves every resolution), `n` the persons in the cell.
 */
export function cellFeatures(cells: DensitySurface['cells']): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = cells.map((c) => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [cellToBoundary(c.h3, true)] },
    // Rounded: the legend's classes are hundreds wide, and a whole number encodes smaller in MVT.
    properties: { id: c.h3, v: Math.round(c.value / cellArea(c.h3, 'km2')), n: c.value },
  }))
  return { type: 'FeatureCollection', features }
}

/** MVT extent and buffer (pixels of a 512 px tile × 8): the buffer keeps hexagon edges from seaming. */
const EXTENT = 4096
const BUFFER = 64

export function tileIndex(cells: DensitySurface['cells'], maxZoom: number): GeoJSONVT {
  return new GeoJSONVT(cellFeatures(cells), { maxZoom, indexMaxZoom: 5, extent: EXTENT, buffer: BUFFER, tolerance: 1 })
}

/** Rewrites a feature's properties before encoding (the mock's payload faults). */
export type TagsMap = (tags: Record<string, unknown>) => Record<string, unknown>

/** One encoded tile; null when no cell lies in it. */
export function encodeTile(index: GeoJSONVT, z: number, x: number, y: number, tags?: TagsMap): Uint8Array | null {
  const tile = index.getTile(z, x, y)
  if (!tile || tile.features.length === 0) return null
  // The index's tiles are cached: a rewrite works on copies.
  const out = tags ? { ...tile, features: tile.features.map((f) => ({ ...f, tags: tags(f.tags ?? {}) })) } : tile
  return fromGeojsonVt({ [DENSITY_TILE_LAYER]: out as typeof tile }, { version: 2, extent: EXTENT })
}

export interface DensityTileQuery {
  surface: DensitySurfaceKind
  /** For the hourly surface; the others ignore it. */
  hour?: number | undefined
  z: number
  x: number
  y: number
}

/** Indexes kept: each res-9 one holds ~93,000 hexagons; the hourly surface has 24 hours of them. */
const INDEX_CACHE_SIZE = 8

/**
 * Tiles of the density surfaces that `cellsOf` answers (the mock's /density). Returns null for a
 * tile with no cell, and throws RangeError for a zoom outside the served range.
 */
export function createDensityTiles(cellsOf: (surface: DensitySurfaceKind, resolution: number, hour: number) => DensitySurface['cells']) {
  const indexes = new Map<string, GeoJSONVT>()
  const indexFor = (surface: DensitySurfaceKind, resolution: number, hour: number, maxZoom: number): GeoJSONVT => {
    const key = `${surface}:${resolution}:${hour}`
    let index = indexes.get(key)
    if (index) {
      indexes.delete(key) // re-inserted below: the map's order is least recently used first
    } else {
      index = tileIndex(cellsOf(surface, resolution, hour), maxZoom)
      if (indexes.size >= INDEX_CACHE_SIZE) indexes.delete(indexes.keys().next().value!)
    }
    indexes.set(key, index)
    return index
  }
  return (q: DensityTileQuery, tags?: TagsMap): Uint8Array | null => {
    const range = DENSITY_TILE_ZOOMS.find((r) => q.z >= r.minzoom && q.z <= r.maxzoom)
    const n = 2 ** q.z
    if (!range || q.x < 0 || q.y < 0 || q.x >= n || q.y >= n) throw new RangeError(`No tile ${q.z}/${q.x}/${q.y}: zooms ${DENSITY_TILE_MINZOOM}–${DENSITY_TILE_MAXZOOM} are served`)
    return encodeTile(indexFor(q.surface, range.resolution, q.surface === 'hourly' ? (q.hour ?? 0) : 0, range.maxzoom), q.z, q.x, q.y, tags)
  }
}
