/**
 * A planner's scenario: what they changed against the API's baseline. Each field has a range a
 * planner can set; anything outside it (a hand-edited link) falls back to the baseline. Pure.
 */
import { SCHOOL_LEVELS } from '@/api'
import type { SchoolChange } from '@/features/schools'

export interface Assumptions {
  /** Births after the base year, ± % against the API's assumption. */
  birthsPct: number
  /** Net migration, percentage points a year added to the API's rate. */
  migrationPts: number
  /** Enrolment ratio, ± % relative to the API's. */
  enrolmentPct: number
  /** Schools opened (seats > 0) or closed (seats < 0). */
  schoolChanges: SchoolChange[]
  /** Years from the start of construction to first intake. */
  leadYears: number
  /** Doctors on duty per district, ± % (region code → percent). */
  doctorsPct: Record<string, number>
}

export interface Range {
  min: number
  max: number
  step: number
}

export const RANGES = {
  birthsPct: { min: -50, max: 50, step: 1 },
  migrationPts: { min: -3, max: 3, step: 0.1 },
  enrolmentPct: { min: -20, max: 20, step: 1 },
  leadYears: { min: 1, max: 8, step: 1 },
  doctorsPct: { min: -50, max: 100, step: 5 },
  schoolSeats: { min: -20_000, max: 20_000, step: 50 },
} as const satisfies Record<string, Range>

/** Opening years a planner may choose, relative to the forecast's base year. */
export const SCHOOL_YEAR_SPAN = { from: 1, to: 15 } as const

/** At most this many school changes and doctor changes: a link stays a link. */
export const MAX_LIST = 40

export function baselineAssumptions(leadYears: number): Assumptions {
  return { birthsPct: 0, migrationPts: 0, enrolmentPct: 0, schoolChanges: [], leadYears, doctorsPct: {} }
}

export function inRange(n: number, r: Range): boolean {
  return Number.isFinite(n) && n >= r.min && n <= r.max
}

export function isLevel(s: string): s is SchoolChange['level'] {
  return (SCHOOL_LEVELS as readonly string[]).includes(s)
}

/** True when the scenario changes nothing that the models read (lead time aside, which only moves decisions). */
export function changesProjection(a: Assumptions): boolean {
  return (
    a.birthsPct !== 0 ||
    a.migrationPts !== 0 ||
    a.enrolmentPct !== 0 ||
    a.schoolChanges.length > 0 ||
    Object.values(a.doctorsPct).some((v) => v !== 0)
  )
}

export function sameAssumptions(a: Assumptions, b: Assumptions): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
