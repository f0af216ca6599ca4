/** Handlers for the schools resource: schools, schoolForecast. */
import type { HttpHandler } from 'msw'
import { endpointHandler, type HandlerContext } from './endpoint'

export function schoolsHandlers(ctx: HandlerContext): HttpHandler[] {
  return [endpointHandler('schools', ctx), endpointHandler('schoolForecast', ctx)]
}
