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
  /** Optional (vue-query has them): while nothing has loaded, say it is retrying and when. */
  failureCount?: Readonly<Ref<number>>
  failureReason?: Readonly<Ref<unknown>>
  errorUpdatedAt?: Readonly<Ref<number>>
  isFetching?: Readonly<Ref<boolean>>
}

export type PanelBody = 'loading' | 'retrying' | 'error' | 'empty' | 'data'

export interface PanelView {
  body: PanelBody
  /** Last good data is on screen while the latest fetch failed: dim it and say so. */
  showingOldData: boolean
}

/**
 * What a panel shows for a given state. Pure. `retrying`: nothing has loaded and an attempt has
 * failed, yet another comes (a cold start against a service that is down or hanging).
 */
export function panelView(state: { hasData: boolean; isEmpty: boolean; hasError: boolean; retrying?: boolean }): PanelView {
  if (!state.hasData) return { body: state.retrying ? 'retrying' : state.hasError ? 'error' : 'loading', showingOldData: false }
  return { body: state.isEmpty ? 'empty' : 'data', showingOldData: state.hasError }
}
