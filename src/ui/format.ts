/**
 * Locale-aware formatting for panels and the wall. Pure: no Vue, no i18n instance; callers pass the
 * locale. Numbers come back as parts so a tile can draw the unit suffix smaller than the figure.
 */

export interface NumberParts {
  /** The figure, grouped for the locale, e.g. "2,487.1". */
  value: string
  /** Magnitude or unit suffix, e.g. "万", "M", "%"; may be empty. */
  suffix: string
}

const isZh = (locale: string) => locale.toLowerCase().startsWith('zh')

const numberFormats = new Map<string, Intl.NumberFormat>()
function fixed(n: number, locale: string, digits: number): string {
  const key = `${locale}|${digits}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
    numberFormats.set(key, f)
  }
  return f.format(n)
}

interface Magnitude {
  size: number
  suffix: string
  digits: number
}
// Chinese counts in 万/亿 (2,487.1万); English in M/B with two decimals (24.87 M).
const ZH: Magnitude[] = [
  { size: 1e8, suffix: '亿', digits: 2 },
  { size: 1e4, suffix: '万', digits: 1 },
]
const EN: Magnitude[] = [
  { size: 1e9, suffix: 'B', digits: 2 },
  { size: 1e6, suffix: 'M', digits: 2 },
]

export function formatCountParts(n: number, locale: string): NumberParts {
  if (!Number.isFinite(n)) return { value: '–', suffix: '' }
  const scales = isZh(locale) ? ZH : EN
  const abs = Math.abs(n)
  for (const [i, m] of scales.entries()) {
    if (abs < m.size) continue
    const scaled = n / m.size
    // 99,999,999 would round to "10,000.0万": hand it to the next magnitude up instead.
    const bigger = scales[i - 1]
    if (bigger && Math.abs(Number(scaled.toFixed(m.digits))) * m.size >= bigger.size) {
      return { value: fixed(n / bigger.size, locale, bigger.digits), suffix: bigger.suffix }
    }
    return { value: fixed(scaled, locale, m.digits), suffix: m.suffix }
  }
  // Below the smallest magnitude a plain grouped integer reads best (329,512).
  const smallest = scales[scales.length - 1]
  if (smallest && Math.abs(Math.round(n)) >= smallest.size) {
    return { value: fixed(n / smallest.size, locale, smallest.digits), suffix: smallest.suffix }
  }
  return { value: fixed(Math.round(n), locale, 0), suffix: '' }
}

/** "2,487.1万" in Chinese, "24.87 M" in English. */
export function formatCount(n: number, locale: string): string {
  const { value, suffix } = formatCountParts(n, locale)
  if (!suffix) return value
  return isZh(locale) ? `${value}${suffix}` : `${value} ${suffix}`
}

/** A ratio (0.783) as "78.3" + "%". */
export function formatPercentParts(ratio: number, locale: string, digits = 1): NumberParts {
  if (!Number.isFinite(ratio)) return { value: '–', suffix: '' }
  return { value: fixed(ratio * 100, locale, digits), suffix: '%' }
}

/** Whole numbers, grouped: "1,234". */
export function formatInteger(n: number, locale: string): string {
  return Number.isFinite(n) ? fixed(Math.round(n), locale, 0) : '–'
}

/**
 * How long ago, e.g. "3分钟前" / "3 minutes ago". Under a minute returns `justNow` (from i18n),
 * because Intl has no natural phrase for it.
 */
export function formatAge(ageMs: number, locale: string, justNow: string): string {
  const minutes = Math.floor(Math.max(0, ageMs) / 60_000)
  if (minutes < 1) return justNow
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' })
  if (minutes < 60) return rtf.format(-minutes, 'minute')
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return rtf.format(-hours, 'hour')
  return rtf.format(-Math.floor(hours / 24), 'day')
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
function dateTimeFormat(locale: string, timeZone: string | undefined, opts: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(opts)}`
  let f = dateTimeFormats.get(key)
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...opts, timeZone })
    } catch {
      // An unknown time zone from the API must not break the page: use the browser's.
      f = new Intl.DateTimeFormat(locale, opts)
    }
    dateTimeFormats.set(key, f)
  }
  return f
}

/**
 * Data time in the city's time zone: "2020/11/01 08:30", or just "2020/11/01" at midnight (census
 * and daily data, where a time of day would be noise). Unparseable input comes back as is.
 */
export function formatDataTime(iso: string, locale: string, timeZone?: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  const day = { year: 'numeric', month: '2-digit', day: '2-digit' } as const
  const time = dateTimeFormat(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t)
  if (time === '00:00') return dateTimeFormat(locale, timeZone, day).format(t)
  return dateTimeFormat(locale, timeZone, { ...day, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t)
}

/** Wall clock: time "14:05:09" and date "2025年11月23日星期日" in the city's time zone. */
export function formatClock(now: Date, locale: string, timeZone?: string): { time: string; date: string } {
  const time = dateTimeFormat(locale, timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(now)
  const date = dateTimeFormat(locale, timeZone, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
  }).format(now)
  return { time, date }
}
