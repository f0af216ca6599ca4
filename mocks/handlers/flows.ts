/** Handlers for the flows resource: flowsOd, flowForecast, flowProfile. */
import type { HttpHandler } from 'msw'
import { endpointHandler, type HandlerContext } from './endpoint'

export function flowsHandlers(ctx: HandlerContext): HttpHandler[] {
  return [endpointHandler('flowsOd', ctx), endpointHandler('flowForecast', ctx), endpointHandler('flowProfile', ctx)]
}
