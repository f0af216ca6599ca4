import { computed, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { decodeViewState, defaultViewState, encodeViewState, MAP_LAYER_IDS, type ViewState } from '@/features/map'
import { useUiStore } from '@/stores/ui'

/** Query keys the view state owns (see features/map/urlState.ts); anything else (e.g. lang) is kept. */
const VIEW_KEYS = ['c', 'z', 'l', 's', 'h', 'y', 'lv', 'd']

/**
 * The explore view's state lives in the URL, so a link reproduces the exact view. The selected
 * district is mirrored into the UI store, which the panels read.
 */
export function useExploreView() {
  const route = useRoute()
  const router = useRouter()
  const ui = useUiStore()
  const defaults = defaultViewState()
  const view = computed(() => decodeViewState(route.query, { defaults, knownLayers: MAP_LAYER_IDS }))

  function setView(next: ViewState): void {
    const kept: LocationQuery = {}
    for (const [k, v] of Object.entries(route.query)) if (!VIEW_KEYS.includes(k)) kept[k] = v
    // replace, not push: panning the map should not fill the back button's history.
    void router.replace({ query: { ...kept, ...encodeViewState(next, defaults) } })
  }

  const regionOf = (v: ViewState) => (v.selection?.kind === 'region' ? v.selection.id : null)
  watch(
    () => view.value.selection,
    (sel) => {
      // A school or clinic selection leaves the district filter as it was.
      if (!sel || sel.kind === 'region') ui.selectRegion(sel?.id ?? null)
    },
    { immediate: true },
  )
  watch(
    () => ui.selectedRegion,
    (code) => {
      if (code !== regionOf(view.value)) setView({ ...view.value, selection: code ? { kind: 'region', id: code } : null })
    },
  )

  return { view, setView }
}
