/** Handlers for the population resource: population, density, and density as vector tiles. */
import type { HttpHandler } from 'msw'
import { densityTileHandler, endpointHandler, type HandlerContext } from './endpoint'

export function populationHandlers(ctx: HandlerContext): HttpHandler[] {
  return [endpointHandler('population', ctx), endpointHandler('density', ctx), endpointHandler('densityTiles', ctx), densityTileHandler(ctx)]
}
