/**
 * The bytes floor (e2e/bench/bytes.ts): the libraries a first screen cannot do without, and nothing
 * of the app. Built, never run, by the app's own vite config, so the minifier, target and library
 * versions always match the app's. Each library is used, so tree-shaking keeps what a real page keeps:
 * a MapLibre map with its worker, ECharts with exactly the parts the app registers, a mounted Vue app.
 */
import { createApp, h } from 'vue'
import { Map as MapLibre, setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { init } from 'echarts/core'
import '../../src/ui/charts/echarts'

setWorkerUrl(workerUrl)
createApp({
  mounted() {
    new MapLibre({ container: 'map', style: { version: 8, sources: {}, layers: [] } })
    init(document.getElementById('chart')).setOption({ series: [{ type: 'line', data: [1, 2] }] })
  },
  render: () => h('div', [h('div', { id: 'map' }), h('div', { id: 'chart' })]),
}).mount('#app')
