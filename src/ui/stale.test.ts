import { describe, expect, it } from 'vitest'
import { staleLevel, worstLevel } from './stale'

const t = { warn: 30, alarm: 120 }
const min = 60_000

describe('staleLevel', () => {
  it('is fresh below warn, amber from warn, red from alarm', () => {
    expect(staleLevel(29 * min, t)).toBe('fresh')
    expect(staleLevel(30 * min, t)).toBe('warn')
    expect(staleLevel(119 * min, t)).toBe('warn')
    expect(staleLevel(120 * min, t)).toBe('alarm')
  })
  it('calls missing data fresh, not stale', () => {
    expect(staleLevel(null, t)).toBe('fresh')
  })
  it('picks the worst level', () => {
    expect(worstLevel('fresh', 'alarm', 'warn')).toBe('alarm')
    expect(worstLevel()).toBe('fresh')
  })
})
