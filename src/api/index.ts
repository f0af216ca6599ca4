import { createApiClient, type ApiClient, type ApiClientOptions } from './client'

export * from './contract'
export { ApiError, isApiError, type ApiErrorKind } from './errors'
export { createApiClient, type ApiClient, type ApiClientOptions } from './client'
export { offThreadChecker } from './offThreadCheck'

let current: ApiClient | null = null

/** Called once at start-up with the runtime configuration (and by tests). */
export function configureApi(options: ApiClientOptions): ApiClient {
  current = createApiClient(options)
  return current
}

/** The client that query factories use. */
export function api(): ApiClient {
  if (!current) throw new Error('configureApi() has not been called')
  return current
}
