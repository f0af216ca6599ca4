import { onScopeDispose, shallowRef, toRaw, watch, type Ref } from 'vue'
import { wrap, type Remote } from 'comlink'
import type { SchoolForecast } from '@/api'
import { projectAll, type ProjectedSeries, type SchoolAssumptions } from '@/features/schools/cohortModel'
import type { ScenarioWorkerApi } from './scenario.worker'

/**
 * The school forecast re-projected under the scenario, computed in the scenario worker. While a
 * slider is dragged only the newest assumptions are projected: a request in flight is followed by
 * the latest one, never by a queue of stale ones. Without Worker support (unit tests) it runs inline.
 */
export function useSchoolProjection(forecast: Ref<SchoolForecast | null>, assumptions: Ref<SchoolAssumptions>) {
  const projected = shallowRef<ProjectedSeries[] | null>(null)
  /** The assumptions the projection on screen was made with. */
  const projectedFor = shallowRef<SchoolAssumptions | null>(null)
  const lastMs = shallowRef(0)

  let worker: Worker | null = null
  let remote: Remote<ScenarioWorkerApi> | null = null
  if (typeof Worker !== 'undefined') {
    worker = new Worker(new URL('./scenario.worker.ts', import.meta.url), { type: 'module', name: 'scenario' })
    remote = wrap<ScenarioWorkerApi>(worker)
    // A worker that cannot start (blocked by policy, old browser) must not freeze the scenario.
    worker.addEventListener('error', () => {
      remote = null
      if (forecast.value) next = { f: forecast.value, a: assumptions.value }
      void run()
    })
  }

  let busy = false
  let next: { f: SchoolForecast; a: SchoolAssumptions } | null = null
  let sentBaseline: SchoolForecast | null = null

  async function run(): Promise<void> {
    if (busy) return
    busy = true
    try {
      while (next) {
        const { f, a } = next
        next = null
        if (!remote) {
          const t0 = performance.now()
          projected.value = projectAll(f.series, a, f.baseYear)
          lastMs.value = performance.now() - t0
        } else {
          if (sentBaseline !== f) {
            // Query data may be reactive: a proxy cannot be cloned into the worker.
            await remote.setBaseline(toRaw(f).series, f.baseYear)
            sentBaseline = f
          }
          const out = await remote.project(structuredClone(toRaw(a)))
          // A newer forecast arrived meanwhile: this answer belongs to the old one.
          if (forecast.value !== f) continue
          projected.value = out.series
          lastMs.value = out.ms
        }
        projectedFor.value = a
      }
    } finally {
      busy = false
    }
  }

  watch(
    [forecast, assumptions],
    ([f, a]) => {
      if (!f) {
        projected.value = null
        return
      }
      next = { f, a }
      void run()
    },
    { immediate: true },
  )

  onScopeDispose(() => {
    worker?.terminate()
    worker = null
  })

  return { projected, projectedFor, lastMs }
}
