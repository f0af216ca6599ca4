import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl'
import { BASE } from './basemap'
import type { LayerSync } from './layerSync'
import type { MapLayer } from './mapLayer'
import { nameOf } from './text'
import type { Lang, Selection } from './types'

/**
 * Hover tooltips and click selection for the explore map. Tooltip text comes from API strings, so it
 * is set with textContent only, never as markup. Hover hit-tests at most once per animation frame.
 */
export class MapInteraction {
  enabled = true
  lang: Lang = 'zh-CN'
  onSelect: (sel: Selection | null) => void = () => {}
  private readonly tip: HTMLDivElement
  private pending: PointLike | null = null
  private frame = 0

  constructor(
    private readonly map: MapLibreMap,
    private readonly sync: LayerSync,
  ) {
    this.tip = document.createElement('div')
    this.tip.className = 'cdb-map-tooltip'
    this.tip.setAttribute('role', 'tooltip')
    this.tip.hidden = true
    map.getContainer().appendChild(this.tip)
    map.on('mousemove', this.onMove)
    map.on('mouseout', this.hide)
    map.on('click', this.onClick)
  }

  setEnabled(on: boolean): void {
    this.enabled = on
    if (!on) this.hide()
  }

  private pick(point: PointLike): { feature: MapGeoJSONFeature; layer: MapLayer | null } | null {
    const hits = this.sync.hitLayers()
    const ids = hits.map((h) => h.mapLayerId).filter((id) => this.map.getLayer(id))
    if (ids.length) {
      const [feature] = this.map.queryRenderedFeatures(point, { layers: ids })
      const owner = feature && hits.find((h) => h.mapLayerId === feature.layer.id)
      if (feature && owner) return { feature, layer: owner.layer }
    }
    if (!this.map.getLayer(BASE.land)) return null
    const [region] = this.map.queryRenderedFeatures(point, { layers: [BASE.land] })
    return region ? { feature: region, layer: null } : null
  }

  private readonly onMove = (e: MapMouseEvent): void => {
    if (!this.enabled) return
    this.pending = e.point
    if (!this.frame) this.frame = requestAnimationFrame(this.hover)
  }

  private readonly hover = (): void => {
    this.frame = 0
    const point = this.pending
    if (!point || !this.enabled) return
    const hit = this.pick(point)
    const props = hit?.feature.properties ?? {}
    const lines = hit ? (hit.layer ? (hit.layer.tooltip?.(props, this.lang) ?? null) : [nameOf(props, this.lang)]) : null
    this.map.getCanvas().style.cursor = hit ? 'pointer' : ''
    if (!lines?.length) return this.hide()
    this.tip.replaceChildren(
      ...lines.map((text, i) => {
        const div = document.createElement('div')
        div.textContent = text
        if (i === 0) div.className = 'cdb-map-tooltip__title'
        return div
      }),
    )
    const [x, y] = Array.isArray(point) ? point : [point.x, point.y]
    const w = this.map.getContainer().clientWidth
    // Keep the tooltip inside the map: flip to the left of the pointer near the right edge.
    this.tip.style.transform = x > w - 260 ? `translate(calc(${x - 14}px - 100%), ${y + 14}px)` : `translate(${x + 14}px, ${y + 14}px)`
    this.tip.hidden = false
  }

  private readonly hide = (): void => {
    this.tip.hidden = true
  }

  private readonly onClick = (e: MapMouseEvent): void => {
    if (!this.enabled) return
    const hit = this.pick(e.point)
    if (!hit) return this.onSelect(null)
    const props = hit.feature.properties ?? {}
    const clusterId = props.cluster_id
    if (typeof clusterId === 'number' && hit.feature.geometry.type === 'Point') {
      // A click on a cluster zooms in until it splits; selecting "a cluster" means nothing.
      const center = hit.feature.geometry.coordinates as [number, number]
      const source = this.map.getSource<GeoJSONSource>(hit.feature.source)
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => this.map.easeTo({ center, zoom }))
      return
    }
    if (!hit.layer) {
      const code = props.code
      return this.onSelect(typeof code === 'string' ? { kind: 'region', id: code } : null)
    }
    // Something without a selectable identity (an arc) was hit: keep the current selection.
    const sel = hit.layer.select?.(props) ?? null
    if (sel) this.onSelect(sel)
  }

  destroy(): void {
    cancelAnimationFrame(this.frame)
    this.map.off('mousemove', this.onMove)
    this.map.off('mouseout', this.hide)
    this.map.off('click', this.onClick)
    this.tip.remove()
  }
}
