import { computed, inject, provide, toValue, type ComputedRef, type InjectionKey, type MaybeRefOrGetter } from 'vue'
import { chartStyle, type ChartStyle, type ChartTheme } from './chartStyle'

const key: InjectionKey<ComputedRef<ChartStyle>> = Symbol('chartStyle')

/** Views set the theme and label size (the wall scales it with the screen). */
export function provideChartStyle(theme: MaybeRefOrGetter<ChartTheme>, fontSize: MaybeRefOrGetter<number>): void {
  provide(
    key,
    computed(() => chartStyle(toValue(theme), toValue(fontSize))),
  )
}

export function useChartStyle(): ComputedRef<ChartStyle> {
  return inject(
    key,
    computed(() => chartStyle('light', 12)),
    false,
  )
}
