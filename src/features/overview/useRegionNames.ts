import { computed } from 'vue'
import { useQuery } from '@tanstack/vue-query'
import { useI18n } from 'petite-vue-i18n'
import { cityQueries } from '@/features/city'
import { localized } from '@/i18n/locale'

/** Region code → name in the UI language; falls back to the code while the city is loading or failing. */
export function useRegionNames() {
  const { locale } = useI18n()
  const city = useQuery(cityQueries.city())
  const names = computed(() => {
    const map = new Map<string, string>()
    for (const r of city.data.value?.data.regions ?? []) map.set(r.code, localized(r.name, locale.value))
    return map
  })
  return (code: string): string => names.value.get(code) ?? code
}
