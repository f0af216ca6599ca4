import { formatInteger } from '@/ui/format'

/** The words a place gap is read with, in the UI language. */
export interface PlaceGapWords {
  short: string
  surplus: string
}

/**
 * A place gap (demand − seats, as the panel defines 缺口) as word and signed figure: "缺口 +1,230"
 * for a shortfall, "富余 −560" for a surplus, "0" when they balance. Rounded to tens, as a forecast
 * deserves. Word and sign both say which it is, so colour is never the only carrier.
 */
export function formatPlaceGap(gap: number, locale: string, words: PlaceGapWords): string {
  const rounded = Math.round(gap / 10) * 10
  if (!Number.isFinite(rounded)) return '–'
  if (rounded === 0) return '0'
  const abs = formatInteger(Math.abs(rounded), locale)
  return rounded > 0 ? `${words.short} +${abs}` : `${words.surplus} −${abs}`
}
