import { onScopeDispose, ref, type Ref } from 'vue'
import { useQueryClient, type QueryCache } from '@tanstack/vue-query'
import { isDemoPayload } from './demo'

/** Demo data is "shown" when a mounted component observes a query whose last good data is demo. */
export function cacheShowsDemo(cache: QueryCache): boolean {
  return cache.getAll().some((q) => q.getObserversCount() > 0 && isDemoPayload(q.state.data))
}

/**
 * Whether any data currently on screen is demo data, read from the vue-query cache so no panel has
 * to report it. Re-evaluated on every cache event (data updated, observer added or removed).
 */
export function useDemoData(): Readonly<Ref<boolean>> {
  const cache = useQueryClient().getQueryCache()
  const showsDemo = ref(cacheShowsDemo(cache))
  const unsubscribe = cache.subscribe(() => {
    showsDemo.value = cacheShowsDemo(cache)
  })
  onScopeDispose(unsubscribe)
  return showsDemo
}
