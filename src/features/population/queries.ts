import { queryOptions } from '@tanstack/vue-query'
import { api, type DensitySurfaceKind } from '@/api'
import { h3CellsToGeoJSON, loadH3 } from '@/features/map/h3Cells'

export const populationQueries = {
  byRegion: () =>
    queryOptions({
      queryKey: ['population'] as const,
      queryFn: ({ signal }) => api().get('population', {}, signal),
      staleTime: 30 * 60_000,
    }),
  /** A density surface with its H3 cells already drawn as hexagons: built once per answer, not per redraw. */
  density: (surface: DensitySurfaceKind, resolution = 8, hour?: number) =>
    queryOptions({
      queryKey: ['population', 'density', surface, resolution, surface === 'hourly' ? (hour ?? 8) : null] as const,
      queryFn: async ({ signal }) => {
        void loadH3() // alongside the fetch, not after it
        const res = await api().get('density', { surface, resolution, hour: surface === 'hourly' ? (hour ?? 8) : undefined }, signal)
        return { meta: res.meta, hexagons: await h3CellsToGeoJSON(res.data.cells) }
      },
      staleTime: 30 * 60_000,
    }),
}
