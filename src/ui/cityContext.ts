import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'

/**
 * The city's IANA time zone (from the API's city record), so every panel shows times as the city
 * sees them, not as the browser's machine does. Undefined until the city has loaded.
 */
export const cityTimeZoneKey: InjectionKey<ComputedRef<string | undefined>> = Symbol('cityTimeZone')

export function provideCityTimeZone(timeZone: ComputedRef<string | undefined>): void {
  provide(cityTimeZoneKey, timeZone)
}

export function useCityTimeZone(): ComputedRef<string | undefined> {
  return inject(
    cityTimeZoneKey,
    computed(() => undefined),
    false,
  )
}
