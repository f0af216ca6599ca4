/**
 * One msw GET handler per contract endpoint: validates the query with the endpoint's own schema,
 * applies any fault, and answers with the mock city's `{ meta, data }` (or, for tile endpoints, a tile).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import * as v from 'valibot'
import { endpoints, tileEndpoints, type EndpointName } from '../../src/api/contract'
import type { MockDb } from '../data/db'
import { faultFor, type Fault } from './faults'
import { emptyPayload, hostilePayload, hostileText, invalidPayload } from './payloadFaults'

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

/** Faults of the transport, the same for every endpoint: a late, failed or missing answer. */
async function transportFault(fault: Fault | undefined, request: Request): Promise<Response | undefined> {
  switch (fault?.kind) {
    case 'latency':
      await delay(fault.ms)
      return undefined
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
    default:
      return undefined
  }
}

function badRequest(issues: readonly { path?: readonly { key: unknown }[] | undefined; message: string }[]): Response {
  const list = issues.map((i) => ({ path: i.path?.map((p) => String(p.key)).join('.') ?? '', message: i.message }))
  return HttpResponse.json(errorBody('bad_request', 'Invalid query parameters', { issues: list }), { status: 400 })
}

export function endpointHandler(name: EndpointName, ctx: HandlerContext): HttpHandler {
  const endpoint = endpoints[name]
  return http.get(`${ctx.base}${endpoint.path}`, async ({ request }) => {
    const fault = faultFor(name)
    const early = await transportFault(fault, request)
    if (early) return early
    if (fault?.kind === 'malformed') {
      return new HttpResponse('{"meta": {"asOf": "2026-11-23T08:00:00+08:00", "data": [1, 2,', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })
    }

    const url = new URL(request.url)
    const parsed = v.safeParse(endpoint.query, Object.fromEntries(url.searchParams))
    if (!parsed.success) return badRequest(parsed.issues)
    const db = await ctx.db()
    const region = regionOf(parsed.output)
    if (region !== undefined && !db.hasRegion(region)) {
      return HttpResponse.json(errorBody('not_found', `Unknown region "${region}"`), { status: 404 })
    }
    const body = db.respond(name, parsed.output)
    if (fault?.kind === 'invalid') return HttpResponse.json(invalidPayload(body).body)
    if (fault?.kind === 'empty') return HttpResponse.json(emptyPayload(body, endpoint.response))
    if (fault?.kind === 'hostile') return HttpResponse.json(hostilePayload(body))
    return HttpResponse.json(body)
  })
}

/** What the payload faults do to a tile's features: they stay a valid tile, with bad values inside. */
function tileFaultTags(fault: Fault | undefined): ((tags: Record<string, unknown>) => Record<string, unknown>) | undefined {
  if (fault?.kind === 'invalid') return (t) => ({ ...t, v: '12,345' }) // a number drifted into text
  if (fault?.kind === 'hostile') return (t) => ({ ...t, id: hostileText(String(t.id)) })
  return undefined
}

const tileCoord = /^\d{1,8}$/

/**
 * `GET /density/tiles/{z}/{x}/{y}.pbf`: one MVT tile. Faults apply as to JSON endpoints; `malformed`
 * sends bytes that are no protobuf, `empty` a tile without cells (204), `invalid` and `hostile` a
 * valid tile whose `v` is text or whose `id` carries markup.
 */
export function densityTileHandler(ctx: HandlerContext): HttpHandler {
  const endpoint = tileEndpoints.densityTile
  return http.get(`${ctx.base}/density/tiles/:z/:x/:y.pbf`, async ({ request, params }) => {
    const fault = faultFor('densityTile')
    const early = await transportFault(fault, request)
    if (early) return early
    if (fault?.kind === 'malformed') {
      return new HttpResponse('{"meta": {"asOf": "2026-11-23T08:00', { status: 200, headers: { 'Content-Type': endpoint.contentType } })
    }
    const parsed = v.safeParse(endpoint.query, Object.fromEntries(new URL(request.url).searchParams))
    if (!parsed.success) return badRequest(parsed.issues)
    const [z, x, y] = [params.z, params.x, params.y].map((p) => (typeof p === 'string' && tileCoord.test(p) ? Number(p) : NaN))
    if (z === undefined || x === undefined || y === undefined || [z, x, y].some(Number.isNaN)) {
      return badRequest([{ path: [{ key: 'z/x/y' }], message: 'Tile coordinates must be whole numbers' }])
    }
    const db = await ctx.db()
    let bytes: Uint8Array | null
    try {
      bytes = fault?.kind === 'empty' ? null : db.densityTile({ surface: parsed.output.surface, hour: parsed.output.hour, z, x, y }, tileFaultTags(fault))
    } catch (e) {
      if (e instanceof RangeError) return HttpResponse.json(errorBody('not_found', e.message), { status: 404 })
      throw e
    }
    if (!bytes) return new HttpResponse(null, { status: 204 })
    // Cacheable: the URL carries the data version (`v`), so new data is a new URL.
    return new HttpResponse(bytes, { headers: { 'Content-Type': endpoint.contentType, 'Cache-Control': 'public, max-age=3600' } })
  })
}
