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

/** Right-to-left letters and bidi controls: text that can reorder what follows it on the line. */
const BIDI_RISK = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/

/**
 * API text that will be joined into a sentence: when it carries right-to-left letters or bidi
 * controls, it is wrapped in a first-strong isolate (FSI … PDI), the plain-text <bdi>, so it can
 * never reverse the words around it. Ordinary text is returned as it is.
 */
export function bidiIsolated(text: string): string {
  return BIDI_RISK.test(text) ? `\u2068${text}\u2069` : text
}

/** Picks the API's text for the UI language. The result is plain text, to be rendered as text. */
export function localized(text: LocalizedText, locale: string): string {
  return bidiIsolated(locale === 'en' ? text.en : text.zh)
}
