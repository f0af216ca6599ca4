import { describe, expect, it } from 'vitest'
import { addDays, dayOfWeek, formatLocal, isWorkday, localDate, localHour } from './calendar'
import { apportion, formatThousands } from './math'
import { zhNumber } from './names'
import { createRng, hash32, weightedSampler } from './rng'

describe('rng', () => {
  it('repeats for the same seed and stream, differs across streams', () => {
    const a = createRng(1, 'x')
    const b = createRng(1, 'x')
    const c = createRng(1, 'y')
    const seqA = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA)
    expect(hash32('a', 1)).not.toBe(hash32('a', 2))
  })

  it('samples by weight', () => {
    const sample = weightedSampler([0, 1, 3])
    expect(sample(0)).toBe(1)
    expect(sample(0.2)).toBe(1)
    expect(sample(0.3)).toBe(2)
    expect(sample(0.999)).toBe(2)
  })
})

describe('apportion', () => {
  it('splits an integer exactly in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5])
    expect(apportion(100, [1, 2, 3, 4]).reduce((a, b) => a + b, 0)).toBe(100)
    expect(apportion(5, [0, 0])).toEqual([3, 2])
    expect(apportion(0, [1, 2])).toEqual([0, 0])
  })
})

describe('names and formatting', () => {
  it('writes Chinese ordinals', () => {
    expect(zhNumber(1)).toBe('一')
    expect(zhNumber(10)).toBe('十')
    expect(zhNumber(12)).toBe('十二')
    expect(zhNumber(20)).toBe('二十')
    expect(zhNumber(45)).toBe('四十五')
    expect(zhNumber(103)).toBe('一百零三')
    expect(zhNumber(110)).toBe('一百一十')
    expect(zhNumber(125)).toBe('一百二十五')
    expect(() => zhNumber(0)).toThrow(RangeError)
  })

  it('formats thousands without the locale', () => {
    expect(formatThousands(52300)).toBe('52,300')
    expect(formatThousands(-1234567)).toBe('-1,234,567')
    expect(formatThousands(999)).toBe('999')
  })
})

describe('Shanghai calendar', () => {
  it('works in UTC+8 with no daylight saving', () => {
    const ms = Date.parse('2026-11-23T00:30:00Z')
    expect(localDate(ms)).toBe('2026-11-23')
    expect(localHour(ms)).toBe(8)
    expect(formatLocal(ms)).toBe('2026-11-23T08:30:00+08:00')
    expect(localDate(Date.parse('2026-11-23T16:30:00Z'))).toBe('2026-11-24')
    expect(dayOfWeek('2026-11-23')).toBe(1)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  it('treats weekends and statutory holidays as non-working days', () => {
    expect(isWorkday('2026-11-23')).toBe(true)
    expect(isWorkday('2026-11-22')).toBe(false)
    expect(isWorkday('2026-10-02')).toBe(false)
    expect(isWorkday('2027-02-08')).toBe(false) // Spring Festival week
  })
})
