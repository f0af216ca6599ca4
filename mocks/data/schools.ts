/**
 * Primary and junior-middle schools: seats sized to each district's demand (central districts
 * with some slack, growing suburbs tight), placed where children live, plus planned openings
 * where the forecast shows a gap, usually a year or two late, as happens in practice.
 */
import type { School, SchoolLevel } from '../../src/api/contract'
import { DISTRICTS } from './districts'
import { apportion, clamp } from './math'
import { zhNumber } from './names'
import { placer } from './placement'
import { createRng, type Seed } from './rng'
import { demandP50, HORIZON, type DemandSeries } from './schoolDemand'

const LEVEL_NAME = {
  primary: { zh: '小学', en: 'Primary School', tag: 'p' },
  junior: { zh: '初级中学', en: 'Junior Middle School', tag: 'j' },
} as const

/** Seats today relative to the last observed demand, by district group. */
const SEAT_FACTOR: Readonly<Record<SchoolLevel, Readonly<Record<string, readonly [number, number]>>>> = {
  primary: { central: [1.05, 1.15], pudong: [0.99, 1.06], suburb: [0.97, 1.05] },
  junior: { central: [1.04, 1.12], pudong: [1.03, 1.08], suburb: [1.03, 1.1] },
}

function meanSize(level: SchoolLevel, central: boolean): number {
  if (level === 'primary') return central ? 1100 : 1500
  return central ? 950 : 1300
}

export function buildSchools(seed: Seed, demand: readonly DemandSeries[]): School[] {
  const schools: School[] = []
  for (const s of demand) {
    const d = DISTRICTS.find((x) => x.code === s.code)
    if (!d) continue
    const rng = createRng(seed, 'schools', s.code, s.level)
    const place = placer(seed, rng, s.code, 'children')
    const names = LEVEL_NAME[s.level]
    const now = s.lastObservedYear + 1
    const [lo, hi] = SEAT_FACTOR[s.level][d.group] ?? [1, 1]
    const seatTotal = Math.round((s.actual.get(s.lastObservedYear) ?? 0) * rng.range(lo, hi))
    const count = Math.max(2, Math.round(seatTotal / meanSize(s.level, d.group === 'central')))
    const seats = apportion(Math.round(seatTotal / 5), Array.from({ length: count }, () => Math.exp(rng.normal(0, 0.3)))).map(
      (x) => x * 5,
    )
    const open = seats.reduce((a, b) => a + b, 0)
    const enrolledTotal = Math.round(Math.min(demandP50(s, now), open * 1.03))
    const enrolled = apportion(
      enrolledTotal,
      seats.map((x) => x * Math.exp(rng.normal(0, 0.05))),
    )
    const make = (n: number, seatCount: number, pupils: number, opensIn: number | null): School => ({
      id: `sch-${s.code}-${names.tag}${String(n).padStart(3, '0')}`,
      name: { zh: `${d.zh}第${zhNumber(n)}${names.zh}`, en: `${d.shortEn} No.${n} ${names.en}` },
      level: s.level,
      location: place(),
      region: s.code,
      seats: seatCount,
      enrolled: pupils,
      opensIn,
    })
    seats.forEach((x, i) => schools.push(make(i + 1, x, enrolled[i] ?? 0, null)))

    // Planned opening where the forecast first exceeds today's seats.
    let firstGap: number | null = null
    let maxGap = 0
    for (let t = now; t <= s.lastObservedYear + HORIZON; t++) {
      const gap = demandP50(s, t) - open
      if (gap > 0) {
        firstGap ??= t
        maxGap = Math.max(maxGap, gap)
      }
    }
    if (firstGap !== null && rng.chance(0.75)) {
      const opensIn = clamp(firstGap + rng.int(0, 2), now + 1, now + 5)
      const size = Math.round(clamp(maxGap * rng.range(0.5, 1), 720, 1800) / 50) * 50
      schools.push(make(count + 1, size, 0, opensIn))
    }
  }
  return schools
}
