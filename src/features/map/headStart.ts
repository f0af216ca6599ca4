import { useQueryClient } from '@tanstack/vue-query'
import { cityQueries } from '@/features/city'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import type { MapTheme } from './basemap'
import type { MapCamera } from './types'
import { createMapEarly } from './useMap'

/**
 * For a view whose first screen has a map; call in its setup with the map's first theme and camera.
 * Starts maplibre-gl's chunk, then the map itself (worker, style), and the base geography
 * (boundaries, city) now, beside the view's own requests, and hands that geography to the map, instead
 * of after the map component's chunk has arrived and mounted: those were the last links of the
 * start-up chain.
 */
export function useMapHeadStart(theme: MapTheme, camera: MapCamera): void {
  const client = useQueryClient()
  const { basemapStyleUrl, apiBaseUrl, apiToken, requestTimeoutMs } = useRuntimeConfig()
  // A map that fails to load is reported by MapCanvas when it mounts and tries again.
  const map = createMapEarly({ styleUrl: basemapStyleUrl, theme, camera, api: { baseUrl: apiBaseUrl, token: apiToken, timeoutMs: requestTimeoutMs } })
  const boundaries = client.fetchQuery(cityQueries.boundaries())
  const city = client.fetchQuery(cityQueries.city())
  // The base geography goes to the map's worker as soon as it arrives, not once the map component's
  // chunk has loaded and mounted (half a second later on the wall). MapCanvas hands over the same
  // objects again, which the map ignores; failures are MapCanvas's to show and retry.
  Promise.all([map, boundaries, city.catch(() => null)])
    .then(([c, b, place]) => c.setBase(b.data, place?.data ?? null, b.meta.attribution))
    .catch(() => {})
}
