import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api'
import { retryDelay, shouldRetry } from './queryClient'

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
