import type { z } from '../zod'
import { endpoints, type EndpointName, type QueryOf, type ResponseOf } from './contract'
import { ApiError } from './errors'

export interface ApiClientOptions {
  /** e.g. "/api/v1" or "https://analytics.example.org/api/v1". */
  baseUrl: string
  /** Sent as `Authorization: Bearer …`, never in the URL. */
  token?: string | undefined
  timeoutMs?: number
  fetch?: typeof fetch
}

export interface ApiClient {
  get<N extends EndpointName>(name: N, query?: QueryOf<N>, signal?: AbortSignal): Promise<ResponseOf<N>>
  url<N extends EndpointName>(name: N, query?: QueryOf<N>): string
}

function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)'
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 15_000
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  function url<N extends EndpointName>(name: N, query?: QueryOf<N>): string {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) params.set(key, String(value))
    }
    const qs = params.toString()
    return `${base}${endpoints[name].path}${qs ? `?${qs}` : ''}`
  }

  async function get<N extends EndpointName>(name: N, query?: QueryOf<N>, signal?: AbortSignal): Promise<ResponseOf<N>> {
    const { path, response: schema } = endpoints[name]
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
    let body: unknown
    try {
      body = await res.json()
    } catch {
      if (timeout.aborted) throw new ApiError('timeout', path, `No answer within ${timeoutMs / 1000} s`, { retryable: true })
      throw new ApiError('malformed', path, 'The response is not valid JSON', { retryable: true })
    }
    const parsed = (schema as z.ZodMiniType).safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const fieldPath = issue ? formatIssuePath(issue.path) : '(root)'
      throw new ApiError('schema', path, `Invalid field ${fieldPath}: ${issue?.message ?? 'does not match the contract'}`, {
        fieldPath,
        retryable: true,
      })
    }
    // The endpoint table ties `name` to its schema, so the parsed value is ResponseOf<N>.
    return parsed.data as ResponseOf<N>
  }

  return { get, url }
}
