import { endpoints, type EndpointName, type QueryOf, type ResponseOf } from './contract'
import { checkBytes, type BodyCheck } from './checkBody'
import { ApiError } from './errors'
import type { BodyChecker } from './offThreadCheck'

export interface ApiClientOptions {
  /** e.g. "/api/v1" or "https://analytics.example.org/api/v1". */
  baseUrl: string
  /** Sent as `Authorization: Bearer …`, never in the URL. */
  token?: string | undefined
  timeoutMs?: number
  fetch?: typeof fetch
  /** Parses and validates a body; the app passes `offThreadChecker()`, tests check inline. */
  checkBody?: BodyChecker
}

export interface ApiClient {
  get<N extends EndpointName>(name: N, query?: QueryOf<N>, signal?: AbortSignal): Promise<ResponseOf<N>>
  url<N extends EndpointName>(name: N, query?: QueryOf<N>): string
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 15_000
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const check = options.checkBody ?? (async (name: EndpointName, bytes: ArrayBuffer) => checkBytes(name, bytes))

  function url<N extends EndpointName>(name: N, query?: QueryOf<N>): string {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) params.set(key, String(value))
    }
    const qs = params.toString()
    return `${base}${endpoints[name].path}${qs ? `?${qs}` : ''}`
  }

  async function get<N extends EndpointName>(name: N, query?: QueryOf<N>, signal?: AbortSignal): Promise<ResponseOf<N>> {
    const { path } = endpoints[name]
    const timeout = AbortSignal.timeout(timeoutMs)
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (options.token) headers.Authorization = `Bearer ${options.token}`

    let res: Response
    try {
      res = await doFetch(url(name, query), { headers, signal: combined })
    } catch (e) {
      if (timeout.aborted) throw new ApiError('timeout', path, `No answer within ${timeoutMs / 1000} s`, { retryable: true })
      if (signal?.aborted) throw e // cancelled by the caller (vue-query): not an error to show
      throw new ApiError('network', path, e instanceof Error ? e.message : String(e), { retryable: true })
    }
    if (!res.ok) {
      throw new ApiError('http', path, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, {
        status: res.status,
        retryable: res.status >= 500 || res.status === 429,
      })
    }
    let bytes: ArrayBuffer
    try {
      bytes = await res.arrayBuffer()
    } catch (e) {
      if (timeout.aborted) throw new ApiError('timeout', path, `No answer within ${timeoutMs / 1000} s`, { retryable: true })
      if (signal?.aborted) throw e
      throw new ApiError('malformed', path, 'The response is not valid JSON', { retryable: true })
    }
    let checked: BodyCheck
    try {
      checked = await check(name, bytes)
    } catch {
      throw new ApiError('network', path, 'The answer could not be checked (validation worker failed)', { retryable: true })
    }
    if (!checked.ok && checked.kind === 'malformed') throw new ApiError('malformed', path, 'The response is not valid JSON', { retryable: true })
    if (!checked.ok) {
      throw new ApiError('schema', path, `Invalid field ${checked.fieldPath}: ${checked.message}`, {
        fieldPath: checked.fieldPath,
        retryable: true,
      })
    }
    // The endpoint table ties `name` to its schema, so the parsed value is ResponseOf<N>.
    return checked.data as ResponseOf<N>
  }

  return { get, url }
}
