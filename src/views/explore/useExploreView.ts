import { computed } from 'vue'
import { useQuery } from '@tanstack/vue-query'
import { decodeViewState, defaultViewState, encodeViewState, MAP_LAYER_IDS, type ViewState } from '@/features/map'
import { schoolQueries } from '@/features/schools'
import { clinicQueries } from '@/features/clinics'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import { replaceUrlKeys, useUrlQuery } from '@/ui/urlQuery'

/** Query keys the view state owns (see features/map/urlState.ts); anything else (lang, scenario) is kept. */
const VIEW_KEYS = ['c', 'z', 'l', 's', 'h', 'y', 'lv', 'd']

/**
 * The explore view's state lives in the URL, the one source: a link reproduces the exact view, and
 * everything else (the selected district the panels show) is derived from it. Defaults are anchored
 * to the forecast's base year, not the browser's clock.
 */
export function useExploreView() {
  const query = useUrlQuery()
  const config = useRuntimeConfig()
  const forecast = useQuery(schoolQueries.forecast())
  const baseYear = computed(() => forecast.data.value?.data.baseYear ?? null)
  const defaults = computed(() => defaultViewState(baseYear.value, config.buildLeadYears))
  // Other keys (the scenario) change the URL many times a second while a slider moves: keep the same
  // view object when the view itself did not change, so the map does not redo its work.
  const view = computed<ViewState>((previous) => {
    const next = decodeViewState(query.value, { defaults: defaults.value, knownLayers: MAP_LAYER_IDS })
    return previous && JSON.stringify(previous) === JSON.stringify(next) ? previous : next
  })

  function setView(next: ViewState): void {
    replaceUrlKeys(VIEW_KEYS, encodeViewState(next, defaults.value))
  }

  // A selected school or clinic belongs to a district: the panels show that district.
  const kind = computed(() => view.value.selection?.kind ?? null)
  const schools = useQuery(() => ({ ...schoolQueries.list(), enabled: kind.value === 'school' }))
  const clinics = useQuery(() => ({ ...clinicQueries.list(), enabled: kind.value === 'clinic' }))
  const selectedRegion = computed<string | null>(() => {
    const sel = view.value.selection
    if (!sel) return null
    if (sel.kind === 'region') return sel.id
    const list = sel.kind === 'school' ? schools.data.value?.data.schools : clinics.data.value?.data.clinics
    return list?.find((f) => f.id === sel.id)?.region ?? null
  })

  function selectRegion(code: string | null): void {
    setView({ ...view.value, selection: code ? { kind: 'region', id: code } : null })
  }

  return { view, setView, selectedRegion, selectRegion, baseYear }
}
