import { onScopeDispose, shallowRef, toRaw, watch, type Ref } from 'vue'
import type { Remote } from 'comlink'
import type { SchoolForecast } from '@/api'
import { projectAll, type ProjectedSeries, type SchoolAssumptions } from '@/features/schools/cohortModel'
import type { ScenarioWorkerApi } from './scenario.worker'

/** True when the assumptions change what the school model reads; at the baseline there is nothing to re-project. */
function changesSchools(a: SchoolAssumptions): boolean {
  return a.birthsPct !== 0 || a.migrationPts !== 0 || a.enrolmentPct !== 0 || a.schoolChanges.length > 0
}

/**
 * The school forecast re-projected under the scenario, computed in the scenario worker; null while
 * the assumptions leave the school model as the API has it. While a slider is dragged only the newest
 * assumptions are projected: a request in flight is followed by the latest one, never by a queue of
 * stale ones. The worker (and comlink) load with the first change, not with the page. Without Worker
 * support (unit tests), or if the worker cannot start, it runs inline.
 */
export function useSchoolProjection(forecast: Ref<SchoolForecast | null>, assumptions: Ref<SchoolAssumptions>) {
  const projected = shallowRef<ProjectedSeries[] | null>(null)
  /** The assumptions the projection on screen was made with. */
  const projectedFor = shallowRef<SchoolAssumptions | null>(null)
  const lastMs = shallowRef(0)

  let worker: Worker | null = null
  let remote: Promise<Remote<ScenarioWorkerApi> | null> | null = null
  let disposed = false

  function connect(): Promise<Remote<ScenarioWorkerApi> | null> {
    remote ??=
      typeof Worker === 'undefined'
        ? Promise.resolve(null)
        : import('comlink').then(
            ({ wrap }) => {
              if (disposed) return null
              worker = new Worker(new URL('./scenario.worker.ts', import.meta.url), { type: 'module', name: 'scenario' })
              // A worker that cannot start (blocked by policy, old browser) must not freeze the scenario.
              worker.addEventListener('error', () => {
                remote = Promise.resolve(null)
                if (forecast.value && changesSchools(assumptions.value)) next = { f: forecast.value, a: assumptions.value }
                void run()
              })
              return wrap<ScenarioWorkerApi>(worker)
            },
            () => null, // the chunk did not load (offline, new deployment): project inline
          )
    return remote
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
        const r = await connect()
        let out: { series: ProjectedSeries[]; ms: number }
        if (!r) {
          const t0 = performance.now()
          out = { series: projectAll(f.series, a, f.baseYear), ms: performance.now() - t0 }
        } else {
          if (sentBaseline !== f) {
            // Query data may be reactive: a proxy cannot be cloned into the worker.
            await r.setBaseline(toRaw(f).series, f.baseYear)
            sentBaseline = f
          }
          out = await r.project(structuredClone(toRaw(a)))
        }
        // A newer forecast arrived meanwhile, or the scenario went back to the baseline: not for the screen.
        if (forecast.value !== f || !changesSchools(assumptions.value)) continue
        projected.value = out.series
        lastMs.value = out.ms
        projectedFor.value = a
      }
    } finally {
      busy = false
    }
  }

  watch(
    [forecast, assumptions],
    ([f, a]) => {
      if (!f || !changesSchools(a)) {
        next = null
        projected.value = null
        projectedFor.value = null
        lastMs.value = 0
        return
      }
      next = { f, a }
      void run()
    },
    { immediate: true },
  )

  onScopeDispose(() => {
    disposed = true
    worker?.terminate()
    worker = null
  })

  return { projected, projectedFor, lastMs }
}
