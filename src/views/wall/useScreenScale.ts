import { computed, onScopeDispose, watchEffect, type ComputedRef } from 'vue'
import { useWindowSize } from '@vueuse/core'
import { BASE_FONT_PX, screenScale } from './screenScale'

/**
 * Scales the whole wall layout to the real viewport by setting the root font size (everything on
 * the wall is sized in rem). No `transform: scale`: canvases render at the screen's real pixels and
 * pointer positions stay true. Restores the root font size when the wall unmounts.
 */
export function useScreenScale(): ComputedRef<number> {
  const { width, height } = useWindowSize()
  const scale = computed(() => screenScale(width.value, height.value))
  const root = document.documentElement
  const previous = root.style.fontSize

  watchEffect(() => {
    root.style.fontSize = `${BASE_FONT_PX * scale.value}px`
  })
  onScopeDispose(() => {
    root.style.fontSize = previous
  })
  return scale
}
