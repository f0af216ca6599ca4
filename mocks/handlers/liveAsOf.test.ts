import { describe, expect, it } from 'vitest'
import { liveAsOf } from './index'

describe('liveAsOf', () => {
  it('is the start of the current hour', () => {
    expect(liveAsOf(Date.parse('2026-12-20T03:59:59.999Z'))).toBe('2026-12-20T03:00:00.000Z')
    expect(liveAsOf(Date.parse('2026-12-20T04:00:00Z'))).toBe('2026-12-20T04:00:00.000Z')
  })
})
