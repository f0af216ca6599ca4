import type { Ref } from 'vue'
import type { Meta } from '@/api'

/** Every API response is `{ meta, data }`; a panel reads its source, 口径, units and asOf from meta. */
export interface ApiEnvelope {
  meta: Meta
}

/**
 * The part of a vue-query result a panel needs. `useQuery(...)` satisfies it as is; tests and
 * derived panels can hand-build one from refs.
 */
export interface PanelQuery<T> {
  data: Readonly<Ref<T | undefined>>
  error: Readonly<Ref<unknown>>
  /** Epoch ms of the last successful fetch; 0 when there has been none. */
  dataUpdatedAt: Readonly<Ref<number>>
}

export type PanelBody = 'loading' | 'error' | 'empty' | 'data'

export interface PanelView {
  body: PanelBody
  /** Last good data is on screen while the latest fetch failed: dim it and say so. */
  showingOldData: boolean
}

/** What a panel shows for a given state. Pure. */
export function panelView(state: { hasData: boolean; isEmpty: boolean; hasError: boolean }): PanelView {
  if (!state.hasData) return { body: state.hasError ? 'error' : 'loading', showingOldData: false }
  return { body: state.isEmpty ? 'empty' : 'data', showingOldData: state.hasError }
}
