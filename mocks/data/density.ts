/**
 * Population density surfaces on H3. People are placed at resolution 8 (≈0.74 km² cells, ≈13k
 * over Shanghai) so each district's cells add up exactly to its count; coarser resolutions sum
 * those cells into parents and finer ones split them among children, so all resolutions agree.
 */
import { cellToChildren, cellToParent } from 'h3-js'
import type { DensitySurface, DensitySurfaceKind } from '../../src/api/contract'
import type { CommuteModel } from './commute'
import { DISTRICTS } from './districts'
import { atWorkShare } from './flows'
import { cellWeights, districtGrid, type WeightKind } from './grid'
import { apportion } from './math'
import type { AgeStructure } from './population'
import { hash32, type Seed } from './rng'

export const BASE_RESOLUTION = 8

interface Layer {
  kind: WeightKind
  count: (code: string) => number
}

function layersFor(surface: DensitySurfaceKind, hour: number, ages: readonly AgeStructure[], commute: CommuteModel): Layer[] {
  const age = (code: string) => ages.find((a) => a.code === code)
  switch (surface) {
    case 'children_0_5':
      return [{ kind: 'children', count: (c) => age(c)?.bands['0-5'] ?? 0 }]
    case 'children_6_10':
      return [{ kind: 'children', count: (c) => age(c)?.bands['6-10'] ?? 0 }]
    case 'children_11_14':
      return [{ kind: 'children', count: (c) => age(c)?.bands['11-14'] ?? 0 }]
    case 'elderly_65':
      return [{ kind: 'elderly', count: (c) => age(c)?.age65plus ?? 0 }]
    case 'hourly': {
      // Weekday: residents minus those at work elsewhere, plus those who came in to work.
      const a = atWorkShare(hour)
      return [
        { kind: 'residents', count: (c) => Math.round((age(c)?.residents ?? 0) - a * commute.outbound(c)) },
        { kind: 'jobs', count: (c) => Math.round(a * commute.inbound(c)) },
      ]
    }
  }
}

/** Integer persons per resolution-8 cell, exact per district. */
function baseSurface(seed: Seed, layers: readonly Layer[]): Map<string, number> {
  const values = new Map<string, number>()
  for (const d of DISTRICTS) {
    for (const layer of layers) {
      const weights = cellWeights(seed, d.code, BASE_RESOLUTION, layer.kind)
      const parts = apportion(layer.count(d.code), weights)
      const cells = districtGrid(d.code, BASE_RESOLUTION).cells
      parts.forEach((v, i) => {
        const cell = cells[i]
        if (cell !== undefined) values.set(cell, (values.get(cell) ?? 0) + v)
      })
    }
  }
  return values
}

function toResolution(seed: Seed, base: Map<string, number>, res: number): Map<string, number> {
  if (res === BASE_RESOLUTION) return base
  const out = new Map<string, number>()
  if (res < BASE_RESOLUTION) {
    for (const [cell, v] of base) {
      const parent = cellToParent(cell, res)
      out.set(parent, (out.get(parent) ?? 0) + v)
    }
    return out
  }
  // Finer than the base: split each cell among its children in tenths of a person.
  for (const [cell, v] of base) {
    const children = cellToChildren(cell, res)
    const weights = children.map((c) => 0.5 + (hash32(seed, 'child', c) % 1000) / 1000)
    const parts = apportion(Math.round(v * 10), weights)
    children.forEach((c, i) => out.set(c, (parts[i] ?? 0) / 10))
  }
  return out
}

export function buildDensity(
  seed: Seed,
  surface: DensitySurfaceKind,
  resolution: number,
  hour: number,
  ages: readonly AgeStructure[],
  commute: CommuteModel,
): DensitySurface {
  const values = toResolution(seed, baseSurface(seed, layersFor(surface, hour, ages, commute)), resolution)
  const cells: DensitySurface['cells'] = []
  // Empty cells carry no information and would only bloat the finer resolutions.
  for (const [h3, value] of values) if (value > 0) cells.push({ h3, value })
  return { surface, resolution, hour: surface === 'hourly' ? hour : null, cells }
}
