import { queryOptions } from '@tanstack/vue-query'
import { api } from '@/api'

export const alertQueries = {
  all: () =>
    queryOptions({
      queryKey: ['alerts'] as const,
      queryFn: ({ signal }) => api().get('alerts', {}, signal),
      staleTime: 2 * 60_000,
    }),
}
