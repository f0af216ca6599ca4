import { QueryClient } from '@tanstack/vue-query'
import { isApiError } from '@/api'

const MAX_RETRIES = 3

/** Retry only what can heal by itself (server/network faults), never a 4xx or a cancelled call. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.retryable && failureCount < MAX_RETRIES
}

/** Drawn once per page: walls in one room spread apart, yet this screen can say when it tries next. */
const PAGE_RANDOM = Math.random()

/** 1 s, 2 s, 4 s … capped at 30 s, with ±25 % jitter so a room of walls doesn't retry in lockstep. */
export function retryDelay(attempt: number, random: () => number = () => PAGE_RANDOM): number {
  const base = Math.min(1000 * 2 ** attempt, 30_000)
  return Math.round(base * (0.75 + random() * 0.5))
}

/** How often a query whose retries ran out tries again (the ceiling of the back-off). */
export const FAILING_POLL_MS = 30_000

/**
 * Every query that has given up tries again by itself, polled or not (map boundaries and layers,
 * the city): a wall must heal without anyone touching it. Healthy unpolled data stays put.
 */
export function retryFailed(query: { state: { status: string } }): number | false {
  return query.state.status === 'error' ? FAILING_POLL_MS : false
}

/** What the screen can know about a fetch that is failing (see `nextTryAt`). */
export interface RetryClock {
  /** Failed attempts of the fetch under way (vue-query's failureCount). */
  failureCount: number
  /** Epoch ms of the latest of those failures, when it was seen. */
  failedAt: number | null
  isFetching: boolean
  /** Epoch ms when the last fetch gave up (its retries ran out); 0 if none did. */
  errorUpdatedAt: number
}

/**
 * Epoch ms of the next attempt, or null when it cannot be known. Within a fetch the retries follow
 * `retryDelay`; once they have run out, `retryFailed` starts a new fetch after FAILING_POLL_MS.
 */
export function nextTryAt(s: RetryClock): number | null {
  if (s.isFetching) return s.failureCount > 0 && s.failedAt !== null ? s.failedAt + retryDelay(s.failureCount - 1) : null
  return s.errorUpdatedAt > 0 ? s.errorUpdatedAt + FAILING_POLL_MS : null
}

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => retryDelay(attempt),
        refetchInterval: retryFailed,
        // A wall has no user to focus it; explore shouldn't refetch just because of a tab switch.
        refetchOnWindowFocus: false,
        // Server data is replaced, never mutated: deep proxies over a street city's megabytes cost
        // seconds of tracking on every read (placesView, topPairs) and buy nothing.
        shallow: true,
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
export function poll({ healthyMs, failingMs = FAILING_POLL_MS }: PollOptions) {
  // Typed structurally so one poller fits every query's data and key types.
  return (query: { state: { status: string } }): number => (query.state.status === 'error' ? Math.min(failingMs, healthyMs) : healthyMs)
}
