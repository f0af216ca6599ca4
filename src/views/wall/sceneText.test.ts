import { describe, expect, it } from 'vitest'
import { alertPlace, clock, dayLabel } from './sceneText'

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

describe('alertPlace', () => {
  it('names the place only when the reason does not', () => {
    expect(alertPlace('闵行区', '闵行区初中学位将于2028年出现缺口')).toBeNull()
    expect(alertPlace('Minhang', 'Junior places fall short in Minhang from 2028')).toBeNull()
    expect(alertPlace('闵行区', '初中学位将于2028年出现缺口')).toBe('闵行区')
    expect(alertPlace('', 'anything')).toBe('')
  })
})
