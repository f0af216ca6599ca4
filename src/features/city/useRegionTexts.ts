import { computed } from 'vue'
import { useQuery } from '@tanstack/vue-query'
import { useI18n } from 'vue-i18n'
import type { LocalizedText } from '@/api'
import { cityQueries } from '@/features/city'
import { localized } from '@/i18n/locale'

/** Region names in both languages (for decision texts) and in the UI language; codes while loading. */
export function useRegionTexts() {
  const { locale } = useI18n()
  const city = useQuery(cityQueries.city())
  const byCode = computed(() => new Map((city.data.value?.data.regions ?? []).map((r) => [r.code, r.name])))
  const names = (code: string): LocalizedText => byCode.value.get(code) ?? { zh: code, en: code }
  const name = (code: string): string => localized(names(code), locale.value)
  return { names, name }
}
