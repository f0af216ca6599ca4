/**
 * The mock API in the browser (mock mode only; main.ts imports this dynamically so production
 * bundles carry none of it). Faults can be set from the page URL:
 *   /?faults=population:http500,alerts:invalid,density:latency:3000
 * or from the console / Playwright: window.__cityMock.setFault('alerts', { kind: 'timeout' }).
 */
import { setupWorker, type SetupWorker } from 'msw/browser'
import { createHandlers } from './handlers'
import { applyFaultsFromSearch, clearFaults, listFaults, setFault } from './handlers/faults'

export interface CityMockControls {
  setFault: typeof setFault
  clearFaults: typeof clearFaults
  listFaults: typeof listFaults
}

declare global {
  interface Window {
    __cityMock?: CityMockControls
  }
}

export interface StartMockOptions {
  /** Location search to read `faults` from; default window.location.search. */
  search?: string
}

export async function startMockWorker(options: StartMockOptions = {}): Promise<SetupWorker> {
  const problems = applyFaultsFromSearch(options.search ?? window.location.search)
  if (problems.length > 0) console.warn(`[mock] ignored faults: ${problems.join('; ')}`)
  // The browser demo follows the clock, like a live API; tests use the fixed default as-of.
  const worker = setupWorker(...createHandlers({ asOf: 'live' }))
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  })
  window.__cityMock = { setFault, clearFaults, listFaults }
  return worker
}
