import { computed, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import { useResizeObserver } from '@vueuse/core'
import { rowsThatFit } from './fitRows'

/**
 * The number of rows of `list` that fit the box it sits in (its parent), measured again whenever that
 * box changes size (another layout, the root font scaling) or the rows arrive: the list fills its
 * panel, in as many columns as wall.css gives it, instead of being cut off or leaving it half empty.
 */
export function useFitRows(list: Ref<HTMLElement | null>, total: MaybeRefOrGetter<number>, moreLine: MaybeRefOrGetter<boolean> = true) {
  const space = ref(0)
  const row = ref(0)
  const gap = ref(0)
  const columns = ref(1)
  const box = computed(() => list.value?.parentElement ?? null)
  function measure(): void {
    const first = list.value?.firstElementChild
    if (!list.value || !first || !box.value) return
    space.value = box.value.clientHeight
    row.value = first.getBoundingClientRect().height
    const style = getComputedStyle(list.value)
    gap.value = parseFloat(style.rowGap) || 0
    // A wide panel lays the list out in columns (wall.css); the computed template lists each track.
    columns.value = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length)
  }
  useResizeObserver(box, measure)
  watch([list, () => toValue(total)], measure, { flush: 'post' })
  return computed(() => rowsThatFit(space.value, row.value, gap.value, toValue(total), toValue(moreLine), columns.value))
}
