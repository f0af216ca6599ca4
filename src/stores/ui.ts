import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DayType } from '@/api'
import { initialLocale, type Locale } from '@/i18n/locale'

export type Theme = 'light' | 'dark'
const THEME_STORAGE_KEY = 'cdb.exploreTheme'

function initialTheme(): Theme {
  try {
    return typeof window !== 'undefined' && window.localStorage.getItem(THEME_STORAGE_KEY) === 'dark' ? 'dark' : 'light'
  } catch {
    return 'light'
  }
}

/**
 * What the user chose: UI state only. Server data lives in vue-query, never here.
 */
export const useUiStore = defineStore('ui', () => {
  const locale = ref<Locale>(initialLocale())
  /** Region code, or null for the whole city. */
  const selectedRegion = ref<string | null>(null)
  const year = ref<number>(new Date().getFullYear())
  /** Hour of day (0–23) for hourly flows and density. */
  const hour = ref<number>(8)
  const dayType = ref<DayType>('weekday')
  /** The wall is always dark; the planner's workspace can be either. */
  const exploreTheme = ref<Theme>(initialTheme())
  /** Position in the wall's scene playlist. */
  const wallScene = ref(0)

  function setLocale(next: Locale) {
    locale.value = next
  }
  function selectRegion(code: string | null) {
    selectedRegion.value = code
  }
  function setExploreTheme(next: Theme) {
    exploreTheme.value = next
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Not fatal: the choice just won't survive a reload.
    }
  }

  return { locale, selectedRegion, year, hour, dayType, exploreTheme, wallScene, setLocale, selectRegion, setExploreTheme }
})
