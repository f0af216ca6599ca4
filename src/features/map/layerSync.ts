import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { BASE, type MapTheme } from './basemap'
import { geojsonDiff, isEmptyDiff } from './geojsonDiff'
import { drawOrder, type DataCustomLayer, type MapLayer } from './mapLayer'
import { isTileOutput, type LayerOutput } from './types'
import { attributionAsText } from './text'
import type { TileOptions, TileSources } from './tileSources'

/** What the map should show for one active layer; `output` is null while its data is loading. */
export interface RenderLayer {
  layer: MapLayer
  output: LayerOutput | null
  attribution?: string | undefined
}

interface Mounted {
  layer: MapLayer
  output: LayerOutput
  attribution: string | undefined
  sublayerIds: string[]
  custom: DataCustomLayer[]
}

/** Whether two lists would draw the same: the same layers, in order, with the same data and attribution. */
export function sameRenderLayers(a: readonly RenderLayer[], b: readonly RenderLayer[]): boolean {
  return a.length === b.length && a.every((l, i) => l.layer === b[i]!.layer && l.output === b[i]!.output && l.attribution === b[i]!.attribution)
}

export const sourceId = (layerId: string) => `cdb:${layerId}`
export const sublayerId = (layerId: string, local: string) => `cdb:${layerId}:${local}`

/** Surfaces and choropleths sit under the district outlines; everything else above them. */
function anchorFor(layer: MapLayer): string {
  return layer.group === 'surface' || layer.group === 'choropleth' ? BASE.outline : BASE.selected
}

/**
 * Keeps the map's sources and layers in step with the active layer list: adds, updates (as a diff
 * where geometry is keyed by id), re-orders and removes. Layers never rebuild the style.
 */
export class LayerSync {
  private mounted = new Map<string, Mounted>()
  /** Tiled layers' support, loaded with the first of them (the map's first screen has none). */
  private tiles: TileSources | null = null
  private tilesLoading = false
  private wanted: readonly RenderLayer[] = []
  private orderKey = ''
  private active: readonly MapLayer[] = []
  private animated = true
  private uiScale = 1
  private theme: MapTheme = 'dark'

  constructor(
    private readonly map: MapLibreMap,
    private readonly tileOptions: Omit<TileOptions, 'renew'> = { onHealth: () => {} },
  ) {}

  /** Ids of drawn sublayers that answer hover and click, topmost layer last. */
  hitLayers(): { mapLayerId: string; layer: MapLayer }[] {
    const out: { mapLayerId: string; layer: MapLayer }[] = []
    for (const m of this.mounted.values()) {
      for (const s of m.layer.layers) {
        if (s.type !== 'custom' && s.type !== 'symbol') out.push({ mapLayerId: sublayerId(m.layer.id, s.id), layer: m.layer })
      }
    }
    return out
  }

  sync(wanted: readonly RenderLayer[]): void {
    this.wanted = wanted
    const byId = new Map(wanted.map((w) => [w.layer.id, w]))
    for (const id of [...this.mounted.keys()]) if (!byId.has(id)) this.unmount(id)
    for (const w of wanted) {
      if (!w.output) continue // still loading: keep what is drawn (if anything) instead of flashing empty
      if (isTileOutput(w.output) && !this.tiles) {
        this.loadTileSupport() // mounts it when loaded
        continue
      }
      const m = this.mounted.get(w.layer.id)
      if (!m) this.mount(w.layer, w.output, w.attribution)
      else if (m.output !== w.output) this.update(m, w.output)
    }
    this.active = wanted.map((w) => w.layer)
    this.reorder(this.active)
  }

  /** Re-applies the stacking, e.g. after base layers were added on top of the data layers. */
  restack(): void {
    this.orderKey = ''
    this.reorder(this.active)
  }

  setAnimated(on: boolean): void {
    this.animated = on
    for (const m of this.mounted.values()) m.custom.forEach((c) => c.setAnimated(on))
  }

  setUiScale(scale: number): void {
    this.uiScale = scale
    for (const m of this.mounted.values()) m.custom.forEach((c) => c.setUiScale(scale))
  }

  setTheme(theme: MapTheme): void {
    this.theme = theme
    for (const m of this.mounted.values()) m.custom.forEach((c) => c.setTheme(theme))
  }

  /** After a style swap (a configured basemap) every source is gone: mount again from what we hold. */
  remountAll(): void {
    const held = [...this.mounted.values()]
    this.mounted.clear()
    this.orderKey = ''
    for (const m of held) this.mount(m.layer, m.output, m.attribution)
    this.reorder(held.map((m) => m.layer))
  }

  /**
   * Whether the layer's data is on screen: built features are as soon as they are handed over; tiles
   * once every tile in view has loaded and none failed.
   */
  isDrawn(layerId: string): boolean {
    const m = this.mounted.get(layerId)
    return !!m && (!isTileOutput(m.output) || (this.tiles?.isDrawn(sourceId(layerId)) ?? false))
  }

  /** Fetches a failing tiled layer's tiles again now (the layer control's retry). */
  retryTiles(layerId: string): void {
    this.tiles?.retry(sourceId(layerId))
  }

  private loadTileSupport(): void {
    if (this.tilesLoading) return
    this.tilesLoading = true
    import('./tileSources').then(
      (m) => {
        this.tiles = new m.TileSources(this.map, { ...this.tileOptions, renew: (id) => this.renew(id) })
        this.sync(this.wanted)
      },
      () => {
        this.tilesLoading = false // the next sync tries again
      },
    )
  }

  private mount(layer: MapLayer, output: LayerOutput, attribution?: string): void {
    const src = sourceId(layer.id)
    if (!this.map.getSource(src)) {
      const text = attributionAsText(attribution)
      this.map.addSource(
        src,
        isTileOutput(output)
          ? this.tiles!.spec(layer.id, src, output.tiles, text) // sync() mounts tiled layers only once their support has loaded
          : { type: 'geojson', data: output.geojson, promoteId: 'id', attribution: text, ...layer.source },
      )
    }
    const sourceLayer = isTileOutput(output) ? { 'source-layer': output.tiles.sourceLayer } : {}
    const m: Mounted = { layer, output, attribution, sublayerIds: [], custom: [] }
    const anchor = this.map.getLayer(anchorFor(layer)) ? anchorFor(layer) : undefined
    for (const spec of layer.layers) {
      const id = sublayerId(layer.id, spec.id)
      if (spec.type === 'custom') {
        if (!layer.custom || isTileOutput(output)) continue // custom layers draw built features only
        const custom = layer.custom(id)
        custom.setAnimated(this.animated)
        custom.setUiScale(this.uiScale)
        custom.setTheme(this.theme)
        custom.setData(output.geojson)
        this.map.addLayer(custom, anchor)
        m.custom.push(custom)
      } else {
        // The spec types are a union per layer type; adding `source` keeps each member intact.
        this.map.addLayer({ ...spec, id, source: src, ...sourceLayer } as LayerSpecification, anchor)
      }
      m.sublayerIds.push(id)
    }
    this.mounted.set(layer.id, m)
  }

  private update(m: Mounted, next: LayerOutput): void {
    const prev = m.output
    if (isTileOutput(prev) || isTileOutput(next)) return this.updateTiles(m, next)
    if (prev.geojson === next.geojson) return
    const source = this.map.getSource<GeoJSONSource>(sourceId(m.layer.id))
    if (!source) return
    const diff = m.layer.stableGeometry && !m.layer.source.cluster ? geojsonDiff(prev.geojson, next.geojson) : null
    if (diff) {
      if (!isEmptyDiff(diff)) void source.updateData(diff)
    } else void source.setData(next.geojson)
    m.output = next
    m.custom.forEach((c) => c.setData(next.geojson))
  }

  /** A tiled layer reloads its source for new URLs; other changes (or a kind switch) mount it anew. */
  private updateTiles(m: Mounted, next: LayerOutput): void {
    const prev = m.output
    if (isTileOutput(prev) && isTileOutput(next) && this.tiles?.update(sourceId(m.layer.id), prev.tiles, next.tiles)) {
      m.output = next
      return
    }
    const { layer, attribution } = m
    this.unmount(layer.id)
    this.mount(layer, next, attribution)
    this.restack()
  }

  private unmount(id: string): void {
    this.tiles?.forget(sourceId(id))
    this.removeFromMap(id)
  }

  /** The layer's source and sublayers anew, from what it holds (a tiled layer's retry). */
  private renew(id: string): void {
    const m = this.mounted.get(id)
    if (!m) return
    this.removeFromMap(id)
    this.mount(m.layer, m.output, m.attribution)
    this.restack()
  }

  private removeFromMap(id: string): void {
    const m = this.mounted.get(id)
    if (!m) return
    for (const sid of m.sublayerIds) if (this.map.getLayer(sid)) this.map.removeLayer(sid)
    if (this.map.getSource(sourceId(id))) this.map.removeSource(sourceId(id))
    this.mounted.delete(id)
  }

  private reorder(active: readonly MapLayer[]): void {
    const ordered = drawOrder(
      active.map((l) => l.id).filter((id) => this.mounted.has(id)),
      active,
    )
    const key = ordered.map((l) => l.id).join('|')
    if (key === this.orderKey) return
    this.orderKey = key
    for (const layer of ordered) {
      const anchor = this.map.getLayer(anchorFor(layer)) ? anchorFor(layer) : undefined
      for (const sid of this.mounted.get(layer.id)?.sublayerIds ?? []) this.map.moveLayer(sid, anchor)
    }
  }
}

