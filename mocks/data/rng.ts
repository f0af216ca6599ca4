/**
 * Seeded randomness. Every generator draws from its own named stream (seed + labels), so the
 * output of one endpoint never depends on which other endpoints were built first.
 */
export type Seed = number | string

/** 32-bit FNV-1a over the parts, finished with murmur3's avalanche so nearby inputs diverge. */
export function hash32(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5
  const text = parts.join('\u241f')
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Deterministic uniform in [0, 1) for an item, independent of draw order (per-cell noise etc.). */
export function unitHash(...parts: readonly (string | number)[]): number {
  return hash32(...parts) / 4294967296
}

/** mulberry32: small, fast, good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  range(min: number, max: number): number
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  normal(mean?: number, sd?: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
}

export function createRng(seed: Seed, ...stream: readonly (string | number)[]): Rng {
  const next = mulberry32(hash32(seed, ...stream))
  const rng: Rng = {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    normal: (mean = 0, sd = 1) => {
      // Box–Muller; 1 - u keeps the logarithm finite.
      const u = 1 - next()
      const v = next()
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick() from an empty list')
      return item
    },
  }
  return rng
}

/** Inverse-CDF sampler over non-negative weights: returns an index for a uniform u in [0, 1). */
export function weightedSampler(weights: ArrayLike<number>): (u: number) => number {
  const cumulative = new Float64Array(weights.length)
  let total = 0
  for (let i = 0; i < weights.length; i++) {
    total += Math.max(0, weights[i] ?? 0)
    cumulative[i] = total
  }
  return (u) => {
    const target = u * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] ?? 0) > target) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}
