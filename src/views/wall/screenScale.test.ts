import { describe, expect, it } from 'vitest'
import { screenScale } from './screenScale'

describe('screenScale', () => {
  it('is 1 at the design size and scales with the limiting side', () => {
    expect(screenScale(1920, 1080)).toBe(1)
    expect(screenScale(3840, 2160)).toBe(2)
    expect(screenScale(7680, 2160)).toBe(2)
    expect(screenScale(2560, 1440)).toBeCloseTo(1.333, 3)
  })
  it('keeps small or broken viewports legible', () => {
    expect(screenScale(800, 450)).toBe(0.6)
    expect(screenScale(0, 0)).toBe(1)
  })
})
