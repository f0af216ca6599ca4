import type { LocalizedText } from '@/api'

/**
 * What a forecast means for action, computed once by each subject's pure decision function and read
 * by every screen (explore panels, the wall's headline, alerts), so they can never disagree.
 */
export type DecisionSeverity = 'act' | 'watch' | 'surplus' | 'ok'

export interface Decision {
  /** Stable id, e.g. `schools:310112:junior`. */
  id: string
  subject: 'schools' | 'clinics' | 'flows'
  /** Region code, or null for the whole city. */
  region: string | null
  severity: DecisionSeverity
  /** The one-line statement in both UI languages, plain text. */
  text: LocalizedText
}

/** Region code → its name in both languages (falls back to the code). */
export type RegionNames = (code: string) => LocalizedText

/** Most urgent first: act, watch, surplus, ok. */
export const SEVERITY_ORDER: Readonly<Record<DecisionSeverity, number>> = { act: 0, watch: 1, surplus: 2, ok: 3 }
