import { useQueryClient } from '@tanstack/vue-query'
import { cityQueries } from '@/features/city'
import { preloadMapRuntime } from './useMap'

/**
 * For a view whose first screen has a map; call in its setup. Starts maplibre-gl's chunk and the
 * base geography (boundaries, city) now, beside the view's own requests, instead of after the map
 * component's chunk has arrived and mounted: those were the last links of the start-up chain.
 */
export function useMapHeadStart(): void {
  const client = useQueryClient()
  // A chunk that fails to load is reported by the map itself when it mounts and tries again.
  preloadMapRuntime().catch(() => {})
  void client.prefetchQuery(cityQueries.boundaries())
  void client.prefetchQuery(cityQueries.city())
}
