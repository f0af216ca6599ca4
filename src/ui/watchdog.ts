/** The wall's heartbeat: is the page still drawing frames and rendering? Pure. */

export interface Heartbeat {
  /** Epoch ms of the latest animation frame. */
  frameAt: number
  /** Epoch ms of the latest Vue render of the heartbeat component. */
  renderAt: number
  /** Epoch ms of the previous check. */
  checkedAt: number
}

export type Verdict = 'ok' | 'suspended' | 'stalled'

/**
 * `suspended`: the checks themselves stopped (machine asleep, tab hidden, clock jumped), so silence
 * says nothing about the app: start counting afresh. `stalled`: checks ran but no frame or no render
 * came for `limitMs`: the app is stuck and a reload is the cure.
 */
export function verdict(beat: Heartbeat, now: number, limitMs: number, checkMs: number): Verdict {
  if (now - beat.checkedAt > 3 * checkMs) return 'suspended'
  return now - Math.min(beat.frameAt, beat.renderAt) > limitMs ? 'stalled' : 'ok'
}

export interface ReloadRecord {
  /** Epoch ms of the reload. */
  at: number
  reason: 'stalled'
}

/** Reloads worth showing: the latest one, if it happened within `windowMs`. */
export function recentReload(raw: string | null, now: number, windowMs: number): ReloadRecord | null {
  if (!raw) return null
  try {
    const list: unknown = JSON.parse(raw)
    if (!Array.isArray(list)) return null
    const last: unknown = list.at(-1)
    if (typeof last !== 'object' || last === null) return null
    const at = (last as { at?: unknown }).at
    return typeof at === 'number' && now - at >= 0 && now - at <= windowMs ? { at, reason: 'stalled' } : null
  } catch {
    return null
  }
}

/** Appends a reload to the stored list, keeping the last `keep`. */
export function appendReload(raw: string | null, record: ReloadRecord, keep = 10): string {
  let list: unknown[] = []
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : []
    if (Array.isArray(parsed)) list = parsed
  } catch {
    // A damaged record is replaced rather than blocking the reload.
  }
  return JSON.stringify([...list, record].slice(-keep))
}
