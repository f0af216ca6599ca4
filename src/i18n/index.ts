import { createI18n, registerMessageResolver } from 'petite-vue-i18n'
import { resolveValue } from '@intlify/core-base'
import zhCN, { type AppMessages } from './zh-CN'
import { DEFAULT_LOCALE, type Locale } from './locale'

export * from './locale'
export type { AppMessages }

// petite-vue-i18n is vue-i18n's `t`-only build (the app formats numbers and dates itself; its types list
// `te` and `tm`, its runtime has neither). It looks keys up
// flat by default; ours are nested by room.
registerMessageResolver(resolveValue)

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
    // A copy: a view merging its own text (the wall) must not change the shared module object.
    messages: { 'zh-CN': { ...zhCN } } as Record<Locale, AppMessages>,
    // Missing keys are bugs caught by the type of the messages; no console noise at run time.
    missingWarn: false,
    fallbackWarn: false,
  })
}

/** The message key of an API unit code the app translates (`persons` → `units.persons`), else null. */
export function unitMessageKey(unit: string): `units.${keyof AppMessages['units']}` | null {
  return Object.hasOwn(zhCN.units, unit) ? `units.${unit as keyof AppMessages['units']}` : null
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
