import { MAP_LAYER_IDS } from './layerCatalog'
import { loadedMapLayer, loadMapLayers } from './layers'
import type { MapLayer } from './mapLayer'
import type { SourceOutput, ViewState } from './types'
import type { LayerState } from './useMapLayers'

/** Test helpers for the map's component tests (not imported by app code). */

export const TEST_VIEW: ViewState = {
  center: [121.47, 31.2],
  zoom: 9,
  layers: [],
  selection: null,
  hour: 8,
  year: 2028,
  level: 'junior',
  dayType: 'weekday',
}

export function fakeState(layer: MapLayer, over: Partial<LayerState> = {}): LayerState {
  const output: SourceOutput = { geojson: { type: 'FeatureCollection', features: [] }, invalid: 0, notes: [] }
  return { layer, status: 'ready', error: null, meta: null, output, updating: false, retry: () => {}, ...over }
}

/** Every layer of the registry, its rooms' code loaded, in the catalog's order. */
export async function allMapLayers(): Promise<MapLayer[]> {
  await loadMapLayers(MAP_LAYER_IDS)
  return MAP_LAYER_IDS.flatMap((id) => loadedMapLayer(id) ?? [])
}
