/**
 * H3 cells per district and the weights that place people inside a district: denser near town
 * centres, new towns and the city centre; jobs concentrated in CBDs and science parks.
 */
import { cellToLatLng, polygonToCells } from 'h3-js'
import { shapeOf } from './city'
import { CITY_CENTRE, JOB_CORES, districtByCode, type Core } from './districts'
import { kmPerDegree } from './geo'
import { unitHash, type Seed } from './rng'

export interface DistrictGrid {
  code: string
  cells: string[]
  lng: Float64Array
  lat: Float64Array
}

const gridCache = new Map<string, DistrictGrid>()

/** Cells whose centre lies in the district (boundaries are fixed, so cached across seeds). */
export function districtGrid(code: string, res: number): DistrictGrid {
  const key = `${code}:${res}`
  const cached = gridCache.get(key)
  if (cached) return cached
  const cells: string[] = []
  for (const polygon of shapeOf(code).polygons) cells.push(...polygonToCells(polygon, res, true))
  const lng = new Float64Array(cells.length)
  const lat = new Float64Array(cells.length)
  cells.forEach((cell, i) => {
    const [y, x] = cellToLatLng(cell)
    lat[i] = y
    lng[i] = x
  })
  const grid = { code, cells, lng, lat }
  gridCache.set(key, grid)
  return grid
}

export type WeightKind = 'residents' | 'children' | 'elderly' | 'jobs'

const K = kmPerDegree(31.2)

function bump(cores: readonly Core[], lng: number, lat: number): number {
  let w = 0
  for (const [x, y, amp, sigma] of cores) {
    const dx = (lng - x) * K.x
    const dy = (lat - y) * K.y
    w += amp * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma))
  }
  return w
}

/** Cell-level texture: a seeded, order-free log-normal-ish factor (0.4..2.5). */
export function cellNoise(seed: Seed, cell: string): number {
  return Math.exp(0.9 * (unitHash(seed, 'cell', cell) + unitHash(seed, 'cell2', cell) - 1))
}

/** Relative weight of a point for one kind of population, before noise. */
export function pointWeight(code: string, kind: WeightKind, lng: number, lat: number): number {
  const cores = districtByCode(code)?.cores ?? []
  const dx = (lng - CITY_CENTRE[0]) * K.x
  const dy = (lat - CITY_CENTRE[1]) * K.y
  const r2 = dx * dx + dy * dy
  const residents = 0.035 + bump(cores, lng, lat) + 1.3 * Math.exp(-r2 / (2 * 7 * 7))
  switch (kind) {
    case 'residents':
      return residents
    case 'children':
      // Young families live outside the oldest, densest core.
      return residents * (1 - 0.45 * Math.exp(-r2 / (2 * 4 * 4)))
    case 'elderly':
      return residents * (1 + 0.5 * Math.exp(-r2 / (2 * 6 * 6))) + 0.02
    case 'jobs':
      return 0.12 * residents + bump(JOB_CORES, lng, lat)
  }
}

const weightCache = new Map<string, Float64Array>()

export function cellWeights(seed: Seed, code: string, res: number, kind: WeightKind): Float64Array {
  const key = `${String(seed)}:${code}:${res}:${kind}`
  const cached = weightCache.get(key)
  if (cached) return cached
  const grid = districtGrid(code, res)
  const w = new Float64Array(grid.cells.length)
  for (let i = 0; i < w.length; i++) {
    w[i] = pointWeight(code, kind, grid.lng[i] ?? 0, grid.lat[i] ?? 0) * cellNoise(seed, grid.cells[i] ?? '')
  }
  // Keep the cache bounded: a long-running server may see many seeds in tests.
  if (weightCache.size > 256) weightCache.clear()
  weightCache.set(key, w)
  return w
}
