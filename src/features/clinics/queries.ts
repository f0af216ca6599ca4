import { queryOptions } from '@tanstack/vue-query'
import { api } from '@/api'

export const clinicQueries = {
  list: () =>
    queryOptions({
      queryKey: ['clinics', 'list'] as const,
      queryFn: ({ signal }) => api().get('clinics', {}, signal),
      staleTime: 10 * 60_000,
    }),
  forecast: () =>
    queryOptions({
      queryKey: ['clinics', 'forecast'] as const,
      queryFn: ({ signal }) => api().get('clinicForecast', {}, signal),
      staleTime: 10 * 60_000,
    }),
}
