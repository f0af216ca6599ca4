import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { IsoDate, IsoTimestamp } from './common'

describe('dates in answers', () => {
  it('accept real days, with the offset a time needs', () => {
    expect(v.is(IsoTimestamp, '2028-02-29T08:00:00+08:00')).toBe(true)
    expect(v.is(IsoDate, '2026-12-31')).toBe(true)
  })

  it('reject days that do not exist, which Date would move into the next month', () => {
    const r = v.safeParse(IsoTimestamp, '2026-02-31T10:00:00Z')
    expect(r.success).toBe(false)
    expect(r.issues?.[0].message).toBe('Invalid date: no such day')
    expect(v.is(IsoDate, '2027-02-29')).toBe(false)
    expect(v.is(IsoDate, '2026-04-31')).toBe(false)
  })
})
