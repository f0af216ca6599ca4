import { VectorTile } from '@mapbox/vector-tile'
import { cellArea, getResolution, gridDisk, isValidCell, latLngToCell } from 'h3-js'
import { PbfReader } from 'pbf'
import { describe, expect, it } from 'vitest'
import { createMockDb } from './db'
import { DENSITY_TILE_LAYER, DENSITY_TILE_ZOOMS, encodeTile, tileIndex } from './densityTiles'

/** The tile x/y that holds a point, as MapLibre numbers them (web mercator, y down). */
function tileAt(lng: number, lat: number, z: number): { z: number; x: number; y: number } {
  const r = (lat * Math.PI) / 180
  const n = 2 ** z
  return { z, x: Math.floor(((lng + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n) }
}

function decode(bytes: Uint8Array) {
  const tile = new VectorTile(new PbfReader(bytes))
  const layer = tile.layers[DENSITY_TILE_LAYER]
  if (!layer) throw new Error(`no layer ${DENSITY_TILE_LAYER}`)
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i))
}

const CENTRE = [121.47, 31.23] as const

describe('density vector tiles', () => {
  it('encode hexagons that decode back with their H3 index, persons and persons per km²', () => {
    const cells = gridDisk(latLngToCell(CENTRE[1], CENTRE[0], 9), 6).map((h3, i) => ({ h3, value: 10 + i / 10 }))
    const t = tileAt(CENTRE[0], CENTRE[1], 13)
    const bytes = encodeTile(tileIndex(cells, 14), t.z, t.x, t.y)
    if (!bytes) throw new Error('the centre tile is empty')
    const features = decode(bytes)
    expect(features.length).toBeGreaterThan(50)
    expect(features.length).toBeLessThanOrEqual(cells.length)
    const byId = new Map(cells.map((c) => [c.h3, c.value]))
    for (const f of features) {
      const { id, v, n } = f.properties
      expect(typeof id === 'string' && isValidCell(id) && getResolution(id)).toBe(9)
      expect(n).toBe(byId.get(id as string))
      expect(v).toBe(Math.round((n as number) / cellArea(id as string, 'km2')))
      expect(f.type).toBe(3) // polygon
      expect(f.loadGeometry()[0]?.length).toBeGreaterThanOrEqual(4) // a closed ring, even where the tile edge cuts it
    }
    // Whole hexagons (six corners and the closing one) where the tile edge does not cut them.
    expect(features.filter((f) => f.loadGeometry()[0]?.length === 7).length).toBeGreaterThan(features.length / 2)
  })

  it('leave a tile without cells empty, and rewrite properties for the payload faults', () => {
    const cells = gridDisk(latLngToCell(CENTRE[1], CENTRE[0], 9), 2).map((h3) => ({ h3, value: 5 }))
    const index = tileIndex(cells, 14)
    const far = tileAt(0, 0, 13)
    expect(encodeTile(index, far.z, far.x, far.y)).toBeNull()
    const t = tileAt(CENTRE[0], CENTRE[1], 13)
    const bad = encodeTile(index, t.z, t.x, t.y, (tags) => ({ ...tags, v: '12,345' }))
    expect(decode(bad!).every((f) => f.properties.v === '12,345')).toBe(true)
    // The index's own tiles are untouched by a rewrite.
    expect(decode(encodeTile(index, t.z, t.x, t.y)!).every((f) => typeof f.properties.v === 'number')).toBe(true)
  })

  it('serve the resolution the zoom asks for from the mock city, and nothing off the zoom range', () => {
    const db = createMockDb()
    const at = (z: number) => ({ surface: 'elderly_65' as const, ...tileAt(CENTRE[0], CENTRE[1], z) })
    for (const z of [8, 10]) {
      const want = DENSITY_TILE_ZOOMS.find((r) => z >= r.minzoom && z <= r.maxzoom)?.resolution
      const features = decode(db.densityTile(at(z))!)
      expect(features.length).toBeGreaterThan(100)
      expect(new Set(features.map((f) => getResolution(f.properties.id as string)))).toEqual(new Set([want]))
    }
    expect(() => db.densityTile(at(5))).toThrow(RangeError)
    expect(() => db.densityTile(at(15))).toThrow(RangeError)
    expect(() => db.densityTile({ surface: 'elderly_65', z: 8, x: 256, y: 0 })).toThrow(RangeError)
  }, 30_000)

  it('are described by /density/tiles with a versioned, relative URL template and the zoom → resolution table', () => {
    const db = createMockDb()
    const { meta, data } = db.respond('densityTiles', { surface: 'hourly', hour: 18 })
    expect(meta.demo).toBe(true)
    expect(data.hour).toBe(18)
    const url = new URL(data.tiles[0]!.replace('{z}/{x}/{y}', '12/3430/1673'), 'http://h/api/v1/density/tiles?surface=hourly')
    expect(url.pathname).toBe('/api/v1/density/tiles/12/3430/1673.pbf')
    expect(Object.fromEntries(url.searchParams)).toEqual({ surface: 'hourly', hour: '18', v: db.asOf })
    expect(data.resolutions).toEqual(DENSITY_TILE_ZOOMS)
    expect(db.respond('densityTiles', { surface: 'elderly_65' }).data.tiles[0]).not.toContain('hour=')
  })
})
