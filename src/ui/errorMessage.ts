import { isApiError } from '@/api'

/** An i18n key plus its parameters, so the words live in the message files. Pure. */
export interface ErrorMessage {
  key: string
  params: Record<string, string | number>
  /** Endpoint path for the small print, when known. */
  endpoint?: string
}

/** Plain words for why a panel has no fresh data, per ApiError kind. */
export function describeError(error: unknown): ErrorMessage {
  if (!isApiError(error)) return { key: 'error.unknown', params: {} }
  const endpoint = error.endpoint
  switch (error.kind) {
    case 'http':
      return error.status !== undefined
        ? { key: 'error.http', params: { status: error.status }, endpoint }
        : { key: 'error.httpUnknown', params: {}, endpoint }
    case 'schema':
      return { key: 'error.schema', params: { field: error.fieldPath ?? '(root)' }, endpoint }
    case 'network':
    case 'timeout':
    case 'malformed':
    case 'config':
      return { key: `error.${error.kind}`, params: {}, endpoint }
  }
}
