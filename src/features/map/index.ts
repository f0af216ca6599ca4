/**
 * The map room's one door. Importing it is cheap: the two map components are chunks of their own
 * (views load theirs before they mount; maplibre-gl is a further chunk that index.html preloads and
 * main.ts evaluates early), and so is each room's layer code (`loadMapLayers`), so the shell may import
 * URL state and ids from here.
 *
 * Feature rooms that declare layers import the kit directly: `@/features/map/mapLayer`
 * (defineMapLayer), `colorScales`, `choropleth`, `vectorTiles`, `points`, `facilityStyle`, `styleExpr`;
 * and the map loads their `*.layers.ts` directly (layers.ts says why), listed in `layerCatalog.ts`.
 * main.ts imports `preloadMapRuntime` from `./useMap` directly: through this door the entry chunk
 * would take in the room's exports, and the bundler then splits Vue and valibot into chunks of their own.
 */
import { defineAsyncComponent } from 'vue'

/** The planner's map: `v-model:view` (ViewState), `theme`; emits `select`. */
export const MapWorkspace = defineAsyncComponent(() => import('./MapWorkspace.vue'))
/** The wall's map: `layers`, `camera` (1920 design), `hour`/`year`/`level`/`dayType`, `uiScale`. */
export const WallMap = defineAsyncComponent(() => import('./WallMap.vue'))
export { startMapBeforeMount, useMapHeadStart } from './headStart'
export { whenMapDrawn } from './useMap'
export { MAP_LAYER_IDS, MAP_LAYER_CATALOG, type MapLayerId } from './layerCatalog'
export { loadMapLayers } from './layers'
export { decodeViewState, encodeViewState, roundCamera, type UrlQuery, type UrlStateOptions } from './urlState'
export { defaultViewState, SHANGHAI_CAMERA } from './defaults'
export { SCALES, colorFor, legendClasses, NO_DATA_COLOR, type ClassScale, type LegendClass } from './colorScales'
export type { MapTheme } from './basemap'
export type { Lang, Localized, MapCamera, Selection, SelectionKind, SourceOutput, ViewState } from './types'
export type { BaseState, LayerState, LayerStatus, MapData } from './useMapLayers'
export type { MapLayer, MapLayerDef, LayerGroup } from './mapLayer'
