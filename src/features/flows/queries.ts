import { queryOptions } from '@tanstack/vue-query'
import { api, type DayType } from '@/api'

export const flowQueries = {
  od: (hour: number, dayType: DayType) =>
    queryOptions({
      queryKey: ['flows', 'od', dayType, hour] as const,
      queryFn: ({ signal }) => api().get('flowsOd', { hour, dayType }, signal),
      staleTime: 10 * 60_000,
    }),
  forecast: (region?: string) =>
    queryOptions({
      queryKey: ['flows', 'forecast', region ?? 'city'] as const,
      queryFn: ({ signal }) => api().get('flowForecast', { region }, signal),
      staleTime: 5 * 60_000,
    }),
  /** Hourly inflow/outflow over a typical weekday and weekend day: one request instead of 48 OD matrices. */
  profile: (region?: string) =>
    queryOptions({
      queryKey: ['flows', 'profile', region ?? 'city'] as const,
      queryFn: ({ signal }) => api().get('flowProfile', { region }, signal),
      staleTime: 30 * 60_000,
    }),
}
