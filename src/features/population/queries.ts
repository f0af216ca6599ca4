import { queryOptions } from '@tanstack/vue-query'
import { api, type DensitySurfaceKind } from '@/api'

export const populationQueries = {
  byRegion: () =>
    queryOptions({
      queryKey: ['population'] as const,
      queryFn: ({ signal }) => api().get('population', {}, signal),
      staleTime: 30 * 60_000,
    }),
  density: (surface: DensitySurfaceKind, resolution = 8, hour?: number) =>
    queryOptions({
      queryKey: ['population', 'density', surface, resolution, surface === 'hourly' ? (hour ?? 8) : null] as const,
      queryFn: ({ signal }) =>
        api().get('density', { surface, resolution, hour: surface === 'hourly' ? (hour ?? 8) : undefined }, signal),
      staleTime: 30 * 60_000,
    }),
}
