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

export interface HandlerOptions extends MockDbOptions {
  /** Path prefix of the API; default "*\/api/v1". */
  base?: string
  /** Share an existing mock city instead of building one. */
  db?: MockDb
}

export function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
  let db: Promise<MockDb> | null = options.db ? Promise.resolve(options.db) : null
  const ctx: HandlerContext = {
    base: (options.base ?? DEFAULT_BASE).replace(/\/+$/, ''),
    // Loaded and built on the first request, so test files that never call the API pay nothing.
    db: () => (db ??= import('../data/db').then((m) => m.createMockDb({ seed: options.seed, asOf: options.asOf }))),
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
