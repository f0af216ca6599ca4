import type { FeatureCollection } from 'geojson'
import type { QueryKey, UndefinedInitialQueryOptionsWithDataTag } from '@tanstack/vue-query'
import type {
  CircleLayerSpecification,
  CustomLayerInterface,
  FillExtrusionLayerSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl'
import type { Boundaries, City, Meta } from '@/api'
import type { ClassScale } from './colorScales'
import { LAYER_GROUPS, layerEntry, type LayerGroup, type MapLayerId } from './layerCatalog'
import type { Lang, LayerOutput, Localized, Selection, SourceOutput, ViewState } from './types'

/**
 * A map layer is data, not code in a component: one declaration, used by the wall and by explore.
 * Feature rooms declare their layers with `defineMapLayer`; `layerCatalog.ts` lists them all as plain
 * data, and `layers.ts` loads a room's declarations when one of its layers is first shown.
 */

export { LAYER_GROUPS, type LayerGroup }
export const EXCLUSIVE_GROUPS: readonly LayerGroup[] = ['surface', 'choropleth', 'extrusion']

type Sub<T> = Omit<T, 'id' | 'source'> & { id: string }
/** A MapLibre layer without its source (the runtime supplies it) and with a local id. */
export type SubLayerSpec =
  | Sub<FillLayerSpecification>
  | Sub<LineLayerSpecification>
  | Sub<CircleLayerSpecification>
  | Sub<SymbolLayerSpecification>
  | Sub<FillExtrusionLayerSpecification>
  /** Placeholder for the layer's `custom` WebGL layer, so its position in the stack is declared too. */
  | { id: string; type: 'custom' }

/** A custom WebGL layer fed from the same GeoJSON as the layer's other sublayers. */
export interface DataCustomLayer extends CustomLayerInterface {
  setData(fc: FeatureCollection): void
  /** Off for reduced motion and on the wall's paused scenes; draws a still frame. */
  setAnimated(on: boolean): void
  setUiScale(scale: number): void
  setTheme(theme: 'light' | 'dark'): void
}

/** What `toSource` gets besides the data: the view, and the base geography it `needs` once loaded (else null). */
export interface SourceContext {
  view: ViewState
  boundaries: Boundaries | null
  city: City | null
}

export interface LegendSpec {
  scale: ClassScale
  unit: Localized
  /** 口径: how the drawn value is derived. The API's own definitions are shown beside it. */
  definition: Localized
  /** Other encodings, e.g. "circle area = seats". */
  encodings?: Localized[]
  /** What the low and the high end of a diverging ramp mean, in words, so colour is not the only carrier. */
  ends?: readonly [Localized, Localized]
}

/** The parts of the view a layer's source may depend on; the camera and the layer list never do. */
export type SourceViewKey = 'hour' | 'year' | 'level' | 'dayType'

export type SourceOptions = Pick<GeoJSONSourceSpecification, 'cluster' | 'clusterRadius' | 'clusterMaxZoom' | 'clusterProperties'>

export interface MapLayerDef<T extends { meta: Meta }, K extends QueryKey> {
  /** Its entry in layerCatalog.ts, which gives its title and group. */
  id: MapLayerId
  /** Base geography the layer cannot draw without; it waits (or shows that error) until it loads. `toSource` gets only this. */
  needs?: readonly ('boundaries' | 'city')[]
  query: (view: ViewState) => UndefinedInitialQueryOptionsWithDataTag<T, Error, T, K>
  /** Features to draw, or vector tiles for MapLibre to fetch (then `custom` and `source` do not apply). */
  toSource: (data: T, ctx: SourceContext) => LayerOutput
  /**
   * The knobs of `ctx.view` that `toSource` reads (none by default). The source is rebuilt, and the
   * map's worker tiles it again, only when one of these changes (layers.test.ts holds every layer to it).
   */
  viewKeys?: readonly SourceViewKey[]
  /** Parameters in effect, for the legend: e.g. "初中 · 2030". */
  caption?: (view: ViewState, lang: Lang) => string
  source?: SourceOptions
  layers: SubLayerSpec[]
  custom?: (id: string) => DataCustomLayer
  /** Hover text, one string per line; rendered with textContent. */
  tooltip?: (props: Record<string, unknown>, lang: Lang) => string[] | null
  select?: (props: Record<string, unknown>) => Selection | null
  /** Geometry is a pure function of the feature id (regions, H3 cells, arcs): updates can be diffs. */
  stableGeometry?: boolean
  legend: LegendSpec
}

/** A layer with its data type hidden; `use` opens it again without a cast. */
export interface MapLayer {
  readonly id: string
  readonly title: Localized
  readonly group: LayerGroup
  readonly needs: readonly ('boundaries' | 'city')[]
  readonly legend: LegendSpec
  readonly layers: readonly SubLayerSpec[]
  readonly source: SourceOptions
  readonly stableGeometry: boolean
  readonly custom?: ((id: string) => DataCustomLayer) | undefined
  readonly caption?: ((view: ViewState, lang: Lang) => string) | undefined
  readonly tooltip?: ((props: Record<string, unknown>, lang: Lang) => string[] | null) | undefined
  readonly select?: ((props: Record<string, unknown>) => Selection | null) | undefined
  use<R>(k: <T extends { meta: Meta }, K extends QueryKey>(def: MapLayerDef<T, K>) => R): R
}

export function defineMapLayer<T extends { meta: Meta }, K extends QueryKey>(def: MapLayerDef<T, K>): MapLayer {
  const entry = layerEntry(def.id)
  if (!entry) throw new Error(`Map layer ${def.id} is not in layerCatalog.ts`)
  return {
    id: def.id,
    title: entry.title,
    group: entry.group,
    needs: def.needs ?? [],
    legend: def.legend,
    layers: def.layers,
    source: def.source ?? {},
    stableGeometry: def.stableGeometry ?? false,
    custom: def.custom,
    caption: def.caption,
    tooltip: def.tooltip,
    select: def.select,
    use: (k) => k(def),
  }
}

export function emptyOutput(): SourceOutput {
  return { geojson: { type: 'FeatureCollection', features: [] }, invalid: 0, notes: [] }
}

/**
 * Toggling a layer: exclusive groups (two choropleths would hide each other) swap instead of stack.
 * Returns a new list; order is kept so the URL stays stable.
 */
export function toggleLayer(active: readonly string[], id: string, all: readonly { id: string; group: LayerGroup }[]): string[] {
  if (active.includes(id)) return active.filter((a) => a !== id)
  const layer = all.find((l) => l.id === id)
  if (!layer) return [...active]
  const group = layer.group
  const keep = EXCLUSIVE_GROUPS.includes(group)
    ? active.filter((a) => all.find((l) => l.id === a)?.group !== group)
    : [...active]
  return [...keep, id]
}

/** Active layers in drawing order (group rank, then the order they were switched on). */
export function drawOrder<L extends { id: string; group: LayerGroup }>(active: readonly string[], all: readonly L[]): L[] {
  const rank = (l: L) => LAYER_GROUPS.indexOf(l.group)
  return active
    .map((id) => all.find((l) => l.id === id))
    .filter((l): l is L => l !== undefined)
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i)
    .map(({ l }) => l)
}
