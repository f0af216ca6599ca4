/** Handlers for the alerts resource: alerts. */
import type { HttpHandler } from 'msw'
import { endpointHandler, type HandlerContext } from './endpoint'

export function alertsHandlers(ctx: HandlerContext): HttpHandler[] {
  return [endpointHandler('alerts', ctx)]
}
