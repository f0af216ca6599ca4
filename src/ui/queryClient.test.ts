import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api'
import { FAILING_POLL_MS, nextTryAt, retryDelay, retryFailed, shouldRetry } from './queryClient'

describe('shouldRetry', () => {
  it('retries retryable API errors up to three times', () => {
    const e = new ApiError('http', '/x', 'HTTP 503', { status: 503, retryable: true })
    expect(shouldRetry(0, e)).toBe(true)
    expect(shouldRetry(2, e)).toBe(true)
    expect(shouldRetry(3, e)).toBe(false)
  })
  it('does not retry client errors or foreign errors', () => {
    expect(shouldRetry(0, new ApiError('http', '/x', 'HTTP 404', { status: 404, retryable: false }))).toBe(false)
    expect(shouldRetry(0, new TypeError('boom'))).toBe(false)
  })
})

describe('retryDelay', () => {
  it('backs off exponentially with bounded jitter', () => {
    expect(retryDelay(0, () => 0.5)).toBe(1000)
    expect(retryDelay(2, () => 0.5)).toBe(4000)
    expect(retryDelay(10, () => 0.5)).toBe(30_000)
    expect(retryDelay(1, () => 0)).toBe(1500)
    expect(retryDelay(1, () => 1)).toBe(2500)
  })
})

describe('retrying by itself', () => {
  it('polls any query that gave up, and leaves healthy unpolled ones alone', () => {
    expect(retryFailed({ state: { status: 'error' } })).toBe(FAILING_POLL_MS)
    expect(retryFailed({ state: { status: 'success' } })).toBe(false)
    expect(retryFailed({ state: { status: 'pending' } })).toBe(false)
  })

  it('knows when the next attempt starts', () => {
    // Inside a fetch: after the n-th failure the retryer waits retryDelay(n - 1).
    expect(nextTryAt({ failureCount: 2, failedAt: 10_000, isFetching: true, errorUpdatedAt: 0 })).toBe(10_000 + retryDelay(1))
    // The time of the failure was not seen (mounted later): unknown rather than a wrong time.
    expect(nextTryAt({ failureCount: 2, failedAt: null, isFetching: true, errorUpdatedAt: 0 })).toBeNull()
    // Retries ran out: the next fetch comes FAILING_POLL_MS after.
    expect(nextTryAt({ failureCount: 4, failedAt: 10_000, isFetching: false, errorUpdatedAt: 50_000 })).toBe(50_000 + FAILING_POLL_MS)
    expect(nextTryAt({ failureCount: 0, failedAt: null, isFetching: false, errorUpdatedAt: 0 })).toBeNull()
  })
})
