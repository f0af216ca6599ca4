/** Staleness of a panel's data against the runtime thresholds (config.staleAfterMinutes). Pure. */

export type StaleLevel = 'fresh' | 'warn' | 'alarm'

export interface StaleThresholds {
  /** Minutes after which data counts as stale (amber). */
  warn: number
  /** Minutes after which data counts as very stale (red). */
  alarm: number
}

const RANK: Record<StaleLevel, number> = { fresh: 0, warn: 1, alarm: 2 }

/** `ageMs` null means there is no data yet: nothing to call stale. */
export function staleLevel(ageMs: number | null, thresholds: StaleThresholds): StaleLevel {
  if (ageMs === null || !Number.isFinite(ageMs)) return 'fresh'
  const minutes = ageMs / 60_000
  if (minutes >= thresholds.alarm) return 'alarm'
  if (minutes >= thresholds.warn) return 'warn'
  return 'fresh'
}

export function worstLevel(...levels: StaleLevel[]): StaleLevel {
  return levels.reduce<StaleLevel>((worst, l) => (RANK[l] > RANK[worst] ? l : worst), 'fresh')
}
