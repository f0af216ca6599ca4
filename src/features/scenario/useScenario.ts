import { computed, onScopeDispose, shallowRef } from 'vue'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import { replaceUrlKeys, useUrlQuery } from '@/ui/urlQuery'
import { baselineAssumptions, sameAssumptions, type Assumptions } from './assumptions'
import { decodeScenario, encodeScenario, SCENARIO_KEYS } from './scenarioUrl'

/**
 * The planner's scenario, with the URL as its one source: a link reproduces it. While a slider is
 * dragged the newest value is held as `pending` (so the projection follows at once) and written to
 * the URL at most a few times a second; once the URL carries it, `pending` is dropped.
 */
export function useScenario(baseYear: () => number | null) {
  const query = useUrlQuery()
  const config = useRuntimeConfig()
  const ctx = () => ({ leadYears: config.buildLeadYears, baseYear: baseYear() })

  const decoded = computed(() => decodeScenario(query.value, ctx()))
  const pending = shallowRef<Assumptions | null>(null)
  // Same content, same object: a URL write that only confirms a slider's value must not re-project.
  const assumptions = computed<Assumptions>((previous) => {
    const next = pending.value ?? decoded.value.assumptions
    return previous && sameAssumptions(previous, next) ? previous : next
  })
  const baseline = computed(() => baselineAssumptions(config.buildLeadYears))
  const isBaseline = computed(() => sameAssumptions(assumptions.value, baseline.value))

  function commit(next: Assumptions): void {
    replaceUrlKeys(SCENARIO_KEYS, encodeScenario(next, ctx()))
    if (pending.value === next) pending.value = null
  }
  // At most one URL write per interval, always of the newest value.
  let timer: ReturnType<typeof setTimeout> | null = null
  function set(next: Assumptions): void {
    pending.value = next
    timer ??= setTimeout(() => {
      timer = null
      if (pending.value) commit(pending.value)
    }, 250)
  }
  onScopeDispose(() => {
    if (timer) clearTimeout(timer)
  })
  function update(patch: Partial<Assumptions>): void {
    set({ ...assumptions.value, ...patch })
  }
  function reset(): void {
    if (timer) clearTimeout(timer)
    timer = null
    pending.value = null
    commit(baseline.value)
  }

  return {
    assumptions,
    /** URL fields that were malformed or out of range and fell back to the baseline. */
    rejected: computed(() => decoded.value.rejected),
    isBaseline,
    set,
    update,
    reset,
  }
}
export type Scenario = ReturnType<typeof useScenario>
