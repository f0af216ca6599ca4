import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'

/**
 * True from the moment `target` comes within `margin` of being on screen, and true for good after.
 * The margin widens the viewport (rootMargin) and every scrolling box on the way (scrollMargin): a
 * panel low in a scrolling column is noticed before it scrolls into that column's view, not once it is
 * there (a plain rootMargin, all @vueuse's useIntersectionObserver passes on, ignores such boxes).
 * Without IntersectionObserver it is true at once: better loaded early than never.
 */
export function useNearViewport(target: Readonly<Ref<Element | null | undefined>>, margin: string): Readonly<Ref<boolean>> {
  const near = shallowRef(false)
  let observer: IntersectionObserver | null = null
  const stop = () => {
    observer?.disconnect()
    observer = null
  }
  watch(
    target,
    (el) => {
      stop()
      if (!el || near.value) return
      if (typeof IntersectionObserver === 'undefined') {
        near.value = true
        return
      }
      // scrollMargin is not in TypeScript's DOM types yet (Chromium 120+, Firefox 141+).
      const options = { rootMargin: margin, scrollMargin: margin } as IntersectionObserverInit
      observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return
        near.value = true
        stop()
      }, options)
      observer.observe(el)
    },
    { immediate: true, flush: 'post' },
  )
  onScopeDispose(stop)
  return near
}
