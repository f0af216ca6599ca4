import { createI18n } from 'vue-i18n'
import zhCN, { type Messages } from './zh-CN'
import en from './en'
import { DEFAULT_LOCALE, type Locale } from './locale'

export * from './locale'
export type { Messages }

export const messages: Record<Locale, Messages> = { 'zh-CN': zhCN, en }

export function createAppI18n(locale: Locale) {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    // Missing keys are bugs caught by the type of `messages`; no console noise at run time.
    missingWarn: false,
    fallbackWarn: false,
  })
}
