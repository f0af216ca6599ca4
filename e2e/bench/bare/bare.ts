/**
 * The benchmark's baseline: a bare MapLibre page drawing the same region boundaries (fill, outline,
 * labels) from the same API, with none of the app. `window.__bench.readyAt` marks its first idle.
 */
import { Map as MapLibre, setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'

declare global {
  interface Window {
    __bench?: { readyAt?: number }
  }
}

setWorkerUrl(workerUrl)
window.__bench = {}

const res = await fetch('/api/v1/regions/boundaries')
const boundaries = ((await res.json()) as { data: GeoJSON.FeatureCollection }).data
const map = new MapLibre({
  container: 'map',
  center: [121.47, 31.23],
  zoom: 8.6,
  pixelRatio: window.devicePixelRatio,
  style: {
    version: 8,
    sources: { regions: { type: 'geojson', data: boundaries } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#0b1220' } },
      { id: 'fill', type: 'fill', source: 'regions', paint: { 'fill-color': '#1e3a5f', 'fill-opacity': 0.8 } },
      { id: 'line', type: 'line', source: 'regions', paint: { 'line-color': '#8fb3d9', 'line-width': 1 } },
      {
        id: 'label',
        type: 'symbol',
        source: 'regions',
        layout: { 'text-field': ['concat', ['get', 'nameZh'], '\n', ['get', 'nameEn']], 'text-size': 14 },
        paint: { 'text-color': '#e6edf7' },
      },
    ],
  },
})
map.once('idle', () => {
  window.__bench = { readyAt: performance.now() }
  // ?repaint: redraw every frame, as a map with an animated layer does; the fair frame-time baseline.
  // (A render event only comes after a repaint is asked for, so start the loop by asking once.)
  if (new URLSearchParams(location.search).has('repaint')) {
    map.on('render', () => map.triggerRepaint())
    map.triggerRepaint()
  }
})
