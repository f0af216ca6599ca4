import type { LocalizedText } from '@/api'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'cdb.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Accepts "en", "en-GB", "zh", "zh-CN"… so a hand-typed `?lang=` still works. */
export function normalizeLocale(value: string | null | undefined): Locale | null {
  if (!value) return null
  const lower = value.toLowerCase()
  if (lower === 'en' || lower.startsWith('en-')) return 'en'
  if (lower === 'zh' || lower.startsWith('zh')) return 'zh-CN'
  return null
}

/** `?lang=` wins (a shared link or a wall's kiosk URL), then the stored choice, then Chinese. */
export function detectLocale(search: string, stored: string | null): Locale {
  const fromUrl = normalizeLocale(new URLSearchParams(search).get('lang'))
  return fromUrl ?? normalizeLocale(stored) ?? DEFAULT_LOCALE
}

/** The browser's choice at start-up; safe outside a browser (tests, SSR). */
export function initialLocale(): Locale {
  if (typeof window === 'undefined') return DEFAULT_LOCALE
  let stored: string | null = null
  try {
    stored = window.localStorage.getItem(LOCALE_STORAGE_KEY)
  } catch {
    // Storage can be disabled (kiosk policies, private mode): fall back to the default.
  }
  return detectLocale(window.location.search, stored)
}

export function persistLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Not fatal: the choice just won't survive a reload.
  }
}

/** Picks the API's text for the UI language. The result is plain text, to be rendered as text. */
export function localized(text: LocalizedText, locale: string): string {
  return locale === 'en' ? text.en : text.zh
}
