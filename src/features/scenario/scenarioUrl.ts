/**
 * A scenario in the URL, so a link reproduces it: `sb=-10&sm=0.5&se=2&slt=4&sd=310112:20&ss=310112:junior:1200:2029`.
 * Every field decodes on its own: a malformed or out-of-range value falls back to the baseline for
 * that field and is reported, so the screen can say which part of a link was ignored. Fields at
 * the baseline are left out. Pure.
 */
import type { SchoolChange } from '@/features/schools'
import { baselineAssumptions, inRange, isLevel, MAX_LIST, RANGES, SCHOOL_YEAR_SPAN, type Assumptions, type Range } from './assumptions'

export const SCENARIO_KEYS = ['sb', 'sm', 'se', 'slt', 'sd', 'ss'] as const
export type ScenarioKey = (typeof SCENARIO_KEYS)[number]

type QueryValue = string | null | undefined | readonly (string | null)[]
export type ScenarioQuery = Readonly<Record<string, QueryValue>>

const CODE_RE = /^[0-9A-Za-z_-]{1,32}$/
const NUM_RE = /^-?\d+(\.\d+)?$/

function first(v: QueryValue): string | undefined {
  if (Array.isArray(v)) return first(v[0])
  return typeof v === 'string' ? v : undefined
}

function number(s: string, r: Range, integer: boolean): number | undefined {
  if (!NUM_RE.test(s)) return undefined
  const n = Number(s)
  if (!inRange(n, r) || (integer && !Number.isInteger(n))) return undefined
  return n
}

export interface DecodedScenario {
  assumptions: Assumptions
  /** Keys whose value was ignored (malformed or out of range). */
  rejected: ScenarioKey[]
}

export interface ScenarioContext {
  /** The runtime config's lead time: the baseline for `slt`. */
  leadYears: number
  /** The forecast's base year, for the range of opening years; null while it loads. */
  baseYear: number | null
}

function decodeList<T>(s: string, item: (parts: string[]) => T | undefined): T[] | undefined {
  const items = s.split(',')
  if (items.length > MAX_LIST) return undefined
  const out: T[] = []
  for (const it of items) {
    const v = item(it.split(':'))
    if (v === undefined) return undefined
    out.push(v)
  }
  return out
}

export function decodeScenario(query: ScenarioQuery, ctx: ScenarioContext): DecodedScenario {
  const a = baselineAssumptions(ctx.leadYears)
  const rejected: ScenarioKey[] = []
  const field = <T>(key: ScenarioKey, parse: (s: string) => T | undefined, apply: (v: T) => void) => {
    const raw = first(query[key])
    if (raw === undefined) return
    const v = parse(raw)
    if (v === undefined) rejected.push(key)
    else apply(v)
  }
  field('sb', (s) => number(s, RANGES.birthsPct, false), (v) => (a.birthsPct = v))
  field('sm', (s) => number(s, RANGES.migrationPts, false), (v) => (a.migrationPts = v))
  field('se', (s) => number(s, RANGES.enrolmentPct, false), (v) => (a.enrolmentPct = v))
  field('slt', (s) => number(s, RANGES.leadYears, true), (v) => (a.leadYears = v))
  field(
    'sd',
    (s) => {
      const list = decodeList(s, ([code, pct, ...rest]) => {
        const n = pct === undefined ? undefined : number(pct, RANGES.doctorsPct, false)
        return rest.length === 0 && code && CODE_RE.test(code) && n !== undefined ? ([code, n] as const) : undefined
      })
      return list && new Set(list.map(([c]) => c)).size === list.length ? Object.fromEntries(list) : undefined
    },
    (v) => (a.doctorsPct = v),
  )
  field(
    'ss',
    (s) =>
      decodeList(s, ([region, level, seats, year, ...rest]): SchoolChange | undefined => {
        if (rest.length || !region || !CODE_RE.test(region) || !level || !isLevel(level)) return undefined
        const n = seats === undefined ? undefined : number(seats, RANGES.schoolSeats, true)
        const y = year === undefined ? undefined : number(year, { min: 1990, max: 2100, step: 1 }, true)
        if (n === undefined || n === 0 || y === undefined) return undefined
        if (ctx.baseYear !== null && (y < ctx.baseYear + SCHOOL_YEAR_SPAN.from || y > ctx.baseYear + SCHOOL_YEAR_SPAN.to)) return undefined
        return { region, level, seats: n, year: y }
      }),
    (v) => (a.schoolChanges = v),
  )
  return { assumptions: a, rejected }
}

/** Trims float noise from slider steps (0.30000000000000004 → 0.3). */
function num(n: number): string {
  return String(Math.round(n * 1000) / 1000)
}

export function encodeScenario(a: Assumptions, ctx: Pick<ScenarioContext, 'leadYears'>): Record<ScenarioKey, string | undefined> {
  const doctors = Object.entries(a.doctorsPct).filter(([, v]) => v !== 0)
  return {
    sb: a.birthsPct !== 0 ? num(a.birthsPct) : undefined,
    sm: a.migrationPts !== 0 ? num(a.migrationPts) : undefined,
    se: a.enrolmentPct !== 0 ? num(a.enrolmentPct) : undefined,
    slt: a.leadYears !== ctx.leadYears ? String(a.leadYears) : undefined,
    sd: doctors.length ? doctors.map(([c, v]) => `${c}:${num(v)}`).join(',') : undefined,
    ss: a.schoolChanges.length ? a.schoolChanges.map((c) => `${c.region}:${c.level}:${c.seats}:${c.year}`).join(',') : undefined,
  }
}
