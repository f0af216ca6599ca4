import { QueryClient } from '@tanstack/vue-query'
import { isApiError } from '@/api'

const MAX_RETRIES = 3

/** Retry only what can heal by itself (server/network faults), never a 4xx or a cancelled call. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.retryable && failureCount < MAX_RETRIES
}

/** 1 s, 2 s, 4 s … capped at 30 s, with ±25 % jitter so a room of walls doesn't retry in lockstep. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(1000 * 2 ** attempt, 30_000)
  return Math.round(base * (0.75 + random() * 0.5))
}

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => retryDelay(attempt),
        // A wall has no user to focus it; explore shouldn't refetch just because of a tab switch.
        refetchOnWindowFocus: false,
      },
    },
  })
}

export interface PollOptions {
  /** How often to refresh healthy data. */
  healthyMs: number
  /** How often to try again while the last fetch failed, so a wall recovers by itself. */
  failingMs?: number
}

/**
 * A per-panel `refetchInterval`: slow while the data is healthy, faster while it is failing.
 * vue-query keeps the last good data on screen through failed refetches.
 */
export function poll({ healthyMs, failingMs = 30_000 }: PollOptions) {
  // Typed structurally so one poller fits every query's data and key types.
  return (query: { state: { status: string } }): number => (query.state.status === 'error' ? Math.min(failingMs, healthyMs) : healthyMs)
}
