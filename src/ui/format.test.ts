import { describe, expect, it } from 'vitest'
import {
  formatAge,
  formatClock,
  formatCount,
  formatCountParts,
  formatDataTime,
  formatInteger,
  formatPercentParts,
} from './format'

describe('formatCount', () => {
  it('uses 万 and 亿 in Chinese', () => {
    expect(formatCount(24_870_895, 'zh-CN')).toBe('2,487.1万')
    expect(formatCount(329_512, 'zh-CN')).toBe('33.0万')
    expect(formatCount(9_999, 'zh-CN')).toBe('9,999')
    expect(formatCount(123_456_789, 'zh-CN')).toBe('1.23亿')
  })
  it('uses M and B in English', () => {
    expect(formatCount(24_870_895, 'en')).toBe('24.87 M')
    expect(formatCount(329_512, 'en')).toBe('329,512')
    expect(formatCount(2_500_000_000, 'en')).toBe('2.50 B')
  })
  it('rolls over to the next magnitude instead of printing 10,000.0万', () => {
    expect(formatCount(99_999_999, 'zh-CN')).toBe('1.00亿')
    expect(formatCount(999_999.7, 'en')).toBe('1.00 M')
    expect(formatCount(9_999.7, 'zh-CN')).toBe('1.0万')
  })
  it('returns parts for tiles and copes with junk', () => {
    expect(formatCountParts(24_870_895, 'zh-CN')).toEqual({ value: '2,487.1', suffix: '万' })
    expect(formatCountParts(Number.NaN, 'en')).toEqual({ value: '–', suffix: '' })
    expect(formatCount(-12_000_000, 'en')).toBe('-12.00 M')
  })
})

describe('formatPercentParts / formatInteger', () => {
  it('formats ratios as percent', () => {
    expect(formatPercentParts(0.7834, 'zh-CN')).toEqual({ value: '78.3', suffix: '%' })
    expect(formatPercentParts(1.2, 'en', 0)).toEqual({ value: '120', suffix: '%' })
    expect(formatPercentParts(Number.POSITIVE_INFINITY, 'en').value).toBe('–')
  })
  it('groups integers', () => {
    expect(formatInteger(1234567.4, 'en')).toBe('1,234,567')
  })
})

describe('formatAge', () => {
  it('says just now under a minute', () => {
    expect(formatAge(59_000, 'en', 'just now')).toBe('just now')
    expect(formatAge(-5_000, 'zh-CN', '刚刚')).toBe('刚刚')
  })
  it('counts minutes, hours, days', () => {
    expect(formatAge(3 * 60_000, 'en', '')).toBe('3 minutes ago')
    expect(formatAge(3 * 60_000, 'zh-CN', '')).toBe('3分钟前')
    expect(formatAge(5 * 3_600_000, 'en', '')).toBe('5 hours ago')
    expect(formatAge(3 * 86_400_000, 'en', '')).toBe('3 days ago')
  })
})

describe('formatDataTime / formatClock', () => {
  it('shows data time in the city time zone', () => {
    expect(formatDataTime('2020-11-01T00:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2020/11/01 08:30')
    expect(formatDataTime('2020-11-01T00:00:00+08:00', 'zh-CN', 'Asia/Shanghai')).toBe('2020/11/01')
    expect(formatDataTime('not a date', 'en')).toBe('not a date')
  })
  it('survives an unknown time zone', () => {
    expect(() => formatDataTime('2020-11-01T00:00:00Z', 'en', 'Mars/Olympus')).not.toThrow()
  })
  it('formats the clock in the city time zone', () => {
    const { time, date } = formatClock(new Date('2025-11-23T06:05:09Z'), 'zh-CN', 'Asia/Shanghai')
    expect(time).toBe('14:05:09')
    expect(date).toContain('2025年11月23日')
  })
})
