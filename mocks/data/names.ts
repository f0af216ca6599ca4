/** Facility naming: "闵行区第十二小学" / "Minhang No.12 Primary School". */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** Chinese numerals for 1..999 as used in ordinal names (十二, 二十, 一百零三, 一百一十). */
export function zhNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`zhNumber: ${n} is outside 1..999`)
  const h = Math.floor(n / 100)
  const t = Math.floor((n % 100) / 10)
  const u = n % 10
  let s = ''
  if (h) s += `${DIGITS[h]}百`
  if (t) s += `${h === 0 && t === 1 ? '' : DIGITS[t]}十`
  else if (h && u) s += '零'
  if (u) s += DIGITS[u]
  return s
}
