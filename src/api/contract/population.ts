import * as v from 'valibot'
import { LngLat, pathTo, RegionCode, uniqueList } from './common'

export const AGE_BANDS = ['0-5', '6-10', '11-14', '15-59', '60+'] as const
export const AgeBand = v.picklist(AGE_BANDS)
export type AgeBand = v.InferOutput<typeof AgeBand>

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

export const RegionPopulation = v.object({
  code: RegionCode,
  /** 常住人口: resident population. */
  residents: count,
  /** Typical weekday daytime population (residents + in-commuters − out-commuters). */
  daytime: count,
  /** Land area in km², for density. */
  areaKm2: v.pipe(v.number(), v.gtValue(0)),
  ageBands: v.object({
    '0-5': count,
    '6-10': count,
    '11-14': count,
    '15-59': count,
    '60+': count,
  }),
  /** Residents aged 65+, a subset of 60+. */
  age65plus: count,
})
export type RegionPopulation = v.InferOutput<typeof RegionPopulation>

export const Population = v.object({
  /** Census or estimate year the counts describe. */
  year: v.pipe(v.number(), v.safeInteger()),
  regions: uniqueList(RegionPopulation, (r) => r.code, ['code']),
})
export type Population = v.InferOutput<typeof Population>

export const DENSITY_SURFACES = ['children_0_5', 'children_6_10', 'children_11_14', 'elderly_65', 'hourly'] as const
export const DensitySurfaceKind = v.picklist(DENSITY_SURFACES)
export type DensitySurfaceKind = v.InferOutput<typeof DensitySurfaceKind>

export const DensityCell = v.object({
  /** H3 cell index (hex string). */
  h3: v.pipe(v.string(), v.regex(/^[0-9a-f]{15}$/)),
  /** Persons in the cell. */
  value: v.pipe(v.number(), v.minValue(0)),
})

export const DensitySurface = v.object({
  surface: DensitySurfaceKind,
  resolution: v.pipe(v.number(), v.safeInteger(), v.minValue(5), v.maxValue(10)),
  /** Hour of day (0–23) for the hourly surface, otherwise null. */
  hour: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(23))),
  cells: v.array(DensityCell),
})
export type DensitySurface = v.InferOutput<typeof DensitySurface>

/** TileJSON zoom bounds: MapLibre requests tiles from 0 to 24. */
const tileZoom = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(24))

/** Which H3 resolution the tiles of a zoom range carry. */
export const TileZoomResolution = v.object({
  minzoom: tileZoom,
  maxzoom: tileZoom,
  resolution: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(15)),
})
export type TileZoomResolution = v.InferOutput<typeof TileZoomResolution>

/**
 * A density surface as Mapbox Vector Tiles (TileJSON 3.0 fields plus the H3 resolution per zoom).
 * Surfaces down to street scale (H3 res 9: ~93,000 cells, ~36 MB as GeoJSON for Shanghai) are too
 * large to send whole; MVT is the format map clients fetch and decode tile by tile, only what is in
 * view. A deployment serves them from a tile server (Martin, pg_tileserv) over an H3 table.
 */
export const DensityTileSet = v.pipe(
  v.object({
    surface: DensitySurfaceKind,
    /** Hour of day (0–23) for the hourly surface, otherwise null. */
    hour: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(23))),
    tilejson: v.literal('3.0.0'),
    /**
     * URL templates with {z}, {x} and {y}; a relative one is resolved against this document's URL.
     * They carry the data version, so new data has new URLs and no cached tile outlives it.
     */
    tiles: v.pipe(v.array(v.pipe(v.string(), v.regex(/\{z\}/), v.regex(/\{x\}/), v.regex(/\{y\}/))), v.minLength(1)),
    minzoom: tileZoom,
    maxzoom: tileZoom,
    /** [west, south, east, north] in WGS84 degrees: no tile outside is requested. */
    bounds: v.strictTuple([...LngLat.items, ...LngLat.items]),
    /** The one source layer: hexagons with `id` (H3 index), `v` (persons per km²) and `n` (persons). */
    vector_layers: v.strictTuple([v.object({ id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)), fields: v.record(v.string(), v.string()) })]),
    resolutions: v.pipe(v.array(TileZoomResolution), v.minLength(1)),
  }),
  /**
   * The zoom ranges must run in order, touch, and cover minzoom..maxzoom exactly: a zoom served by two
   * resolutions (a duplicate) or by none (a gap) is a schema error naming the range.
   */
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return // a field is already wrong
    const set = dataset.value
    const issue = (message: string, ...path: (string | number)[]) => addIssue({ message, path: pathTo(set, ['resolutions', ...path]) })
    let next = set.minzoom
    set.resolutions.forEach((r, i) => {
      if (r.minzoom > r.maxzoom) issue(`maxzoom ${r.maxzoom} is below minzoom ${r.minzoom}`, i, 'maxzoom')
      else if (r.minzoom !== next) issue(r.minzoom < next ? `zoom ${r.minzoom} is served twice` : `zooms ${next}–${r.minzoom - 1} are not served`, i, 'minzoom')
      next = r.maxzoom + 1
    })
    if (next !== set.maxzoom + 1) issue(`the zoom ranges end at ${next - 1}, not at maxzoom ${set.maxzoom}`)
  }),
)
export type DensityTileSet = v.InferOutput<typeof DensityTileSet>
