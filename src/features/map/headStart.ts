import { useQueryClient } from '@tanstack/vue-query'
import { cityQueries } from '@/features/city'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import type { MapTheme } from './basemap'
import type { MapCamera } from './types'
import { createMapEarly } from './useMap'

/**
 * For a view whose first screen has a map; call in its setup with the map's first theme and camera.
 * Starts maplibre-gl's chunk, then the map itself (worker, style), and the base geography
 * (boundaries, city) now, beside the view's own requests, instead of after the map component's
 * chunk has arrived and mounted: those were the last links of the start-up chain.
 */
export function useMapHeadStart(theme: MapTheme, camera: MapCamera): void {
  const client = useQueryClient()
  const { basemapStyleUrl, apiBaseUrl, apiToken, requestTimeoutMs } = useRuntimeConfig()
  // A map that fails to load is reported by MapCanvas when it mounts and tries again.
  createMapEarly({ styleUrl: basemapStyleUrl, theme, camera, api: { baseUrl: apiBaseUrl, token: apiToken, timeoutMs: requestTimeoutMs } }).catch(() => {})
  void client.prefetchQuery(cityQueries.boundaries())
  void client.prefetchQuery(cityQueries.city())
}
