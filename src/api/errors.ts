/** Why a request produced no usable data. Panels show `kind` and `detail`; nothing here is markup. */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'schema' | 'config'

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    /** Endpoint path, e.g. "/population". */
    readonly endpoint: string,
    message: string,
    readonly options: {
      status?: number
      /** Dotted path of the first invalid field, for `schema` errors, e.g. "data.regions.3.residents". */
      fieldPath?: string
      /** Whether retrying can help (server and network faults, not client or contract errors). */
      retryable?: boolean
    } = {},
  ) {
    super(message)
  }

  get status(): number | undefined {
    return this.options.status
  }
  get fieldPath(): string | undefined {
    return this.options.fieldPath
  }
  get retryable(): boolean {
    return this.options.retryable ?? false
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}
