/** Handlers for the city resource: city, boundaries. */
import type { HttpHandler } from 'msw'
import { endpointHandler, type HandlerContext } from './endpoint'

export function cityHandlers(ctx: HandlerContext): HttpHandler[] {
  return [endpointHandler('city', ctx), endpointHandler('boundaries', ctx)]
}
