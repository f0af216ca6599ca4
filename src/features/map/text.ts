import type { Lang, Localized } from './types'

/** Plain-text formatting for tooltips and captions (rendered with textContent, never as markup). */

const formats = new Map<string, Intl.NumberFormat>()
function nf(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits })
    formats.set(key, f)
  }
  return f
}

export function num(v: unknown, lang: Lang, digits = 0): string {
  return typeof v === 'number' && Number.isFinite(v) ? nf(lang, digits).format(v) : '–'
}

export function pct(v: unknown, signed = false): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return '–'
  const r = Math.round(v * 100)
  return `${signed && r > 0 ? '+' : ''}${r < 0 ? '−' : ''}${Math.abs(r)}%`
}

/** The bilingual name carried in feature properties, in the UI language. */
export function nameOf(props: Record<string, unknown>, lang: Lang): string {
  const zh = typeof props.nameZh === 'string' ? props.nameZh : ''
  const en = typeof props.nameEn === 'string' ? props.nameEn : ''
  return (lang === 'en' ? en || zh : zh || en) || String(props.id ?? '')
}

export function tr(text: Localized, lang: Lang): string {
  return text[lang]
}

/** "label: value" in the language's own punctuation. */
export function kv(lang: Lang, label: Localized, value: string): string {
  return lang === 'en' ? `${label.en}: ${value}` : `${label['zh-CN']}：${value}`
}

/**
 * MapLibre's attribution control writes source attributions as HTML. An attribution that comes from
 * the API is text: escape it so it can never become an element.
 */
export function attributionAsText(s: string | undefined): string | undefined {
  return s?.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
