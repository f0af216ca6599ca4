import { createI18n } from 'vue-i18n'
import zhCN, { type AppMessages } from './zh-CN'
import { DEFAULT_LOCALE, type Locale } from './locale'

export * from './locale'
export type { AppMessages }

/**
 * Messages are compiled at build time (vite.config.ts), so the bundle carries vue-i18n's runtime only.
 * zh-CN ships in the first render; the other language arrives through `loadLocaleMessages`.
 */
export function createAppI18n(locale: Locale = DEFAULT_LOCALE) {
  return createI18n<[AppMessages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    // vue-i18n's type wants every language up front; en joins through loadLocaleMessages before use.
    messages: { 'zh-CN': zhCN } as Record<Locale, AppMessages>,
    // Missing keys are bugs caught by the type of the messages; no console noise at run time.
    missingWarn: false,
    fallbackWarn: false,
  })
}

/** The app's global composer (`i18n.global`, or `useI18n()` in a component). */
interface LocaleMessageTarget {
  readonly availableLocales: readonly string[]
  setLocaleMessage(locale: Locale, messages: AppMessages): void
}

/**
 * Gets `locale`'s messages in before anything switches to it, so nobody sees keys or half a switch.
 * English is a chunk of its own, fetched once; a failed fetch rejects and may be tried again.
 */
export async function loadLocaleMessages(i18n: LocaleMessageTarget, locale: Locale): Promise<void> {
  if (i18n.availableLocales.includes(locale)) return
  const { default: en } = await import('./en')
  i18n.setLocaleMessage('en', en)
}
