import { createSharedComposable, useNow } from '@vueuse/core'

/**
 * One ticking clock per interval for the whole page instead of one timer per panel. vueuse stops
 * the timer when the last component using it unmounts, so scene changes on the wall leak nothing.
 */
export const useMinuteClock = createSharedComposable(() => useNow({ interval: 60_000 }))
export const useSecondClock = createSharedComposable(() => useNow({ interval: 1_000 }))

/**
 * Current epoch ms for age labels: depends on the minute tick (so it re-renders each minute) but
 * reads the real time, so a panel that re-renders for another reason never shows a tick-old age.
 */
export function nowFrom(tick: { value: Date }): number {
  return Math.max(tick.value.getTime(), Date.now())
}
