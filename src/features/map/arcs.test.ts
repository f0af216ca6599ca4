import { describe, expect, it } from 'vitest'
import { ARC_VERTEX_FLOATS, arcPath, buildArcBuffers, cumulativeKm, type Pt } from './arcs'

const pudong: Pt = [121.6, 31.2]
const huangpu: Pt = [121.48, 31.23]

describe('arcPath', () => {
  it('starts and ends at the centroids', () => {
    const p = arcPath(pudong, huangpu, 16)
    expect(p).toHaveLength(17)
    expect(p[0]).toEqual(pudong)
    expect(p[16]?.[0]).toBeCloseTo(huangpu[0], 12)
    expect(p[16]?.[1]).toBeCloseTo(huangpu[1], 12)
  })

  it('bulges to the right of travel, so opposite directions do not overlap', () => {
    // Due east: right of travel is south.
    const east = arcPath([121, 31], [122, 31], 8)
    expect(east[4]?.[1]).toBeLessThan(31)
    const west = arcPath([122, 31], [121, 31], 8)
    expect(west[4]?.[1]).toBeGreaterThan(31)
  })

  it('is longer than the straight line but not absurdly so', () => {
    const km = cumulativeKm(arcPath(pudong, huangpu))
    const straight = cumulativeKm([pudong, huangpu])[1] as number
    expect(km.at(-1)).toBeGreaterThan(straight)
    expect(km.at(-1)).toBeLessThan(straight * 1.15)
  })
})

describe('buildArcBuffers', () => {
  it('packs two vertices per point and two triangles per segment', () => {
    const path = arcPath(pudong, huangpu, 4)
    const { vertices, indices } = buildArcBuffers([
      { path, widthPx: 6, phase: 0.25 },
      { path: [pudong], widthPx: 1, phase: 0 }, // degenerate: skipped
      { path, widthPx: 2, phase: 0.5 },
    ])
    expect(vertices.length).toBe(2 * 5 * 2 * ARC_VERTEX_FLOATS)
    expect(indices.length).toBe(2 * 4 * 2 * 3)
    expect(Math.max(...indices)).toBe(2 * 5 * 2 - 1)
    // Second arc's first triangle starts after the first arc's ten vertices.
    expect([...indices.slice(24, 27)]).toEqual([10, 11, 12])
  })

  it('stores unit normals, sides, distance and normalised progress', () => {
    const path = arcPath(pudong, huangpu, 4)
    const { vertices } = buildArcBuffers([{ path, widthPx: 6, phase: 0.25 }])
    const vertex = (i: number) => [...vertices.slice(i * ARC_VERTEX_FLOATS, (i + 1) * ARC_VERTEX_FLOATS)]
    const first = vertex(0)
    expect(Math.hypot(first[2] as number, first[3] as number)).toBeCloseTo(1, 5)
    expect(first[4]).toBe(-1)
    expect(vertex(1)[4]).toBe(1)
    expect(first[5]).toBe(0)
    expect(first[8]).toBe(0)
    expect(vertex(9)[8]).toBeCloseTo(1, 6)
    expect(vertex(9)[6]).toBe(6)
    expect(vertex(9)[7]).toBe(0.25)
  })
})
