import { cellToParent, getResolution, isValidCell } from 'h3-js'
import { describe, expect, it } from 'vitest'
import { createMockDb } from './db'
import { districtGrid } from './grid'

const db = createMockDb()
const population = db.respond('population', {}).data

/** Sum of cell values over the district's own resolution-8 cells. */
function districtSum(cells: { h3: string; value: number }[], code: string): number {
  const own = new Set(districtGrid(code, 8).cells)
  return cells.reduce((a, c) => a + (own.has(c.h3) ? c.value : 0), 0)
}

describe('density surfaces', () => {
  it('places each district’s children in its own cells, adding up to its count', () => {
    const { data } = db.respond('density', { surface: 'children_6_10', resolution: 8 })
    expect(data.hour).toBeNull()
    expect(data.cells.length).toBeGreaterThan(5000)
    for (const r of population.regions) {
      // Only overlapping boundary cells (shared by two districts) can blur this, by a cell or two.
      expect(districtSum(data.cells, r.code)).toBeCloseTo(r.ageBands['6-10'], -3)
    }
    for (const c of data.cells.slice(0, 50)) {
      expect(isValidCell(c.h3)).toBe(true)
      expect(getResolution(c.h3)).toBe(8)
      expect(Number.isInteger(c.value)).toBe(true)
    }
  })

  it('keeps the city total at every resolution', () => {
    const total = population.regions.reduce((a, r) => a + r.age65plus, 0)
    for (const resolution of [5, 6, 7, 8, 9]) {
      const { data } = db.respond('density', { surface: 'elderly_65', resolution })
      const sum = data.cells.reduce((a, c) => a + c.value, 0)
      expect(Math.round(sum)).toBe(total)
      expect(new Set(data.cells.map((c) => c.h3)).size).toBe(data.cells.length)
    }
  })

  it('nests finer resolutions inside the base cells', () => {
    const base = db.respond('density', { surface: 'children_0_5', resolution: 8 }).data.cells
    const fine = db.respond('density', { surface: 'children_0_5', resolution: 9 }).data.cells
    const byParent = new Map<string, number>()
    for (const c of fine) {
      const p = cellToParent(c.h3, 8)
      byParent.set(p, (byParent.get(p) ?? 0) + c.value)
    }
    for (const c of base.slice(0, 200)) expect(byParent.get(c.h3) ?? 0).toBeCloseTo(c.value, 5)
  })

  it('is denser near urban cores than at the district edge', () => {
    const cells = db.respond('density', { surface: 'children_0_5', resolution: 8 }).data.cells
    const values = cells.map((c) => c.value).sort((a, b) => a - b)
    const median = values[Math.floor(values.length / 2)] ?? 0
    const p99 = values[Math.floor(values.length * 0.99)] ?? 0
    expect(p99).toBeGreaterThan(median * 4)
  })

  it('shifts people into the centre and Pudong in working hours', () => {
    const at = (hour: number, code: string) =>
      districtSum(db.respond('density', { surface: 'hourly', resolution: 8, hour }).data.cells, code)
    for (const code of ['310101', '310106', '310115']) expect(at(11, code)).toBeGreaterThan(at(3, code) * 1.03)
    for (const code of ['310112', '310113']) expect(at(11, code)).toBeLessThan(at(3, code) * 0.97)
    const { data } = db.respond('density', { surface: 'hourly', resolution: 8, hour: 11 })
    expect(data.hour).toBe(11)
    const city = data.cells.reduce((a, c) => a + c.value, 0)
    expect(Math.abs(city - 24_870_895)).toBeLessThan(50)
  })

  it('defaults the hourly surface to the as-of hour and caches repeated requests', () => {
    const a = db.respond('density', { surface: 'hourly', resolution: 7 })
    expect(a.data.hour).toBe(8)
    const b = db.respond('density', { surface: 'hourly', resolution: 7, hour: 8 })
    expect(b).toBe(a)
  })
})
