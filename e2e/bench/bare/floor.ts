/**
 * The fair floor's toolkit: what the app's first screen does, done with plain MapLibre and ECharts.
 * Every request starts at once (no app shell, no chunks in between, no validation), the map draws
 * the same sources and layers, the charts the same series. A floor page calls `floorReady()` once
 * everything is on screen; the bench reads `window.__bench.readyAt`.
 */
import { Map as MapLibre, setWorkerUrl, type LayerSpecification } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { init, use, type EChartsCoreOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'

declare global {
  interface Window {
    __bench?: { readyAt?: number }
  }
}

setWorkerUrl(workerUrl)
use([CanvasRenderer, LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent])
window.__bench = {}

/** GETs one resource of the mock API and returns its `data`, unvalidated. */
export async function api<T>(path: string): Promise<T> {
  const res = await fetch(`/api/v1/${path}`)
  return ((await res.json()) as { data: T }).data
}

export interface Region {
  code: string
  name: { zh: string; en: string }
  centroid: [number, number]
}

/** The app's label source: one point per region at its centroid, both names. */
function labelPoints(regions: readonly Region[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: regions.map((r) => ({
      type: 'Feature',
      properties: { code: r.code, nameZh: r.name.zh, nameEn: r.name.en },
      geometry: { type: 'Point', coordinates: r.centroid },
    })),
  }
}

/** A choropleth fill: the value per region code joined into the boundaries, coloured by steps. */
function choropleth(boundaries: GeoJSON.FeatureCollection, values: ReadonlyMap<string, number>): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: boundaries.features.map((f) => ({ ...f, properties: { ...f.properties, value: values.get(String(f.properties?.code)) ?? null } })),
  }
}

function stepColours(stops: readonly [number, string][], none = '#8a94a6'): unknown {
  return ['case', ['==', ['get', 'value'], null], none, ['step', ['get', 'value'], stops[0]![1], ...stops.slice(1).flat()]]
}

export interface RegionMap {
  boundaries: GeoJSON.FeatureCollection
  regions: readonly Region[]
  /** Value per region code, coloured by `stops` ([lower bound, colour], the first bound ignored). */
  values: ReadonlyMap<string, number>
  stops: readonly [number, string][]
  colours: { land: string; outline: string; label: string; halo: string }
}

/** The app's base map in `#map` at its start camera, with one district choropleth: land, the fill, outlines and both names. */
export function regionMap(m: RegionMap): MapFloor {
  const c = m.colours
  return {
    container: 'map',
    center: [121.47, 31.2],
    zoom: 8.6,
    sources: { regions: choropleth(m.boundaries, m.values), labels: labelPoints(m.regions) },
    layers: [
      { id: 'land', type: 'fill', source: 'regions', paint: { 'fill-color': c.land } },
      { id: 'choropleth', type: 'fill', source: 'regions', paint: { 'fill-color': stepColours(m.stops) as never, 'fill-opacity': 0.85 } },
      { id: 'outline', type: 'line', source: 'regions', paint: { 'line-color': c.outline, 'line-width': 1, 'line-opacity': 0.9 } },
      {
        id: 'labels',
        type: 'symbol',
        source: 'labels',
        layout: { 'text-field': ['format', ['get', 'nameZh'], {}, '\n', {}, ['get', 'nameEn'], { 'font-scale': 0.8 }], 'text-size': 12, 'text-anchor': 'bottom' },
        paint: { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 2 },
      },
    ],
  }
}

export interface MapFloor {
  container: string
  center: [number, number]
  zoom: number
  sources: Record<string, GeoJSON.FeatureCollection>
  layers: LayerSpecification[]
}

/** Resolves once MapLibre has drawn everything (its first idle). */
export function drawMap(spec: MapFloor): Promise<MapLibre> {
  const map = new MapLibre({
    container: spec.container,
    center: spec.center,
    zoom: spec.zoom,
    pixelRatio: window.devicePixelRatio,
    localIdeographFontFamily: "'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
    renderWorldCopies: false,
    style: {
      version: 8,
      sources: Object.fromEntries(Object.entries(spec.sources).map(([id, data]) => [id, { type: 'geojson', data, promoteId: 'code' }])),
      layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#0b1220' } }, ...spec.layers],
    },
  })
  // The app's milestones of the same names (its mapRuntime.ts), which the bench prints side by side.
  performance.mark('map:created')
  performance.mark('map:layer data') // its sources come with its style
  map.once('load', () => performance.mark('map:load'))
  return new Promise((resolve) =>
    map.once('idle', () => {
      performance.mark('map:drawn')
      resolve(map)
    }),
  )
}

/** Resolves after the chart's first frame is painted. */
export function drawChart(container: string, option: EChartsCoreOption): Promise<void> {
  const el = document.getElementById(container)!
  const chart = init(el, undefined, { renderer: 'canvas', devicePixelRatio: window.devicePixelRatio })
  return new Promise((resolve) => {
    chart.on('rendered', () => resolve())
    chart.setOption(option)
  })
}

/** A forecast as ECharts draws one: history line, p50 line and a p10–p90 band (stacked areas). */
export function forecastChart(x: readonly string[], series: { name: string; data: (number | null)[]; band?: [number[], number[]] }[]): EChartsCoreOption {
  const out: unknown[] = []
  for (const s of series) {
    if (s.band) {
      const [lo, hi] = s.band
      out.push({ name: `${s.name} p10`, type: 'line', stack: s.name, data: lo, lineStyle: { opacity: 0 }, symbol: 'none' })
      out.push({ name: `${s.name} band`, type: 'line', stack: s.name, data: hi.map((h, i) => h - lo[i]!), lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.25 }, symbol: 'none' })
    }
    out.push({ name: s.name, type: 'line', data: s.data, showSymbol: false })
  }
  return {
    animation: true,
    grid: { left: 56, right: 16, top: 32, bottom: 28 },
    legend: { data: series.map((s) => s.name) },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: x },
    yAxis: { type: 'value' },
    series: out,
  }
}

/** Marks the floor drawn, on the frame after the last piece. */
export function floorReady(): void {
  requestAnimationFrame(() => {
    window.__bench = { readyAt: performance.now() }
  })
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
