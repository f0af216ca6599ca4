import { computed } from 'vue'
import { useQuery } from '@tanstack/vue-query'
import { useI18n } from 'petite-vue-i18n'
import type { LocalizedText } from '@/api'
import { cityQueries } from '@/features/city'
import { bidiIsolated, localized } from '@/i18n/locale'

/** Region names in both languages (for decision texts) and in the UI language; codes while loading. */
export function useRegionTexts() {
  const { locale } = useI18n()
  const city = useQuery(cityQueries.city())
  const byCode = computed(() => new Map((city.data.value?.data.regions ?? []).map((r) => [r.code, r.name])))
  // Decision texts join these into sentences: isolated, a name's bidi controls stay inside it.
  const names = (code: string): LocalizedText => {
    const n = byCode.value.get(code)
    return n ? { zh: bidiIsolated(n.zh), en: bidiIsolated(n.en) } : { zh: code, en: code }
  }
  const name = (code: string): string => {
    const n = byCode.value.get(code)
    return n ? localized(n, locale.value) : code
  }
  return { names, name }
}
