import { z } from '../../zod'
import { LngLat, RegionCode, uniqueList } from './common'

export const AGE_BANDS = ['0-5', '6-10', '11-14', '15-59', '60+'] as const
export const AgeBand = z.enum(AGE_BANDS)
export type AgeBand = z.infer<typeof AgeBand>

const count = z.int().check(z.nonnegative())

export const RegionPopulation = z.object({
  code: RegionCode,
  /** 常住人口: resident population. */
  residents: count,
  /** Typical weekday daytime population (residents + in-commuters − out-commuters). */
  daytime: count,
  /** Land area in km², for density. */
  areaKm2: z.number().check(z.positive()),
  ageBands: z.object({
    '0-5': count,
    '6-10': count,
    '11-14': count,
    '15-59': count,
    '60+': count,
  }),
  /** Residents aged 65+, a subset of 60+. */
  age65plus: count,
})
export type RegionPopulation = z.infer<typeof RegionPopulation>

export const Population = z.object({
  /** Census or estimate year the counts describe. */
  year: z.int(),
  regions: uniqueList(RegionPopulation, (r) => r.code, ['code']),
})
export type Population = z.infer<typeof Population>

export const DENSITY_SURFACES = ['children_0_5', 'children_6_10', 'children_11_14', 'elderly_65', 'hourly'] as const
export const DensitySurfaceKind = z.enum(DENSITY_SURFACES)
export type DensitySurfaceKind = z.infer<typeof DensitySurfaceKind>

export const DensityCell = z.object({
  /** H3 cell index (hex string). */
  h3: z.string().check(z.regex(/^[0-9a-f]{15}$/)),
  /** Persons in the cell. */
  value: z.number().check(z.nonnegative()),
})

export const DensitySurface = z.object({
  surface: DensitySurfaceKind,
  resolution: z.int().check(z.minimum(5), z.maximum(10)),
  /** Hour of day (0–23) for the hourly surface, otherwise null. */
  hour: z.nullable(z.int().check(z.minimum(0), z.maximum(23))),
  cells: z.array(DensityCell),
})
export type DensitySurface = z.infer<typeof DensitySurface>

/** TileJSON zoom bounds: MapLibre requests tiles from 0 to 24. */
const tileZoom = z.int().check(z.minimum(0), z.maximum(24))

/** Which H3 resolution the tiles of a zoom range carry. */
export const TileZoomResolution = z.object({
  minzoom: tileZoom,
  maxzoom: tileZoom,
  resolution: z.int().check(z.minimum(0), z.maximum(15)),
})
export type TileZoomResolution = z.infer<typeof TileZoomResolution>

/**
 * The zoom ranges must run in order, touch, and cover minzoom..maxzoom exactly: a zoom served by two
 * resolutions (a duplicate) or by none (a gap) is a schema error naming the range.
 */
const coversZooms = z.superRefine<{ minzoom: number; maxzoom: number; resolutions: TileZoomResolution[] }>((set, ctx) => {
  let next = set.minzoom
  set.resolutions.forEach((r, i) => {
    if (r.minzoom > r.maxzoom) ctx.addIssue({ code: 'custom', path: ['resolutions', i, 'maxzoom'], message: `maxzoom ${r.maxzoom} is below minzoom ${r.minzoom}` })
    else if (r.minzoom !== next) {
      const what = r.minzoom < next ? `zoom ${r.minzoom} is served twice` : `zooms ${next}–${r.minzoom - 1} are not served`
      ctx.addIssue({ code: 'custom', path: ['resolutions', i, 'minzoom'], message: what })
    }
    next = r.maxzoom + 1
  })
  if (next !== set.maxzoom + 1) ctx.addIssue({ code: 'custom', path: ['resolutions'], message: `the zoom ranges end at ${next - 1}, not at maxzoom ${set.maxzoom}` })
})

/**
 * A density surface as Mapbox Vector Tiles (TileJSON 3.0 fields plus the H3 resolution per zoom).
 * Surfaces down to street scale (H3 res 9: ~93,000 cells, ~36 MB as GeoJSON for Shanghai) are too
 * large to send whole; MVT is the format map clients fetch and decode tile by tile, only what is in
 * view. A deployment serves them from a tile server (Martin, pg_tileserv) over an H3 table.
 */
export const DensityTileSet = z.object({
  surface: DensitySurfaceKind,
  /** Hour of day (0–23) for the hourly surface, otherwise null. */
  hour: z.nullable(z.int().check(z.minimum(0), z.maximum(23))),
  tilejson: z.literal('3.0.0'),
  /**
   * URL templates with {z}, {x} and {y}; a relative one is resolved against this document's URL.
   * They carry the data version, so new data has new URLs and no cached tile outlives it.
   */
  tiles: z.array(z.string().check(z.regex(/\{z\}/), z.regex(/\{x\}/), z.regex(/\{y\}/))).check(z.minLength(1)),
  minzoom: tileZoom,
  maxzoom: tileZoom,
  /** [west, south, east, north] in WGS84 degrees: no tile outside is requested. */
  bounds: z.tuple([...LngLat.def.items, ...LngLat.def.items]),
  /** The one source layer: hexagons with `id` (H3 index), `v` (persons per km²) and `n` (persons). */
  vector_layers: z.tuple([z.object({ id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)), fields: z.record(z.string(), z.string()) })]),
  resolutions: z.array(TileZoomResolution).check(z.minLength(1)),
}).check(coversZooms)
export type DensityTileSet = z.infer<typeof DensityTileSet>
