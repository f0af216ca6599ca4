import { describe, expect, it } from 'vitest'
import { clock, dayLabel } from './sceneText'

describe('clock', () => {
  it('pads the hour and wraps past midnight', () => {
    expect(clock(8)).toBe('08:00')
    expect(clock(23)).toBe('23:00')
    expect(clock(24)).toBe('00:00')
  })
})

describe('dayLabel', () => {
  it('names today and tomorrow, and later days by month and day', () => {
    expect(dayLabel({ day: 0, date: '2026-05-11' }, '今日', '明日')).toBe('今日')
    expect(dayLabel({ day: 1, date: '2026-05-12' }, '今日', '明日')).toBe('明日')
    expect(dayLabel({ day: 2, date: '2026-05-13' }, '今日', '明日')).toBe('05-13')
  })
})
