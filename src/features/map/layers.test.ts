import { describe, expect, it } from 'vitest'
import { QueryClient } from '@tanstack/vue-query'
import { cityQueries } from '@/features/city'
import { drawOrder, toggleLayer } from './mapLayer'
import { MAP_LAYER_CATALOG, MAP_LAYER_IDS } from './layerCatalog'
import { allMapLayers } from './testUtils'
import type { ViewState } from './types'

const view: ViewState = {
  center: [121.47, 31.23],
  zoom: 9,
  layers: [],
  selection: null,
  hour: 8,
  year: 2030,
  level: 'junior',
  dayType: 'weekend',
}

const mapLayers = await allMapLayers()
const getMapLayer = (id: string) => mapLayers.find((l) => l.id === id)

describe('layer registry', () => {
  it('declares every layer of layerCatalog.ts in its room, with unique ids, covering every kind the map must show', () => {
    expect(mapLayers.map((l) => l.id)).toEqual([...MAP_LAYER_IDS])
    for (const entry of MAP_LAYER_CATALOG) expect(getMapLayer(entry.id)?.use((d) => d.id), entry.id).toBe(entry.id)
    expect(new Set(MAP_LAYER_IDS).size).toBe(MAP_LAYER_IDS.length)
    for (const id of [
      'schools.gap',
      'clinics.utilisation',
      'population.density',
      'population.dayNight',
      'density.children_0_5',
      'density.children_6_10',
      'density.children_11_14',
      'density.elderly_65',
      'density.hourly',
      'schools.facilities',
      'clinics.facilities',
      'flows.od',
      'population.density3d',
    ])
      expect(getMapLayer(id), id).toBeDefined()
  })

  it('every layer has both titles, a legend and sublayers with unique local ids', () => {
    for (const l of mapLayers) {
      expect(l.title['zh-CN'] && l.title.en, l.id).toBeTruthy()
      expect(l.legend.definition['zh-CN'] && l.legend.definition.en, l.id).toBeTruthy()
      const ids = l.layers.map((s) => s.id)
      expect(new Set(ids).size, l.id).toBe(ids.length)
      if (l.layers.some((s) => s.type === 'custom')) expect(l.custom, l.id).toBeDefined()
    }
  })

  it('query keys follow the view state the layer depends on', () => {
    const key = (id: string, v: ViewState) => getMapLayer(id)?.use((d) => d.query(v).queryKey)
    expect(key('schools.gap', view)).toEqual(['schools', 'forecast', 'all'])
    expect(key('flows.od', view)).toEqual(['flows', 'od', 'weekend', 8])
    // Tiled surfaces: one TileJSON per surface (and hour), whatever the zoom; the tiles follow the camera.
    expect(key('density.hourly', { ...view, hour: 17, zoom: 12 })).toEqual(['population', 'densityTiles', 'hourly', 17])
    expect(key('density.elderly_65', { ...view, zoom: 8 })).toEqual(key('density.elderly_65', { ...view, zoom: 14, hour: 3 }))
  })

  it('each source reads only the view knobs and base geography its layer declares', async () => {
    // useMapLayers rebuilds a source only when a declared input changes: an undeclared read would go stale.
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const boundaries = (await client.fetchQuery(cityQueries.boundaries())).data
    const city = (await client.fetchQuery(cityQueries.city())).data
    for (const layer of mapLayers) {
      const read = new Set<string>()
      const track = <T extends object>(target: T, prefix: string): T =>
        new Proxy(target, { get: (t, k) => (read.add(`${prefix}${String(k)}`), Reflect.get(t, k)) })
      await layer.use(async (def) => {
        // The options' tagged key types do not survive the trip through fetchQuery; the data does.
        const data: unknown = await client.fetchQuery(def.query(view) as Parameters<QueryClient['fetchQuery']>[0])
        const ctx = track({ view: track(view, 'view.'), boundaries, city }, '')
        def.toSource(data as Parameters<typeof def.toSource>[0], ctx)
      })
      const declared = ['view', ...(layer.needs as string[]), ...(layer.use((d) => d.viewKeys) ?? []).map((k) => `view.${k}`)]
      expect([...read].filter((r) => !declared.includes(r)), layer.id).toEqual([])
    }
  })

  it('toggling swaps layers within exclusive groups and stacks overlays', () => {
    let active = toggleLayer([], 'schools.gap', mapLayers)
    active = toggleLayer(active, 'flows.od', mapLayers)
    active = toggleLayer(active, 'population.density', mapLayers)
    expect(active).toEqual(['flows.od', 'population.density'])
    active = toggleLayer(active, 'schools.facilities', mapLayers)
    expect(toggleLayer(active, 'flows.od', mapLayers)).toEqual(['population.density', 'schools.facilities'])
    expect(toggleLayer(active, 'nope', mapLayers)).toEqual(active)
  })

  it('draws surfaces under choropleths under flows under facilities', () => {
    const order = drawOrder(['schools.facilities', 'flows.od', 'population.density', 'density.hourly', 'x'], mapLayers)
    expect(order.map((l) => l.id)).toEqual(['density.hourly', 'population.density', 'flows.od', 'schools.facilities'])
  })
})
