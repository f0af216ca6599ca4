/** Handlers for the population resource: population, density. */
import type { HttpHandler } from 'msw'
import { endpointHandler, type HandlerContext } from './endpoint'

export function populationHandlers(ctx: HandlerContext): HttpHandler[] {
  return [endpointHandler('population', ctx), endpointHandler('density', ctx)]
}
