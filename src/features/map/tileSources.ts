import type { Map as MapLibreMap, SourceSpecification, VectorTileSource } from 'maplibre-gl'
import { ApiError } from '@/api'
import { apiRequestAuth } from './apiAuth'
import type { VectorTiles } from './types'

/** Tries again after 2, 4, 8, 16 s, then every 30 s, until the tiles load. */
export function tileRetryDelayMs(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** attempt)
}

/** A MapLibre tile error (an AJAXError with the HTTP status, or a decoding error) as the API's error. */
export function tileError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  const err = e instanceof Error ? e : new Error(String(e))
  const { status, url } = err as Error & { status?: unknown; url?: unknown }
  let endpoint = '/tiles'
  try {
    if (typeof url === 'string') endpoint = new URL(url).pathname
  } catch {
    // not a URL: keep the generic name
  }
  if (typeof status === 'number' && status > 0) {
    return new ApiError('http', endpoint, `HTTP ${status}`, { status, retryable: status >= 500 || status === 429 })
  }
  // Status 0 is a request that never got an answer; anything without a status failed to decode.
  if (status === 0) return new ApiError('network', endpoint, err.message, { retryable: true })
  return new ApiError('malformed', endpoint, `Not a valid vector tile: ${err.message}`, { retryable: true })
}

/** A failing source's retries: the pending one, how many came before, and errors since the last. */
interface Failing {
  attempt: number
  timer: ReturnType<typeof setTimeout> | undefined
  errors: number
}

export interface TileOptions {
  /**
   * The configured API: MapLibre's own requests to it carry the bearer token, and tiles still
   * loading after `timeoutMs` (MapLibre never gives up on a hanging request) count as failed.
   */
  api?: { baseUrl: string; token?: string | undefined; timeoutMs?: number | undefined } | undefined
  /** A tiled layer's tiles started failing (an error) or load again (null). */
  onHealth: (layerId: string, error: ApiError | null) => void
  /**
   * Replaces the layer's source with a fresh one. MapLibre 6.17 cannot reload an errored tile in
   * place (setTiles leaves it 'loading' for good), so a retry starts the source over.
   */
  renew: (layerId: string) => void
}

/**
 * The map side of tiled layers, loaded with the first of them rather than with the map: their
 * `vector` sources, whether the tiles in view are drawn, and their failures. MapLibre fetches tiles
 * itself and only reports a failure as an `error` event, leaving the tile blank for good: here the
 * layer hears of it (`onHealth`) and the tiles are fetched again, sooner first, until they load.
 */
export class TileSources {
  /** Our sources, by source id, with their layer ids. */
  private own = new Map<string, string>()
  private failing = new Map<string, Failing>()
  /** Sources loading tiles, with the timer that calls a hang a failure. */
  private loading = new Map<string, ReturnType<typeof setTimeout>>()

  constructor(
    private readonly map: MapLibreMap,
    private readonly options: TileOptions,
  ) {
    const { api } = options
    // Tiles are the only API requests MapLibre makes itself: from here on they carry the token.
    if (api) map.setTransformRequest(apiRequestAuth(api.baseUrl, api.token, window.location.href) ?? null)
    map.on('error', (e) => {
      const src = (e as { sourceId?: string }).sourceId
      if (src && this.own.has(src)) this.failed(src, e.error)
    })
    map.on('sourcedata', (e) => this.data(e.sourceId))
    map.on('sourcedataloading', (e) => {
      const src = e.sourceId
      if (!this.own.has(src) || this.loading.has(src)) return
      const ms = api?.timeoutMs ?? 15_000
      this.loading.set(src, setTimeout(() => this.hung(src, ms), ms))
    })
  }

  /** Tiles of this source have been loading for `ms`: a failure like any other (the retry starts it over). */
  private hung(src: string, ms: number): void {
    this.loading.delete(src)
    if (this.own.has(src) && this.map.getSource(src) && !this.map.isSourceLoaded(src)) {
      this.failed(src, new ApiError('timeout', '/tiles', `No tile within ${ms / 1000} s`, { retryable: true }))
    }
  }

  spec(layerId: string, src: string, t: VectorTiles, attribution: string | undefined): SourceSpecification {
    this.own.set(src, layerId)
    return { type: 'vector', tiles: t.urls, minzoom: t.minzoom, maxzoom: t.maxzoom, bounds: t.bounds, attribution }
  }

  /**
   * New URLs (another hour, new data) reload the source, and MapLibre keeps the old tiles drawn until
   * the new ones arrive. False when anything else changed: that needs a new source.
   */
  update(src: string, prev: VectorTiles, next: VectorTiles): boolean {
    const same = (a: VectorTiles) => [a.sourceLayer, a.minzoom, a.maxzoom, ...a.bounds].join()
    if (same(prev) !== same(next)) return false
    if (prev.urls.join('\n') !== next.urls.join('\n')) this.map.getSource<VectorTileSource>(src)?.setTiles(next.urls)
    return true
  }

  /** On screen: every tile in view has loaded, and none failed. */
  isDrawn(src: string): boolean {
    return !this.failing.has(src) && !!this.map.getSource(src) && this.map.isSourceLoaded(src)
  }

  /** Fetches a failing source's tiles again now. */
  retry(src: string): void {
    const f = this.failing.get(src)
    const id = this.own.get(src)
    if (!f || !id) return
    clearTimeout(f.timer)
    f.timer = undefined
    f.errors = 0
    this.options.renew(id)
  }

  /** The layer is gone (or well again): no failure, no retry. */
  forget(src: string, gone = true): void {
    const f = this.failing.get(src)
    const id = this.own.get(src)
    if (gone) {
      this.own.delete(src)
      clearTimeout(this.loading.get(src))
      this.loading.delete(src)
    }
    if (!f || !id) return
    clearTimeout(f.timer)
    this.failing.delete(src)
    this.options.onHealth(id, null)
  }

  private failed(src: string, error: unknown): void {
    this.options.onHealth(this.own.get(src)!, tileError(error))
    const f = this.failing.get(src) ?? { attempt: 0, timer: undefined, errors: 0 }
    f.errors++
    f.timer ??= setTimeout(() => this.retry(src), tileRetryDelayMs(f.attempt++))
    this.failing.set(src, f)
  }

  /** A source reported data: a failing one whose tiles in view all loaded since its last retry is well again. */
  private data(src: string | undefined): void {
    if (!src || !this.map.getSource(src) || !this.map.isSourceLoaded(src)) return
    clearTimeout(this.loading.get(src))
    this.loading.delete(src)
    if (this.failing.get(src)?.errors === 0) this.forget(src, false)
  }
}
