/**
 * One msw GET handler per contract endpoint: validates the query with the endpoint's own schema,
 * applies any fault, and answers with the mock city's `{ meta, data }`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { endpoints, type EndpointName } from '../../src/api/contract'
import type { MockDb } from '../data/db'
import { faultFor } from './faults'
import { emptyPayload, hostilePayload, invalidPayload } from './payloadFaults'

export interface HandlerContext {
  /** Prefix the endpoint paths hang under, e.g. "*\/api/v1" (any origin) or "http://localhost/api/v1". */
  base: string
  db: () => Promise<MockDb>
}

const errorBody = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  error: { code, message, ...extra },
})

/** Resolves when the client gives up; until then the request simply hangs. */
function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', () => resolve(), { once: true })
  })
}

function regionOf(query: object): string | undefined {
  return 'region' in query && typeof query.region === 'string' ? query.region : undefined
}

export function endpointHandler(name: EndpointName, ctx: HandlerContext): HttpHandler {
  const endpoint = endpoints[name]
  return http.get(`${ctx.base}${endpoint.path}`, async ({ request }) => {
    const fault = faultFor(name)
    switch (fault?.kind) {
      case 'latency':
        await delay(fault.ms)
        break
      case 'http500':
        return HttpResponse.json(errorBody('internal', 'Injected fault: internal server error'), { status: 500 })
      case 'http503':
        return HttpResponse.json(errorBody('unavailable', 'Injected fault: service unavailable'), {
          status: 503,
          headers: { 'Retry-After': '30' },
        })
      case 'timeout':
        await untilAborted(request.signal)
        return HttpResponse.error()
      case 'malformed':
        return new HttpResponse('{"meta": {"asOf": "2026-11-23T08:00:00+08:00", "data": [1, 2,', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        })
      default:
        break
    }

    const url = new URL(request.url)
    const parsed = endpoint.query.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
      return HttpResponse.json(errorBody('bad_request', 'Invalid query parameters', { issues }), { status: 400 })
    }
    const db = await ctx.db()
    const region = regionOf(parsed.data)
    if (region !== undefined && !db.hasRegion(region)) {
      return HttpResponse.json(errorBody('not_found', `Unknown region "${region}"`), { status: 404 })
    }
    const body = db.respond(name, parsed.data)
    if (fault?.kind === 'invalid') return HttpResponse.json(invalidPayload(body).body)
    if (fault?.kind === 'empty') return HttpResponse.json(emptyPayload(body, endpoint.response))
    if (fault?.kind === 'hostile') return HttpResponse.json(hostilePayload(body))
    return HttpResponse.json(body)
  })
}
