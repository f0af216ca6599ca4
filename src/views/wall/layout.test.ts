import { describe, expect, it } from 'vitest'
import { wallLayout } from './layout'

describe('wallLayout', () => {
  it('follows the screen shape at every preset', () => {
    expect(wallLayout(1920, 1080)).toBe('16x9')
    expect(wallLayout(3840, 2160)).toBe('16x9')
    expect(wallLayout(3840, 1080)).toBe('32x9')
    expect(wallLayout(7680, 2160)).toBe('32x9')
    expect(wallLayout(5760, 1080)).toBe('48x9')
  })
  it('snaps odd shapes to the nearer preset and survives a broken viewport', () => {
    expect(wallLayout(2560, 1080)).toBe('16x9')
    expect(wallLayout(1080, 1920)).toBe('16x9')
    expect(wallLayout(11520, 1080)).toBe('48x9')
    expect(wallLayout(0, 0)).toBe('16x9')
  })
  it('obeys a forced layout and ignores unknown ones', () => {
    expect(wallLayout(1920, 1080, '48x9')).toBe('48x9')
    expect(wallLayout(5760, 1080, '16x9')).toBe('16x9')
    expect(wallLayout(5760, 1080, 'wide')).toBe('48x9')
    expect(wallLayout(5760, 1080, ['32x9'])).toBe('48x9')
  })
})
