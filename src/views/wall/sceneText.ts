/** Small texts the wall builds from its data: clock hours and the day of a flow hour. Pure. */

/** "08:00" for hour 8; hours past midnight wrap ("24" is "00:00"). */
export function clock(hour: number): string {
  return `${String(((hour % 24) + 24) % 24).padStart(2, '0')}:00`
}

/** "today", "tomorrow" (as given, in the UI's language), else the date's month and day ("05-12"). */
export function dayLabel(h: { day: number; date: string }, today: string, tomorrow: string): string {
  return h.day === 0 ? today : h.day === 1 ? tomorrow : h.date.slice(5)
}

/**
 * The place an alert names before its reason, or null when the reason already names it: the API's
 * reasons mostly open with the district, and "闵行区 闵行区初中学位…" reads as a stutter from across a room.
 */
export function alertPlace(place: string, reason: string): string | null {
  return place && reason.includes(place) ? null : place
}
