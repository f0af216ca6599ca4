import { queryOptions } from '@tanstack/vue-query'
import { api } from '@/api'

/** City, regions and boundaries change rarely: cache them for the session, refresh hourly. */
export const cityQueries = {
  city: () =>
    queryOptions({
      queryKey: ['city'] as const,
      queryFn: ({ signal }) => api().get('city', {}, signal),
      staleTime: 60 * 60_000,
    }),
  boundaries: () =>
    queryOptions({
      queryKey: ['city', 'boundaries'] as const,
      queryFn: ({ signal }) => api().get('boundaries', {}, signal),
      staleTime: 60 * 60_000,
    }),
}
