import { shallowRef } from 'vue'
import { layerEntry, type LayerRoom } from './layerCatalog'
import type { MapLayer } from './mapLayer'

/**
 * The registry: each room's layers load as a chunk the first time one of them is shown, so a first
 * screen carries the code of the layers it draws (views load theirs before they mount: see
 * `loadFirstLayers` in router.ts). layerCatalog.ts lists every layer before then.
 *
 * Each room's `*.layers.ts` is imported directly, not through the room's door: a first screen's
 * layer chunks must be asked for in the same task as its view's other code, before its API requests
 * go out. Behind an extra `import()` of the door they were asked for after them, and queued behind
 * API requests for a free connection (six per host): with a hanging API, the wall mounted only when
 * those timed out.
 */
const ROOMS: Record<LayerRoom, () => Promise<readonly MapLayer[]>> = {
  schools: () => import('@/features/schools/schools.layers').then((m) => m.schoolLayers),
  clinics: () => import('@/features/clinics/clinics.layers').then((m) => m.clinicLayers),
  population: () => import('@/features/population/population.layers').then((m) => m.populationLayers),
  flows: () => import('@/features/flows/flows.layers').then((m) => m.flowLayers),
}

const loading = new Map<LayerRoom, Promise<void>>()
/** The layers loaded so far, by id: a new map each time a room arrives, so computed values follow. */
const loaded = shallowRef<ReadonlyMap<string, MapLayer>>(new Map())

function loadRoom(room: LayerRoom): Promise<void> {
  let p = loading.get(room)
  if (!p) {
    p = ROOMS[room]().then(
      (layers) => {
        loaded.value = new Map([...loaded.value, ...layers.map((l) => [l.id, l] as const)])
      },
      (e: unknown) => {
        loading.delete(room) // offline or a new deployment: the next call tries again
        throw e
      },
    )
    loading.set(room, p)
  }
  return p
}

/** Loads the code of these layers (unknown ids are ignored); rejects if a room's chunk failed to load. */
export async function loadMapLayers(ids: readonly string[]): Promise<void> {
  const rooms = new Set(ids.flatMap((id) => layerEntry(id)?.room ?? []))
  await Promise.all([...rooms].map(loadRoom))
}

/** The layer, if its code has loaded; reactive, so a caller re-runs when it arrives. */
export function loadedMapLayer(id: string): MapLayer | undefined {
  return loaded.value.get(id)
}
