import { describe, expect, it } from 'vitest'
import { rowsThatFit } from './fitRows'

describe('rowsThatFit', () => {
  it('shows every row when all fit', () => {
    // 5 rows of 30 px with 4 px gaps take 166 px.
    expect(rowsThatFit(166, 30, 4, 5)).toBe(5)
    expect(rowsThatFit(400, 30, 4, 5)).toBe(5)
  })
  it('keeps a line for "N more" when they do not', () => {
    // 165 px holds 4 rows of 30 + gaps; one of them goes to the "more" line.
    expect(rowsThatFit(165, 30, 4, 5)).toBe(3)
    expect(rowsThatFit(340, 30, 4, 16)).toBe(9)
    expect(rowsThatFit(340, 30, 4, 16, false)).toBe(10)
  })
  it('counts every column of a wide list', () => {
    expect(rowsThatFit(165, 30, 4, 16, true, 2)).toBe(6)
    expect(rowsThatFit(165, 30, 4, 8, true, 2)).toBe(8)
  })
  it('grows with the box instead of leaving it empty', () => {
    expect(rowsThatFit(680, 30, 4, 16)).toBeGreaterThan(rowsThatFit(340, 30, 4, 16))
  })
  it('shows at least one row, and everything before the row is measured', () => {
    expect(rowsThatFit(10, 30, 4, 16)).toBe(1)
    expect(rowsThatFit(100, 0, 4, 16)).toBe(16)
    expect(rowsThatFit(100, 30, 4, 0)).toBe(0)
  })
})
