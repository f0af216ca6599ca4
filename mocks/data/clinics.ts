/**
 * Community health service centres (about one per street/town, in proportion to residents) and
 * district/municipal hospitals, with daily outpatient visits that follow the weekly rhythm and
 * the winter flu season. Region totals are generated first and split among clinics, so a region's
 * history is exactly the sum of its clinics' visits.
 */
import type { Clinic } from '../../src/api/contract'
import { addDays, dayOfWeek, daysBetween, isHoliday } from './calendar'
import { DISTRICTS, type District } from './districts'
import { apportion, clamp, roundTo } from './math'
import { zhNumber } from './names'
import { placer } from './placement'
import { createRng, type Seed } from './rng'

export const COMMUNITY_CENTRES = 250
export const EXTRA_HOSPITALS = 24
/**
 * Days of generated past: the 90 days of history the forecast serves, which also covers the
 * backtests (issued up to 43 days ago, each with a 28-day level window).
 */
export const PAST_DAYS = 90

/** Visits by day of week (Sunday first), Thursday = 1. Mondays carry the weekend's backlog. */
const WEEKLY = [0.55, 1.15, 1.06, 1.02, 1, 0.98, 0.72]
const FLU_PEAK_AMPLITUDE = 0.3

/** Winter flu: a bump centred on 8 January with a ~3-week spread (December to February). */
export function fluFactor(date: string): number {
  const year = Number(date.slice(0, 4))
  const near = Math.min(
    Math.abs(daysBetween(`${year}-01-08`, date)),
    Math.abs(daysBetween(`${year + 1}-01-08`, date)),
  )
  return 1 + FLU_PEAK_AMPLITUDE * Math.exp(-(near * near) / (2 * 22 * 22))
}

/** Expected visits relative to an ordinary Thursday outside flu season. */
export function dayFactor(date: string): number {
  return (WEEKLY[dayOfWeek(date)] ?? 1) * fluFactor(date) * (isHoliday(date) ? 0.55 : 1)
}

export interface RegionLoad {
  code: string
  capacity: number
  /** Daily visits from PAST_DAYS ago to yesterday, oldest first. */
  days: string[]
  visits: number[]
}

export interface ClinicWorld {
  clinics: Clinic[]
  regions: RegionLoad[]
  /** Yesterday: the last complete day. */
  lastDay: string
}

const round50 = (x: number) => Math.round(x / 50) * 50

function clinicsOf(seed: Seed, d: District, centres: number, hospitals: number): Clinic[] {
  const rng = createRng(seed, 'clinics', d.code)
  const spread = placer(seed, rng, d.code, 'residents', 0.5) // one per street: spread out
  const dense = placer(seed, rng, d.code, 'residents')
  const out: Clinic[] = []
  for (let i = 1; i <= centres; i++) {
    const served = (d.residents / centres) * Math.exp(rng.normal(0, 0.15))
    const dailyCapacity = clamp(Math.round((served * 0.011 * Math.exp(rng.normal(0, 0.1))) / 10) * 10, 300, 3000)
    out.push({
      id: `chc-${d.code}-${String(i).padStart(2, '0')}`,
      name: { zh: `${d.zh}第${zhNumber(i)}社区卫生服务中心`, en: `${d.shortEn} Community Health Centre No.${i}` },
      kind: 'community',
      location: spread(),
      region: d.code,
      dailyCapacity,
      doctors: Math.round(dailyCapacity / rng.range(18, 24)),
      recentVisits: [],
      meanWaitMinutes: 0,
    })
  }
  for (let k = 0; k < hospitals; k++) {
    const central = k === 0
    const dailyCapacity = round50(central ? rng.range(3000, 6000) : rng.range(2500, 9000))
    out.push({
      id: `hos-${d.code}-${String(k + 1).padStart(2, '0')}`,
      name: central
        ? { zh: `${d.zh}中心医院`, en: `${d.shortEn} Central Hospital` }
        : { zh: `${d.zh}第${zhNumber(k)}人民医院`, en: `${d.shortEn} No.${k} People's Hospital` },
      kind: 'hospital',
      location: dense(),
      region: d.code,
      dailyCapacity,
      doctors: Math.round(dailyCapacity / rng.range(10, 14)),
      recentVisits: [],
      meanWaitMinutes: 0,
    })
  }
  return out
}

export function buildClinicWorld(seed: Seed, today: string): ClinicWorld {
  const centres = apportion(COMMUNITY_CENTRES, DISTRICTS.map((d) => d.residents))
  // Every district has its central hospital; the rest follow people and jobs (the centre, Pudong).
  const extra = apportion(EXTRA_HOSPITALS, DISTRICTS.map((d) => d.residents * d.model.jobs ** 1.2))
  const lastDay = addDays(today, -1)
  const days = Array.from({ length: PAST_DAYS }, (_, i) => addDays(lastDay, i - PAST_DAYS + 1))
  const clinics: Clinic[] = []
  const regions: RegionLoad[] = []
  DISTRICTS.forEach((d, di) => {
    const own = clinicsOf(seed, d, centres[di] ?? 1, 1 + (extra[di] ?? 0))
    const rng = createRng(seed, 'clinic-load', d.code)
    const capacity = own.reduce((a, c) => a + c.dailyCapacity, 0)
    // Typical Thursday load outside flu season: 48–66 % of capacity.
    const base = capacity * rng.range(0.48, 0.66)
    const visits = days.map((day) => Math.round(base * dayFactor(day) * Math.exp(rng.normal(0, 0.06))))
    const shares = own.map((c) => c.dailyCapacity * Math.exp(rng.normal(0, 0.1)))
    const recent = visits.slice(-14).map((v) => apportion(v, shares.map((s) => s * Math.exp(rng.normal(0, 0.05)))))
    own.forEach((c, ci) => {
      c.recentVisits = recent.map((day) => day[ci] ?? 0)
      const load = c.recentVisits.reduce((a, b) => a + b, 0) / c.recentVisits.length / c.dailyCapacity
      const floor = c.kind === 'hospital' ? 20 : 8
      c.meanWaitMinutes = roundTo((floor + 45 * load ** 3) * Math.exp(rng.normal(0, 0.1)), 1)
    })
    clinics.push(...own)
    regions.push({ code: d.code, capacity, days, visits })
  })
  return { clinics, regions, lastDay }
}
