import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from '@tanstack/vue-query'
import {
  computed,
  effectScope,
  onScopeDispose,
  shallowRef,
  toValue,
  watch,
  type ComputedRef,
  type EffectScope,
  type MaybeRefOrGetter,
} from 'vue'
import type { Boundaries, City, Meta } from '@/api'
import { cityQueries } from '@/features/city'
import { useRetryStatus, type RetryStatus } from '@/ui/useRetryStatus'
import { regionsGeoJSON } from './basemap'
import { loadedMapLayer, loadMapLayers } from './layers'
import type { MapLayer } from './mapLayer'
import { tileFailures } from './tileFailures'
import { currentMap } from './useMap'
import type { LayerOutput, ViewState } from './types'

export type LayerStatus = 'loading' | 'waiting' | 'ready' | 'error'

const LAYER_CODE_RETRY_MS = 5_000

/** One active layer as the map, the layer control and the legend see it. */
export interface LayerState {
  layer: MapLayer
  status: LayerStatus
  /** The query's error (an ApiError for API faults), the base geography's when the layer needs it, or its tiles'. */
  error: unknown
  meta: Meta | null
  output: LayerOutput | null
  /** True while the previous hour/year is still drawn and the new one loads. */
  updating: boolean
  retry: () => void
}

export interface BaseState {
  boundaries: Boundaries | null
  city: City | null
  meta: Meta | null
  error: unknown
  invalid: number
  retry: () => void
  /** Boundaries or city failing (they retry by themselves, see queryClient's retryFailed): say when. */
  retrying: RetryStatus
}

export interface MapData {
  base: ComputedRef<BaseState>
  layers: ComputedRef<LayerState[]>
}

function runLayer(layer: MapLayer, view: ComputedRef<ViewState>, base: ComputedRef<BaseState>, client: QueryClient) {
  // The source is rebuilt (and re-tiled by the map's worker) only when its declared inputs change:
  // not when the camera moves, a knob it does not read changes, or the base state changes around the
  // geography it needs (a retry status, the city arriving after the boundaries).
  const boundaries = computed(() => (layer.needs.includes('boundaries') ? base.value.boundaries : null))
  const city = computed(() => (layer.needs.includes('city') ? base.value.city : null))
  return layer.use((def) => {
    const keys = def.viewKeys ?? []
    const knobs = computed<ViewState>((prev) => (prev && keys.every((k) => prev[k] === view.value[k]) ? prev : view.value))
    // Key, function and freshness come from the feature's query factory (so the cache is shared with
    // panels); picking them keeps the layer's data type, which spreading the whole options loses.
    const q = useQuery(() => {
      const { queryKey, queryFn, staleTime } = def.query(view.value)
      // shallow: the data goes to MapLibre's worker, which cannot clone Vue's readonly proxies.
      return { queryKey, queryFn, staleTime, placeholderData: keepPreviousData, shallow: true }
    }, client)
    const missing = computed(() => def.needs?.some((n) => (n === 'boundaries' ? !base.value.boundaries : !base.value.city)) ?? false)
    // A transform that throws on data it did not expect fails this layer only, never the map.
    const built = computed<{ output: LayerOutput | null; error: unknown }>(() => {
      const data = q.data.value
      if (!data || missing.value) return { output: null, error: null }
      try {
        return { output: def.toSource(data, { view: knobs.value, boundaries: boundaries.value, city: city.value }), error: null }
      } catch (e) {
        return { output: null, error: e }
      }
    })
    const output = computed(() => built.value.output)
    return computed<LayerState>(() => {
      const baseError = missing.value ? base.value.error : null
      // Tiles that fail to load leave the layer blank however good its metadata: that is an error too.
      const tileError = tileFailures.get(layer.id) ?? null
      const error = q.error.value ?? built.value.error ?? baseError ?? tileError
      const status: LayerStatus =
        (error && !output.value) || tileError ? 'error' : output.value ? 'ready' : missing.value && q.data.value ? 'waiting' : 'loading'
      return {
        layer,
        status,
        error,
        meta: q.data.value?.meta ?? null,
        output: output.value,
        updating: q.isPlaceholderData.value || (q.isFetching.value && !!q.data.value),
        retry: () => {
          void q.refetch()
          if (baseError) base.value.retry()
          if (tileError) void currentMap()?.then((c) => c.retryTiles(layer.id))
        },
      }
    })
  })
}

/**
 * Runs the queries of the active layers (one vue-query observer each, created when a layer is
 * switched on and disposed when it is switched off) and turns their data into drawable sources.
 * One call per view: pass the result to MapCanvas, LayerControl and MapLegend.
 */
export function useMapLayers(
  ids: MaybeRefOrGetter<readonly string[]>,
  viewState: MaybeRefOrGetter<ViewState>,
  /** The layers to pick from; by default the registry, whose rooms load as their layers are asked for. */
  layers?: readonly MapLayer[],
): MapData {
  const client = useQueryClient()
  const view = computed(() => toValue(viewState))
  const boundaries = useQuery({ ...cityQueries.boundaries(), shallow: true }, client)
  const city = useQuery({ ...cityQueries.city(), shallow: true }, client)
  const boundariesRetry = useRetryStatus(boundaries)
  const cityRetry = useRetryStatus(city)
  const base = computed<BaseState>(() => {
    const b = boundaries.data.value
    return {
      retrying: boundariesRetry.value.failing ? boundariesRetry.value : cityRetry.value,
      boundaries: b?.data ?? null,
      city: city.data.value?.data ?? null,
      meta: b?.meta ?? null,
      error: boundaries.error.value ?? city.error.value,
      invalid: b ? regionsGeoJSON(b.data).invalid : 0,
      retry: () => {
        void boundaries.refetch()
        void city.refetch()
      },
    }
  })

  const running = new Map<string, { scope: EffectScope; state: ComputedRef<LayerState> }>()
  const version = shallowRef(0)
  const find = (id: string) => (layers ? layers.find((l) => l.id === id) : loadedMapLayer(id))
  // A layer whose code has not loaded starts when it arrives. If its chunk cannot be had (offline, a
  // new deployment), it is asked for again every few seconds while the layer is still switched on.
  const retryTick = shallowRef(0)
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  function load(missing: readonly string[]): void {
    loadMapLayers(missing).catch(() => {
      clearTimeout(retryTimer)
      retryTimer = setTimeout(() => retryTick.value++, LAYER_CODE_RETRY_MS)
    })
  }
  watch(
    () => {
      void retryTick.value
      return toValue(ids).map((id) => ({ id, layer: find(id) }))
    },
    (next) => {
      for (const [id, r] of running) {
        if (next.some((n) => n.id === id)) continue
        r.scope.stop()
        running.delete(id)
      }
      const missing = next.filter((n) => !n.layer).map((n) => n.id)
      if (missing.length && !layers) load(missing)
      for (const { id, layer } of next) {
        if (!layer || running.has(id)) continue
        const scope = effectScope(true)
        const state = scope.run(() => runLayer(layer, view, base, client))
        if (state) running.set(id, { scope, state })
      }
      version.value++
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    clearTimeout(retryTimer)
    running.forEach((r) => r.scope.stop())
    running.clear()
  })

  const active = computed(() => {
    void version.value // re-evaluate when layers start or stop
    return toValue(ids).flatMap((id) => running.get(id)?.state.value ?? [])
  })
  return { base, layers: active }
}
