/** Small numeric helpers shared by the generators. */

export function sum(values: Iterable<number>): number {
  let total = 0
  for (const v of values) total += v
  return total
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x))
}

export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

/**
 * Splits an integer total into integer parts proportional to the weights (largest remainder),
 * so the parts always add up to the total exactly. Ties go to the lower index: deterministic.
 */
export function apportion(total: number, weights: ArrayLike<number>): number[] {
  const n = weights.length
  if (n === 0) return []
  let weightSum = 0
  for (let i = 0; i < n; i++) weightSum += Math.max(0, weights[i] ?? 0)
  const parts = new Array<number>(n).fill(0)
  if (total <= 0) return parts
  if (weightSum <= 0) {
    // No information: spread evenly.
    return apportion(total, new Array<number>(n).fill(1))
  }
  const remainders: { i: number; r: number }[] = []
  let assigned = 0
  for (let i = 0; i < n; i++) {
    const exact = (total * Math.max(0, weights[i] ?? 0)) / weightSum
    const floor = Math.floor(exact)
    parts[i] = floor
    assigned += floor
    remainders.push({ i, r: exact - floor })
  }
  remainders.sort((a, b) => b.r - a.r || a.i - b.i)
  for (let k = 0; k < total - assigned; k++) {
    const slot = remainders[k % n]
    if (slot) parts[slot.i] = (parts[slot.i] ?? 0) + 1
  }
  return parts
}

/** "52,300": locale-independent so outputs stay byte-identical across machines. */
export function formatThousands(n: number): string {
  const sign = n < 0 ? '-' : ''
  const digits = String(Math.round(Math.abs(n)))
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** z for the 10th/90th percentile of a normal distribution. */
export const Z80 = 1.2815515655446004
