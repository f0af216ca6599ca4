/** Handlers for the flows resource: flowsOd, flowForecast. */
import type { HttpHandler } from 'msw'
import { endpointHandler, type HandlerContext } from './endpoint'

export function flowsHandlers(ctx: HandlerContext): HttpHandler[] {
  return [endpointHandler('flowsOd', ctx), endpointHandler('flowForecast', ctx)]
}
