import { createI18n } from 'vue-i18n'
import zhCN, { type Messages } from './zh-CN'
import en from './en'
import { mapMessages } from '@/features/map'
import { schoolsMessages } from '@/features/schools/messages'
import { clinicsMessages } from '@/features/clinics/messages'
import { flowsMessages } from '@/features/flows/messages'
import { scenarioMessages } from '@/features/scenario/messages'
import { wallMessages } from '@/views/wall/messages'
import { resilienceMessages } from '@/ui/messages'
import { DEFAULT_LOCALE, type Locale } from './locale'

export * from './locale'
export type { Messages }

// Feature rooms that own UI text ship it as messages of their own; they are merged here.
export const messages = {
  'zh-CN': {
    ...zhCN,
    ...mapMessages['zh-CN'],
    ...schoolsMessages['zh-CN'],
    ...clinicsMessages['zh-CN'],
    ...flowsMessages['zh-CN'],
    ...scenarioMessages['zh-CN'],
    ...wallMessages['zh-CN'],
    ...resilienceMessages['zh-CN'],
  },
  en: {
    ...en,
    ...mapMessages.en,
    ...schoolsMessages.en,
    ...clinicsMessages.en,
    ...flowsMessages.en,
    ...scenarioMessages.en,
    ...wallMessages.en,
    ...resilienceMessages.en,
  },
}
type AppMessages = (typeof messages)['zh-CN']

export function createAppI18n(locale: Locale) {
  return createI18n<[AppMessages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    // Missing keys are bugs caught by the type of `messages`; no console noise at run time.
    missingWarn: false,
    fallbackWarn: false,
  })
}
