import { queryOptions } from '@tanstack/vue-query'
import { api, type SchoolLevel } from '@/api'

export const schoolQueries = {
  list: (level?: SchoolLevel) =>
    queryOptions({
      queryKey: ['schools', 'list', level ?? 'all'] as const,
      queryFn: ({ signal }) => api().get('schools', { level }, signal),
      staleTime: 30 * 60_000,
    }),
  /** All regions for one level (or both): the map and the wall share this one cache entry. */
  forecast: (level?: SchoolLevel) =>
    queryOptions({
      queryKey: ['schools', 'forecast', level ?? 'all'] as const,
      queryFn: ({ signal }) => api().get('schoolForecast', { level }, signal),
      staleTime: 30 * 60_000,
    }),
}
