import { onMounted, type Ref } from 'vue'
import { useQueryClient } from '@tanstack/vue-query'
import { cityQueries } from '@/features/city'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import type { MapTheme } from './basemap'
import type { MapCamera } from './types'
import { createMapEarly } from './useMap'

/**
 * For a view whose first screen has a map; call in its setup with the map's first theme and camera,
 * and the element its map will fill (`slot`). Starts the base geography (boundaries, city) now, beside
 * the view's own requests, and hands it to the map as soon as both are there. The map is usually
 * created by the view's map component as it mounts with the view (router.ts loads it first); if that
 * component is not in yet, the map is created in the slot, at its real size, once the view has mounted.
 */
export function useMapHeadStart(theme: MapTheme, camera: MapCamera, slot: Readonly<Ref<HTMLElement | null>>): void {
  const client = useQueryClient()
  const { basemapStyleUrl, apiBaseUrl, apiToken, requestTimeoutMs } = useRuntimeConfig()
  const boundaries = client.fetchQuery(cityQueries.boundaries())
  const city = client.fetchQuery(cityQueries.city())
  onMounted(() => {
    const init = { styleUrl: basemapStyleUrl, theme, camera, host: slot.value ?? undefined, api: { baseUrl: apiBaseUrl, token: apiToken, timeoutMs: requestTimeoutMs } }
    // MapCanvas hands over the same geography again, which the map ignores; failures (of the map or
    // the requests) are MapCanvas's to show and retry.
    Promise.all([createMapEarly(init), boundaries, city.catch(() => null)])
      .then(([c, b, place]) => c.setBase(b.data, place?.data ?? null, b.meta.attribution))
      .catch(() => {})
  })
}
