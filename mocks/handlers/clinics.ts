/** Handlers for the clinics resource: clinics, clinicForecast. */
import type { HttpHandler } from 'msw'
import { endpointHandler, type HandlerContext } from './endpoint'

export function clinicsHandlers(ctx: HandlerContext): HttpHandler[] {
  return [endpointHandler('clinics', ctx), endpointHandler('clinicForecast', ctx)]
}
