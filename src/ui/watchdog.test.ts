import { describe, expect, it } from 'vitest'
import { appendReload, recentReload, verdict } from './watchdog'

describe('watchdog verdict', () => {
  const limit = 120_000
  const check = 5_000
  it('is ok while frames and renders keep coming', () => {
    expect(verdict({ frameAt: 99_000, renderAt: 99_500, checkedAt: 95_000 }, 100_000, limit, check)).toBe('ok')
  })
  it('calls the app stalled when frames or renders stop for the limit while checks run', () => {
    expect(verdict({ frameAt: 0, renderAt: 130_000, checkedAt: 128_000 }, 130_001, limit, check)).toBe('stalled')
    expect(verdict({ frameAt: 130_000, renderAt: 0, checkedAt: 128_000 }, 130_001, limit, check)).toBe('stalled')
  })
  it('does not reload after the machine slept: the checks stopped too', () => {
    expect(verdict({ frameAt: 0, renderAt: 0, checkedAt: 0 }, 3_600_000, limit, check)).toBe('suspended')
  })
})

describe('reload record', () => {
  it('keeps the last reloads and shows the latest within the window', () => {
    let raw: string | null = null
    for (let i = 1; i <= 12; i++) raw = appendReload(raw, { at: i * 1000, reason: 'stalled' })
    expect(JSON.parse(raw!)).toHaveLength(10)
    expect(recentReload(raw, 12_500, 10_000)).toEqual({ at: 12_000, reason: 'stalled' })
    expect(recentReload(raw, 12_000 + 10_001, 10_000)).toBeNull()
  })
  it('survives damaged storage', () => {
    expect(recentReload('{not json', 0, 1)).toBeNull()
    expect(recentReload('[{"at":"x"}]', 0, 1)).toBeNull()
    expect(JSON.parse(appendReload('oops', { at: 5, reason: 'stalled' }))).toEqual([{ at: 5, reason: 'stalled' }])
  })
})
