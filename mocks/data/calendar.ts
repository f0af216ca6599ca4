/**
 * Dates in Asia/Shanghai. China has had no daylight saving time since 1991, so local time is
 * UTC+8 all year and plain arithmetic on a fixed offset is exact.
 */
export const TIME_ZONE = 'Asia/Shanghai'
const OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

export const DEFAULT_AS_OF = '2026-11-23T08:00:00+08:00'

export function parseInstant(iso: string): number {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`Not an ISO 8601 instant: ${iso}`)
  return ms
}

function local(ms: number): Date {
  return new Date(ms + OFFSET_MS)
}

/** Local calendar date, "YYYY-MM-DD". */
export function localDate(ms: number): string {
  return local(ms).toISOString().slice(0, 10)
}

export function localYear(ms: number): number {
  return local(ms).getUTCFullYear()
}

export function localHour(ms: number): number {
  return local(ms).getUTCHours()
}

/** ISO 8601 with the +08:00 offset, seconds precision. */
export function formatLocal(ms: number): string {
  return `${local(ms).toISOString().slice(0, 19)}+08:00`
}

/** The instant of local midnight starting a date. */
export function dateStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - OFFSET_MS
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

/** Signed days from a to b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}

/** Spring Festival (lunar new year's day): the holiday that shapes clinic and travel patterns. */
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
}

/** Statutory holidays, approximately (New Year, Spring Festival week, Labour Day, National Day). */
export function isHoliday(date: string): boolean {
  const md = date.slice(5)
  if (md === '01-01') return true
  if (md >= '05-01' && md <= '05-05') return true
  if (md >= '10-01' && md <= '10-07') return true
  const sf = SPRING_FESTIVAL[Number(date.slice(0, 4))]
  if (sf) {
    const d = daysBetween(sf, date)
    if (d >= -1 && d <= 6) return true
  }
  return false
}

export function isWorkday(date: string): boolean {
  const dow = dayOfWeek(date)
  return dow !== 0 && dow !== 6 && !isHoliday(date)
}
