/**
 * Forecast timestamps read as the city's local time, exactly as the API writes them
 * ("2026-11-23T08:00:00+08:00" is 08:00 on the 23rd): no time-zone database needed. Pure.
 */

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/
const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i

export interface LocalTime {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string
  /** Local hour 0–23. */
  hour: number
  /** The instant, ms since the epoch. */
  ms: number
}

/** Local date and hour of an ISO 8601 timestamp with offset; null when unreadable. */
export function localTime(iso: string): LocalTime | null {
  const m = LOCAL.exec(iso)
  const ms = Date.parse(iso)
  if (!m || Number.isNaN(ms)) return null
  return { date: m[1] as string, hour: Number(m[2]), ms }
}

/** The UTC offset written in a timestamp, in ms (0 for "Z" or none). */
export function offsetMs(iso: string): number {
  const m = OFFSET.exec(iso)
  if (!m || !m[1]) return 0
  const sign = m[1] === '-' ? -1 : 1
  return sign * (Number(m[2]) * 60 + Number(m[3])) * 60_000
}

/** Local calendar date of an instant, at a given offset. */
export function dateAt(iso: string, offset: number): string | null {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : new Date(ms + offset).toISOString().slice(0, 10)
}

/** Whole days from date a to date b ("YYYY-MM-DD"). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** Saturday or Sunday: the API's weekend day type (public holidays are not known here). */
export function isWeekend(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay()
  return dow === 0 || dow === 6
}

/** "08:00"; hour 24 reads "24:00", the end of a day. */
export function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`
}

/** "11-24 08:00": short enough for axis labels and messages. */
export function shortTime(iso: string): string {
  const t = localTime(iso)
  return t ? `${t.date.slice(5)} ${clock(t.hour)}` : iso
}
