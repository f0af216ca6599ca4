import { computed, ref, toValue, watch, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { nextTryAt } from './queryClient'

/** The parts of a vue-query result that tell whether, and when, it is trying again. */
export interface RetrySource {
  failureCount?: MaybeRefOrGetter<number>
  failureReason?: MaybeRefOrGetter<unknown>
  error?: MaybeRefOrGetter<unknown>
  errorUpdatedAt?: MaybeRefOrGetter<number>
  isFetching?: MaybeRefOrGetter<boolean>
  dataUpdatedAt?: MaybeRefOrGetter<number>
}

export interface RetryStatus {
  /** At least one attempt failed and nothing has succeeded since: say so instead of "loading". */
  failing: boolean
  /** The latest failure (an ApiError for API faults), for words, never for raw display. */
  reason: unknown
  /** Epoch ms of the next attempt; null while one is under way or when it cannot be known. */
  nextAt: number | null
}

/**
 * Follows a query's failures so the screen can say "not answering, retrying in 12 s" from the first
 * failed attempt on, rather than a skeleton through a minute of silent retries.
 */
export function useRetryStatus(source: RetrySource): ComputedRef<RetryStatus> {
  const failureCount = () => toValue(source.failureCount) ?? 0
  // vue-query keeps no time of the latest failed attempt; note it when the count goes up.
  const failedAt = ref<number | null>(null)
  watch(failureCount, (n, prev) => {
    failedAt.value = n > (prev ?? 0) ? Date.now() : n === 0 ? null : failedAt.value
  })
  return computed(() => {
    const error = toValue(source.error) ?? null
    const reason = toValue(source.failureReason) ?? error
    const errorUpdatedAt = toValue(source.errorUpdatedAt) ?? 0
    const isFetching = toValue(source.isFetching) ?? false
    const healedAt = toValue(source.dataUpdatedAt) ?? 0
    // A new fetch after a failed one starts at failureCount 0 with no error: it is still a retry.
    const failing = failureCount() > 0 || error !== null || (isFetching && errorUpdatedAt > healedAt)
    const nextAt = failing ? nextTryAt({ failureCount: failureCount(), failedAt: failedAt.value, isFetching, errorUpdatedAt }) : null
    return { failing, reason, nextAt }
  })
}
