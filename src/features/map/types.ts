import type { FeatureCollection } from 'geojson'
import type { DayType, SchoolLevel } from '@/api'

/** UI languages; layer titles and legend texts carry both. */
export type Lang = 'zh-CN' | 'en'
export type Localized = Record<Lang, string>

export type LngLatTuple = [number, number]

/** What is selected on the map; encoded in the URL as `kind:id`. */
export type SelectionKind = 'region' | 'school' | 'clinic'
export interface Selection {
  kind: SelectionKind
  id: string
}

/**
 * Everything a map view depends on: camera, active layers, selection and the time/level knobs that
 * layer queries read. The explore view keeps it in the URL (see urlState.ts).
 */
export interface ViewState {
  center: LngLatTuple
  zoom: number
  layers: string[]
  selection: Selection | null
  /** Hour of day 0–23 for hourly surfaces and OD flows. */
  hour: number
  /** Forecast year for school places. */
  year: number
  level: SchoolLevel
  dayType: DayType
}

/** Camera a caller may impose (the wall); the explore view drives it from ViewState. */
export interface MapCamera {
  center: LngLatTuple
  zoom: number
  pitch?: number
  bearing?: number
}

/** A message for the legend / layer control, rendered through the map's i18n keys. */
export interface LayerNote {
  key: string
  params: Record<string, string | number>
}

/** What a layer's `toSource` hands to the map: drawable features plus what was left out and why. */
export interface SourceOutput {
  geojson: FeatureCollection
  /** Features or cells that failed validation and were not drawn. */
  invalid: number
  notes: LayerNote[]
}

/**
 * Vector tiles (MVT) that MapLibre fetches and decodes itself, in its workers, only those in view:
 * for surfaces too large to hand over as GeoJSON (H3 at street scale).
 */
export interface VectorTiles {
  /** Absolute URL templates with {z}/{x}/{y}. */
  urls: string[]
  minzoom: number
  maxzoom: number
  bounds: [number, number, number, number]
  /** The layer inside each tile that the sublayers draw. */
  sourceLayer: string
}

export interface TileOutput {
  tiles: VectorTiles
  /** Checked tile by tile by MapLibre, not here. */
  invalid: 0
  notes: LayerNote[]
}

/** A layer's drawable data: features it built, or tiles the map fetches. */
export type LayerOutput = SourceOutput | TileOutput

export const isTileOutput = (o: LayerOutput): o is TileOutput => 'tiles' in o
