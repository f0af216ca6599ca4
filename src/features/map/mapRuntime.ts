import { Map as MapLibreMap, prewarm, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { ApiError, Boundaries, City } from '@/api'
import {
  BASE,
  baseLayers,
  baseSources,
  IDEOGRAPH_FONT_FAMILY,
  offlineStyle,
  PALETTE,
  regionLabelPoints,
  regionsGeoJSON,
  SELECTED_ID,
  SELECTED_REGION,
  themePaint,
  type MapTheme,
} from './basemap'
import { camerasDiffer } from './camera'
import { canvasCap, devicePixelRatio, needsGlLimits, probeGlLimits } from './displayLimits'
import { ACCENT, POINT_STROKE } from './facilityStyle'
import { LayerSync, sameRenderLayers, type RenderLayer } from './layerSync'
import { MapInteraction } from './mapInteraction'
import { UI_SCALE } from './styleExpr'
import { attributionAsText } from './text'
import type { Lang, MapCamera, Selection } from './types'

/**
 * Everything that touches maplibre-gl at run time. This module is only ever imported dynamically
 * (see useMap.ts), so start-up chunks without a map do not carry the library.
 */
setWorkerUrl(workerUrl)
// The worker starts as this module loads, before the view mounts and creates the map: fetching and
// compiling its script no longer waits behind the mount. The session keeps its one map, so the pool
// that prewarm() holds for ever is the one the map would have started anyway.
prewarm()

export interface MapInit {
  /** A self-hosted style to draw on; without it the offline basemap is used. */
  styleUrl?: string | undefined
  theme: MapTheme
  camera: MapCamera
  /** The configured API: MapLibre's own tile requests to it carry the bearer token and its timeout. */
  api?: { baseUrl: string; token?: string | undefined; timeoutMs?: number | undefined } | undefined
  /**
   * Where the map waits, filling it, until a MapCanvas takes it: the view's map slot, so the map is
   * created at its real size. Without one it waits detached, at MapLibre's 400×300, and is resized
   * (its canvas reallocated, everything drawn again) when it is placed.
   */
  host?: HTMLElement | undefined
}

const HANDLERS = ['scrollZoom', 'boxZoom', 'dragPan', 'keyboard', 'doubleClickZoom', 'touchZoomRotate'] as const

export class MapController {
  readonly map: MapLibreMap
  readonly container: HTMLDivElement
  onCamera: (camera: MapCamera) => void = () => {}
  /** A tiled layer's tiles fail (an error) or load again (null); MapCanvas tells the layer states. */
  onTileHealth: (layerId: string, error: ApiError | null) => void = () => {}
  private readonly sync: LayerSync
  private readonly interaction: MapInteraction
  private readonly offline: boolean
  private theme: MapTheme
  private uiScale = 1
  private selection: Selection | null = null
  private base: { boundaries: Boundaries; city: City | null; attribution?: string | undefined } | null = null
  private wanted: readonly RenderLayer[] = []
  private styleLoaded = false
  /** Where the current flight (a wall scene's camera) should end. */
  private flyTarget: Required<MapCamera> | null = null
  private readonly unwatchDpr: () => void
  private layersSet = false
  private dataMarked = false
  /** Null once `drawn` has resolved, so renders stop checking. */
  private markDrawn: (() => void) | null = null
  /** Resolves the first time every wanted layer has its data drawn over a loaded basemap. */
  readonly drawn = new Promise<void>((resolve) => (this.markDrawn = resolve))

  constructor(init: MapInit) {
    this.container = document.createElement('div')
    this.container.className = 'cdb-map'
    if (init.host) {
      // The slot's MapCanvas styles (position, inset) are not loaded yet; the same rules, via the CSSOM.
      Object.assign(this.container.style, { position: 'absolute', inset: '0' })
      init.host.appendChild(this.container)
    }
    this.offline = !init.styleUrl
    this.theme = init.theme
    this.map = new MapLibreMap({
      container: this.container,
      style: init.styleUrl ?? offlineStyle(init.theme),
      center: init.camera.center,
      zoom: init.camera.zoom,
      pitch: init.camera.pitch ?? 0,
      bearing: init.camera.bearing ?? 0,
      pixelRatio: devicePixelRatio(),
      maxCanvasSize: canvasCap(needsGlLimits(window.screen, devicePixelRatio()) ? probeGlLimits() : null),
      localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
      attributionControl: { compact: true },
      renderWorldCopies: false,
      minZoom: 6,
      maxZoom: 15,
      maxPitch: 70,
      dragRotate: false,
      pitchWithRotate: false,
    })
    // Start-up milestones for the bench (see main.ts); `map:drawn` is marked in useMap.ts.
    performance.mark('map:created')
    this.map.once('load', () => performance.mark('map:load'))
    this.sync = new LayerSync(this.map, { api: init.api, onHealth: (id, error) => this.onTileHealth(id, error) })
    this.interaction = new MapInteraction(this.map, this.sync)
    this.map.on('style.load', this.onStyleLoad)
    this.map.on('moveend', () => this.onCamera(this.camera()))
    this.map.on('moveend', this.settleFlight)
    // Source and tile errors must not take the map down; layers report their own data errors (a
    // tiled layer its tile errors too: see tileSources.ts).
    this.map.on('error', (e) => console.warn('[map]', e.error?.message ?? e))
    this.unwatchDpr = watchPixelRatio(() => this.map.setPixelRatio(devicePixelRatio()))
    for (const ev of ['render', 'idle', 'data', 'moveend'] as const) this.map.on(ev, this.reportState)
  }

  /**
   * Says on the container whether everything asked for is drawn (`data-loaded`, `data-drawn`), so
   * e2e tests and benchmarks can wait for a full render. The map rarely goes 'idle' while flows
   * animate, hence `loaded()` on every render; the DOM is touched only when the answer changes.
   * `data-moving` tells when a camera move (fit, fly) has come to rest. A tiled layer is drawn once
   * the tiles in view have loaded, none failing. `data-camera` (lng,lat,zoom) is where it came to rest.
   */
  private readonly reportState = (): void => {
    const drawn = this.styleLoaded ? this.wanted.filter((l) => l.output && this.sync.isDrawn(l.layer.id)).map((l) => l.layer.id).join(',') : ''
    const loaded = String(this.styleLoaded && !!this.base && this.map.loaded())
    const moving = String(this.map.isMoving())
    const d = this.container.dataset
    if (d.drawn !== drawn) d.drawn = drawn
    if (d.loaded !== loaded) d.loaded = loaded
    if (d.moving !== moving) d.moving = moving
    if (moving === 'false') {
      const c = this.camera()
      const camera = `${c.center[0].toFixed(3)},${c.center[1].toFixed(3)},${c.zoom.toFixed(2)}`
      if (d.camera !== camera) d.camera = camera
    }
    if (this.markDrawn && loaded === 'true' && this.layersSet && this.wanted.every((l) => l.output && this.sync.isDrawn(l.layer.id))) {
      this.markDrawn()
      this.markDrawn = null
    }
  }

  camera(): MapCamera {
    const c = this.map.getCenter()
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), pitch: this.map.getPitch(), bearing: this.map.getBearing() }
  }

  /** Moves only when the camera really differs, so echoing our own moveend back is a no-op. */
  setCamera(cam: MapCamera, fly: boolean): void {
    if (!camerasDiffer(this.camera(), cam)) return
    const target = { center: cam.center, zoom: cam.zoom, pitch: cam.pitch ?? 0, bearing: cam.bearing ?? 0 }
    this.flyTarget = null // a flight this one interrupts ends here, and must not be corrected
    if (fly) {
      this.map.flyTo({ ...target, duration: 2400, essential: false })
      this.flyTarget = target
    } else this.map.jumpTo(target)
  }

  /**
   * A flight whose map was resized on the way (a wall's screen changing resolution: the scene's zoom
   * changes with it) ended off its target, the city pushed into a corner; it is brought home.
   */
  private readonly settleFlight = (): void => {
    const target = this.flyTarget
    if (!target || this.map.isMoving()) return
    this.flyTarget = null
    if (camerasDiffer(this.camera(), target)) this.map.easeTo({ ...target, duration: 600, essential: false })
  }

  /** Animated for a user's click; `animate: false` jumps (the start-up framing: no frames to draw while the map loads). */
  fitBounds(bounds: [[number, number], [number, number]], padding: Partial<Record<'top' | 'bottom' | 'left' | 'right', number>> = {}, animate = true): void {
    const p = { top: 32, bottom: 32, left: 32, right: 32, ...padding }
    this.map.fitBounds(bounds, { padding: p, duration: animate ? 800 : 0, pitch: 0, bearing: 0 })
  }

  /** Idempotent: the head start and then the map's view both hand over the same base geography. */
  setBase(boundaries: Boundaries, city: City | null, attribution?: string): void {
    const prev = this.base
    if (prev && prev.boundaries === boundaries && prev.city === city && prev.attribution === attribution) return
    this.base = { boundaries, city, attribution }
    if (this.styleLoaded) this.applyBase(prev)
  }

  setLayers(layers: readonly RenderLayer[]): void {
    // The view hands over a new list whenever any layer's state changes (a status, a retry count);
    // with nothing to draw differently, a repaint would only cost a frame.
    if (this.layersSet && sameRenderLayers(this.wanted, layers)) return
    this.wanted = layers
    this.layersSet = true
    if (this.styleLoaded) this.syncLayers()
    this.reportState()
    this.map.triggerRepaint()
  }

  retryTiles(layerId: string): void {
    this.sync.retryTiles(layerId)
  }

  setSelection(sel: Selection | null): void {
    this.selection = sel
    if (this.styleLoaded) this.applyGlobalState()
  }

  setTheme(theme: MapTheme): void {
    this.theme = theme
    this.sync.setTheme(theme)
    if (!this.styleLoaded) return
    if (this.offline) for (const [id, prop, value] of themePaint(theme)) if (this.map.getLayer(id)) this.map.setPaintProperty(id, prop, value)
    this.applyGlobalState()
  }

  setUiScale(scale: number): void {
    this.uiScale = scale
    this.sync.setUiScale(scale)
    if (this.styleLoaded) this.applyGlobalState()
  }

  setLang(lang: Lang): void {
    this.interaction.lang = lang
  }

  setAnimated(on: boolean): void {
    this.sync.setAnimated(on && !prefersReducedMotion())
  }

  /** The wall is not touched: no gestures, no tooltips. */
  setInteractive(on: boolean): void {
    for (const h of HANDLERS) {
      if (on) this.map[h].enable()
      else this.map[h].disable()
    }
    this.interaction.setEnabled(on)
  }

  onSelect(handler: (sel: Selection | null) => void): void {
    this.interaction.onSelect = handler
  }

  private readonly onStyleLoad = (): void => {
    const reloaded = this.styleLoaded
    this.styleLoaded = true
    this.applyGlobalState()
    if (this.base) this.applyBase()
    if (reloaded) this.sync.remountAll()
    this.syncLayers()
  }

  private syncLayers(): void {
    this.sync.sync(this.wanted)
    // A start-up milestone: the map has its first layer's data (the floor has it as it is created).
    if (!this.dataMarked && this.wanted.some((l) => l.output)) {
      this.dataMarked = true
      performance.mark('map:layer data')
    }
  }

  /** Hands the worker only what changed since `prev`: each setData is a parse and a tiling there. */
  private applyBase(prev: MapController['base'] = null): void {
    if (!this.base) return
    const { boundaries, city, attribution } = this.base
    if (!this.map.getSource(BASE.regionsSource)) {
      for (const [id, spec] of Object.entries(baseSources(boundaries, city, attributionAsText(attribution)))) this.map.addSource(id, spec)
      // Base layers go on top of whatever is drawn; data layers are then moved under their anchors.
      for (const layer of baseLayers(this.theme, this.offline)) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer)
      this.sync.restack()
      return
    }
    if (prev?.boundaries !== boundaries) void this.map.getSource<GeoJSONSource>(BASE.regionsSource)?.setData(regionsGeoJSON(boundaries).geojson)
    if (city && prev?.city !== city) void this.map.getSource<GeoJSONSource>(BASE.labelSource)?.setData(regionLabelPoints(city))
  }

  private applyGlobalState(): void {
    const sel = this.selection
    this.map.setGlobalStateProperty(SELECTED_REGION, sel?.kind === 'region' ? sel.id : '')
    this.map.setGlobalStateProperty(SELECTED_ID, sel && sel.kind !== 'region' ? sel.id : '')
    this.map.setGlobalStateProperty(UI_SCALE, this.uiScale)
    this.map.setGlobalStateProperty(ACCENT, PALETTE[this.theme].selected)
    this.map.setGlobalStateProperty(POINT_STROKE, PALETTE[this.theme].pointStroke)
  }

  destroy(): void {
    // Only for tests and HMR: the app keeps one map for the whole session.
    this.unwatchDpr()
    this.interaction.destroy()
    this.map.remove()
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** Calls back when the window moves to a screen with another pixel ratio (or the user zooms). */
function watchPixelRatio(cb: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {}
  let mq = matchMedia(`(resolution: ${devicePixelRatio()}dppx)`)
  const onChange = () => {
    mq.removeEventListener('change', onChange)
    cb()
    mq = matchMedia(`(resolution: ${devicePixelRatio()}dppx)`)
    mq.addEventListener('change', onChange)
  }
  mq.addEventListener('change', onChange)
  return () => mq.removeEventListener('change', onChange)
}

export function createMapController(init: MapInit): MapController {
  return new MapController(init)
}
