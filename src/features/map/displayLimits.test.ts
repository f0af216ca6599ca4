import { describe, expect, it } from 'vitest'
import { canvasCap, needsGlLimits, SAFE_CANVAS } from './displayLimits'

describe('canvasCap', () => {
  it('raises the cap to 16384 where the GPU allows, so a 7680-px wall renders at full resolution', () => {
    expect(canvasCap({ maxTextureSize: 32768, maxRenderbufferSize: 32768, maxViewportDims: [32768, 32768] })).toEqual([16384, 16384])
  })
  it('never exceeds what the GPU supports', () => {
    expect(canvasCap({ maxTextureSize: 8192, maxRenderbufferSize: 16384, maxViewportDims: [16384, 4096] })).toEqual([8192, 4096])
  })
  it('falls back to the WebGL2 minimum when it cannot ask', () => {
    expect(canvasCap(null)).toEqual([SAFE_CANVAS, SAFE_CANVAS])
  })
})

describe('needsGlLimits', () => {
  it('asks the GPU only when the screen could hold a canvas past the safe size', () => {
    expect(needsGlLimits({ width: 1920, height: 1080 }, 1)).toBe(false)
    expect(needsGlLimits({ width: 1920, height: 1080 }, 2)).toBe(false)
    expect(needsGlLimits({ width: 2560, height: 1440 }, 2)).toBe(true)
    expect(needsGlLimits({ width: 7680, height: 2160 }, 1)).toBe(true)
  })
})
