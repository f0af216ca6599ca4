import { onMounted, type Ref } from 'vue'
import { useQueryClient, type QueryClient } from '@tanstack/vue-query'
import type { RuntimeConfig } from '@/config'
import { cityQueries } from '@/features/city'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import type { MapTheme } from './basemap'
import type { MapController, MapInit } from './mapRuntime'
import type { MapCamera } from './types'
import { createMapEarly } from './useMap'

function mapInit(config: RuntimeConfig, theme: MapTheme, camera: MapCamera, host?: HTMLElement): MapInit {
  const { basemapStyleUrl, apiBaseUrl, apiToken, requestTimeoutMs } = config
  return { styleUrl: basemapStyleUrl, theme, camera, host, api: { baseUrl: apiBaseUrl, token: apiToken, timeoutMs: requestTimeoutMs } }
}

/** Asks for the base geography (boundaries, city) now, beside the view's own requests. */
function requestBase(client: QueryClient) {
  const base = Promise.all([client.fetchQuery(cityQueries.boundaries()), client.fetchQuery(cityQueries.city()).catch(() => null)])
  base.catch(() => {}) // handled where it is handed over, which may be after it fails
  return base
}

/**
 * Gives the map its base geography once both are there. MapCanvas hands over the same geography again,
 * which the map ignores; failures (of the map or the requests) are MapCanvas's to show and retry.
 */
function handOverBase(map: Promise<MapController>, base: ReturnType<typeof requestBase>): void {
  Promise.all([map, base])
    .then(([c, [boundaries, city]]) => c.setBase(boundaries.data, city?.data ?? null, boundaries.meta.attribution))
    .catch(() => {})
}

/**
 * For main.ts, once MapLibre is in and before the view mounts: creates the session's map (detached,
 * until MapCanvas moves it into place) with the view's first theme and camera, and hands it the base
 * geography. The view's mount (100–170 ms of main thread) then runs while MapLibre's worker starts and
 * its style loads, instead of before.
 */
export function startMapBeforeMount(client: QueryClient, config: RuntimeConfig, theme: MapTheme, camera: MapCamera): void {
  handOverBase(createMapEarly(mapInit(config, theme, camera)), requestBase(client))
}

/**
 * For a view whose first screen has a map; call in its setup with the map's first theme and camera,
 * and the element its map will fill (`slot`). Starts the base geography (boundaries, city) now, beside
 * the view's own requests, and hands it to the map as soon as both are there. The map is usually
 * there already (main.ts starts it before the mount: startMapBeforeMount); if MapLibre was not in by
 * then, the map is created by the view's map component, or in the slot at its real size once the view
 * has mounted.
 */
export function useMapHeadStart(theme: MapTheme, camera: MapCamera, slot: Readonly<Ref<HTMLElement | null>>): void {
  const config = useRuntimeConfig()
  const base = requestBase(useQueryClient())
  onMounted(() => handOverBase(createMapEarly(mapInit(config, theme, camera, slot.value ?? undefined)), base))
}
