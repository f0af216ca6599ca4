import { describe, expect, it } from 'vitest'
import { flowWidthPx, largest, MORNING_PEAK_HOUR, netFlowShare, odHourFor, summariseOd, topPairs } from './odFlows'

const known = new Set(['a', 'b', 'c', 'd'])
const f = (origin: string, destination: string, volume: number) => ({ origin, destination, volume })

describe('summariseOd', () => {
  const flows = [
    f('a', 'b', 500),
    f('b', 'a', 300),
    f('a', 'b', 100), // repeated pair: merged into a>b = 600
    f('c', 'd', 300),
    f('d', 'c', 50),
    f('a', 'a', 900), // within region
    f('a', 'zz', 70), // unknown region
    f('b', 'c', Number.NaN),
    f('c', 'a', 0),
  ]
  const s = summariseOd(flows, 2, known)

  it('keeps the N largest inter-region flows, merged and sorted with stable ties', () => {
    expect(s.top).toEqual([f('a', 'b', 600), f('b', 'a', 300)])
    // b>a and c>d tie at 300: codes decide, so the output does not flicker between frames.
    expect(summariseOd(flows, 3, known).top[2]).toEqual(f('c', 'd', 300))
  })

  it('summarises the rest and within-region trips, counts invalid rows', () => {
    expect(s.rest).toEqual({ count: 2, volume: 350 })
    expect(s.within).toEqual({ count: 1, volume: 900 })
    expect(s.invalid).toBe(2)
  })

  it('accounts for every valid trip', () => {
    const drawn = s.top.reduce((x, y) => x + y.volume, 0)
    expect(drawn + s.rest.volume + s.within.volume).toBe(s.total)
  })

  it('handles N larger than the data and N = 0', () => {
    expect(summariseOd(flows, 100, known).rest).toEqual({ count: 0, volume: 0 })
    expect(summariseOd(flows, 0, known).top).toEqual([])
  })

  it('does not mutate its input', () => {
    expect(flows[0]).toEqual(f('a', 'b', 500))
  })
})

describe('largest', () => {
  it('picks the same first n as a full sort, ties and all, for every n', () => {
    // Few distinct values, so ties decide the order; the second key makes it total.
    const xs = Array.from({ length: 500 }, (_, i) => ({ v: (i * 7919) % 13, k: i }))
    const cmp = (a: { v: number; k: number }, b: { v: number; k: number }) => b.v - a.v || a.k - b.k
    const sorted = [...xs].sort(cmp)
    for (const n of [0, 1, 8, 20, 61, 62, 499, 500, 600]) expect(largest(xs, n, cmp)).toEqual(sorted.slice(0, n))
  })
})

describe('flow widths and net share', () => {
  it('width grows with volume on a fixed, capped scale', () => {
    expect(flowWidthPx(0)).toBe(1.2)
    expect(flowWidthPx(10_000)).toBeGreaterThan(flowWidthPx(1_000))
    expect(flowWidthPx(40_000)).toBe(10)
    expect(flowWidthPx(1e9)).toBe(10)
  })
  it('net share is bounded and null without movement', () => {
    expect(netFlowShare(30, 10)).toBe(0.5)
    expect(netFlowShare(0, 10)).toBe(-1)
    expect(netFlowShare(0, 0)).toBeNull()
  })
})

describe('topPairs', () => {
  const od = {
    hour: 8,
    dayType: 'weekday' as const,
    flows: [f('a', 'b', 500), f('b', 'a', 300), f('c', 'd', 900), f('d', 'a', 300), f('a', 'a', 50)],
    totals: [],
  }

  it('lists the largest flows with the region at either end, or city-wide', () => {
    expect(topPairs(od, 'a', 2)).toEqual([f('a', 'b', 500), f('b', 'a', 300)])
    expect(topPairs(od, 'a', 5)).toEqual([f('a', 'b', 500), f('b', 'a', 300), f('d', 'a', 300)])
    expect(topPairs(od, null, 2)).toEqual([f('c', 'd', 900), f('a', 'b', 500)])
    expect(topPairs(od, 'zz', 3)).toEqual([])
  })
})

describe('odHourFor', () => {
  it('takes the forecast peak hour with its day type, else the weekday morning peak', () => {
    expect(odHourFor({ hour: 9, date: '2026-11-24' })).toEqual({ hour: 9, dayType: 'weekday', atPeak: true })
    expect(odHourFor({ hour: 17, date: '2026-11-29' })).toEqual({ hour: 17, dayType: 'weekend', atPeak: true })
    expect(odHourFor(null)).toEqual({ hour: MORNING_PEAK_HOUR, dayType: 'weekday', atPeak: false })
  })
})
