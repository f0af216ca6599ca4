import { describe, expect, it } from 'vitest'
import type { ClinicLoadSeries } from '@/api'
import { changesRegion, projectClinicLoad } from './clinicLoadModel'
import { clinicDecision } from './clinicDecision'

const s = (region: string, capacity: number): ClinicLoadSeries => ({
  region,
  capacity,
  history: [{ date: '2026-11-22', visits: 800 }],
  points: [{ date: '2026-11-24', p10: 850, p50: 950, p90: 1050 }],
})
const names = (c: string) => ({ zh: c, en: c })

describe('projectClinicLoad', () => {
  it('returns the same numbers (the same objects) for an empty change', () => {
    const input = [s('a', 1000), s('b', 2000)]
    const out = projectClinicLoad(input, {})
    expect(out).toEqual(input)
    expect(out[0]).toBe(input[0])
    expect(out).not.toBe(input)
    expect(projectClinicLoad(input, { a: 0 })[0]).toBe(input[0])
  })

  it('changes capacity in proportion to doctors, in that region only, and leaves demand alone', () => {
    const input = [s('a', 1000), s('b', 2000)]
    const [a, b] = projectClinicLoad(input, { a: 10, zz: 50 })
    expect(a?.capacity).toBeCloseTo(1100)
    expect(a?.points).toBe(input[0]?.points)
    expect(a?.history).toBe(input[0]?.history)
    expect(b).toBe(input[1])
    expect(input[0]?.capacity).toBe(1000)
    expect(projectClinicLoad(input, { b: -25 })[1]?.capacity).toBe(1500)
  })

  it('never makes capacity negative, and ignores a non-number change', () => {
    expect(projectClinicLoad([s('a', 1000)], { a: -150 })[0]?.capacity).toBe(0)
    expect(projectClinicLoad([s('a', 1000)], { a: Number.NaN })[0]?.capacity).toBe(1000)
    expect(projectClinicLoad([s('toString', 1000)], {})[0]?.capacity).toBe(1000)
  })

  it('moves the decision: more doctors can clear a flagged day', () => {
    const before = clinicDecision(s('a', 1000), 0.9, names)
    const after = clinicDecision(projectClinicLoad([s('a', 1000)], { a: 10 })[0] ?? s('a', 0), 0.9, names)
    expect([before.count, after.count]).toEqual([1, 0])
  })
})

describe('changesRegion', () => {
  it('is true only for regions with a non-zero change, or any for the city', () => {
    expect(changesRegion(undefined, 'a')).toBe(false)
    expect(changesRegion({ a: 0 }, 'a')).toBe(false)
    expect(changesRegion({ a: 5 }, 'a')).toBe(true)
    expect(changesRegion({ a: 5 }, 'b')).toBe(false)
    expect(changesRegion({ a: 5 }, null)).toBe(true)
    expect(changesRegion({ a: 0 }, null)).toBe(false)
  })
})
