import { shallowReactive } from 'vue'
import type { ApiError } from '@/api'

/**
 * Tiled layers whose tiles fail to load, by layer id: the session's one map reports them (through
 * MapCanvas) and useMapLayers folds them into the layer's state, so the layer control and the map
 * say which layer is failing instead of showing a blank.
 */
export const tileFailures = shallowReactive(new Map<string, ApiError>())
