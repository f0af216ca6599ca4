/**
 * Every mock API handler: one per contract endpoint plus the fault control endpoint. The same
 * list serves the browser (MSW worker), unit tests (msw/node) and `npm run api` (node:http).
 */
import type { HttpHandler } from 'msw'
import { API_VERSION } from '../../src/api/contract'
import type { MockDb, MockDbOptions } from '../data/db'
import { alertsHandlers } from './alerts'
import { cityHandlers } from './city'
import { clinicsHandlers } from './clinics'
import type { HandlerContext } from './endpoint'
import { faultControlHandlers } from './faults'
import { flowsHandlers } from './flows'
import { populationHandlers } from './population'
import { schoolsHandlers } from './schools'

/** Any origin, so relative (browser) and absolute (node, server) URLs both match. */
export const DEFAULT_BASE = `*/api/${API_VERSION}`

/** The current hour as an instant: a "live" mock city says its data is as of the start of this hour. */
export function liveAsOf(now = Date.now()): string {
  return new Date(Math.floor(now / 3_600_000) * 3_600_000).toISOString()
}

export interface HandlerOptions extends Omit<MockDbOptions, 'asOf'> {
  /**
   * The instant the city's data describes; "live" follows the clock (rebuilt each hour), so a demo
   * wall left running for weeks shows data as fresh as a live API's rather than ever older data.
   */
  asOf?: string | 'live'

  /** Path prefix of the API; default "*\/api/v1". */
  base?: string
  /** Share an existing mock city instead of building one. */
  db?: MockDb
}

export function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
  const shared = options.db ? Promise.resolve(options.db) : null
  let built: { asOf: string | undefined; db: Promise<MockDb> } | null = null
  const ctx: HandlerContext = {
    base: (options.base ?? DEFAULT_BASE).replace(/\/+$/, ''),
    // Loaded and built on the first request, so test files that never call the API pay nothing.
    db: () => {
      if (shared) return shared
      const asOf = options.asOf === 'live' ? liveAsOf() : options.asOf
      if (!built || built.asOf !== asOf) {
        built = { asOf, db: import('../data/db').then((m) => m.createMockDb({ seed: options.seed, asOf })) }
      }
      return built.db
    },
  }
  return [
    ...cityHandlers(ctx),
    ...populationHandlers(ctx),
    ...schoolsHandlers(ctx),
    ...clinicsHandlers(ctx),
    ...flowsHandlers(ctx),
    ...alertsHandlers(ctx),
    ...faultControlHandlers(),
  ]
}

export const handlers: HttpHandler[] = createHandlers()

export { setFault, clearFault, clearFaults, listFaults, parseFaultSpec, applyFaultsFromSearch } from './faults'
export type { Fault, FaultInput, FaultKind, FaultTarget } from './faults'
