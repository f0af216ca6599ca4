import { queryOptions } from '@tanstack/vue-query'
import { api, type DensitySurfaceKind } from '@/api'
import { tileOutput } from '@/features/map/vectorTiles'

export const populationQueries = {
  byRegion: () =>
    queryOptions({
      queryKey: ['population'] as const,
      queryFn: ({ signal }) => api().get('population', {}, signal),
      staleTime: 30 * 60_000,
    }),
  /**
   * A density surface as vector tiles: the validated TileJSON, its URL templates made absolute
   * (a relative one is relative to the TileJSON's own URL). MapLibre fetches the tiles in view.
   */
  densityTiles: (surface: DensitySurfaceKind, hour?: number) =>
    queryOptions({
      queryKey: ['population', 'densityTiles', surface, surface === 'hourly' ? (hour ?? 8) : null] as const,
      queryFn: async ({ signal }) => {
        const query = { surface, hour: surface === 'hourly' ? (hour ?? 8) : undefined }
        const res = await api().get('densityTiles', query, signal)
        const documentUrl = new URL(api().url('densityTiles', query), globalThis.location?.href ?? 'http://localhost/').href
        return { meta: res.meta, tiles: tileOutput(res.data, documentUrl) }
      },
      staleTime: 30 * 60_000,
    }),
}
