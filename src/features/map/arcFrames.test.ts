import { describe, expect, it } from 'vitest'
import { LATE_MS, motionIntervalMs, nextBackoffMs } from './arcFrames'

const COS = Math.cos((31.2 * Math.PI) / 180)
/** 2.1 km/s pulses over Shanghai, 30 fps cap, 8 fps floor. */
const at = (zoom: number, o: { pixelRatio?: number; kmPerSec?: number; maxFps?: number; minFps?: number } = {}) =>
  motionIntervalMs(o.kmPerSec ?? 2.1, zoom, COS, o.pixelRatio ?? 1, o.maxFps ?? 30, o.minFps ?? 8)

describe('motionIntervalMs', () => {
  it('asks for a frame each time the pulse moves one device pixel', () => {
    // zoom 8.5 over Shanghai: ~0.19 km per px, so 2.1 km/s is ~11 px/s → ~90 ms a frame.
    const ms = at(8.5)
    expect(ms).toBeGreaterThan(80)
    expect(ms).toBeLessThan(100)
  })

  it('never exceeds the frame cap when zoomed in or on a dense screen', () => {
    expect(at(13)).toBeCloseTo(1000 / 30)
    expect(at(10, { pixelRatio: 2 })).toBeCloseTo(1000 / 30)
  })

  it('keeps a minimum frame rate when zoomed far out', () => {
    expect(at(6)).toBe(1000 / 8)
    expect(at(9, { kmPerSec: 0 })).toBe(1000 / 8)
  })

  it('halves the interval when the map doubles its pixels per km', () => {
    const a = at(8, { maxFps: 1000, minFps: 0.1 })
    const b = at(9, { maxFps: 1000, minFps: 0.1 })
    expect(a / b).toBeCloseTo(2)
  })
})

describe('nextBackoffMs', () => {
  it('stays at zero while frames arrive on time', () => {
    expect(nextBackoffMs(0, 10, 33)).toBe(0)
    expect(nextBackoffMs(0, LATE_MS, 33)).toBe(0)
  })

  it('backs off at least twice the lateness when frames queue up', () => {
    expect(nextBackoffMs(0, 150, 33)).toBe(300)
    expect(nextBackoffMs(300, 40, 300)).toBe(450)
  })

  it('is bounded, and decays back to zero once frames are on time again', () => {
    expect(nextBackoffMs(900, 800, 900)).toBe(1000)
    let b = 300
    for (let i = 0; i < 100; i++) b = nextBackoffMs(b, 5, 100)
    expect(b).toBe(0)
  })
})
