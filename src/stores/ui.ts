import { defineStore } from 'pinia'
import { ref } from 'vue'
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
 * What the user chose that is not part of a shareable view: UI state only. The explore view's
 * selection, year, layers and scenario live in its URL (views/explore/useExploreView.ts), so a link
 * reproduces them; server data lives in vue-query.
 */
export const useUiStore = defineStore('ui', () => {
  const locale = ref<Locale>(initialLocale())
  /** The wall is always dark; the planner's workspace can be either. */
  const exploreTheme = ref<Theme>(initialTheme())
  /** Position in the wall's scene playlist. */
  const wallScene = ref(0)

  function setLocale(next: Locale) {
    locale.value = next
  }
  function setExploreTheme(next: Theme) {
    exploreTheme.value = next
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Not fatal: the choice just won't survive a reload.
    }
  }

  return { locale, exploreTheme, wallScene, setLocale, setExploreTheme }
})
