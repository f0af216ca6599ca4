/**
 * Every unit test runs against the mock API through msw/node: the real client, the real
 * handlers. A request no handler answers is an error, so no test silently reaches the network.
 */
import { afterAll, afterEach, beforeAll } from 'vitest'
import { configureApi } from '../src/api'
import { clearFaults } from './handlers/faults'
import { server } from './node'

/** The origin tests address; the handlers answer any origin under /api/v1. */
export const TEST_API_BASE = 'http://localhost/api/v1'

// At import time, before the test file loads, so a file may still configure its own client.
configureApi({ baseUrl: TEST_API_BASE })

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

afterEach(() => {
  server.resetHandlers()
  clearFaults()
})

afterAll(() => {
  server.close()
})
