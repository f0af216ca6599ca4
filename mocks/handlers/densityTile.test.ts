import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { describe, expect, it } from 'vitest'
import { setFault } from './faults'

// Over the centre of Shanghai at zoom 8 (H3 res 7): one tile holds the city's core.
const TILE = 'http://localhost/api/v1/density/tiles/8/214/104.pbf?surface=children_6_10&v=x'

const layerOf = async (res: Response) => new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer()))).layers.cells

describe('GET /density/tiles/{z}/{x}/{y}.pbf', () => {
  it('answers a binary MVT tile, 204 for a tile without cells, 404 off the zoom range, 400 for bad input', async () => {
    const res = await fetch(TILE)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    expect((await layerOf(res))?.length).toBeGreaterThan(100)
    expect((await fetch('http://localhost/api/v1/density/tiles/8/0/0.pbf?surface=children_6_10')).status).toBe(204)
    expect((await fetch('http://localhost/api/v1/density/tiles/3/6/3.pbf?surface=children_6_10')).status).toBe(404)
    expect((await fetch('http://localhost/api/v1/density/tiles/8/214/104.pbf?surface=adults')).status).toBe(400)
    expect((await fetch('http://localhost/api/v1/density/tiles/8/-1/104.pbf?surface=hourly')).status).toBe(400)
  }, 30_000)

  it('takes the faults of the tile endpoint (and of "*")', async () => {
    setFault('densityTile', { kind: 'http500' })
    expect((await fetch(TILE)).status).toBe(500)
    setFault('densityTile', { kind: 'empty' })
    expect((await fetch(TILE)).status).toBe(204)
    setFault('densityTile', { kind: 'malformed' })
    const malformed = await fetch(TILE)
    expect(malformed.status).toBe(200)
    await expect(layerOf(malformed)).rejects.toThrow()
    setFault('densityTile', { kind: 'invalid' })
    const invalid = await layerOf(await fetch(TILE))
    expect(invalid?.feature(0).properties.v).toBe('12,345')
    setFault('densityTile', { kind: 'hostile' })
    expect((await layerOf(await fetch(TILE)))?.feature(0).properties.id).toContain('<img src=x')
    setFault('*', { kind: 'http503' })
    setFault('densityTile', { kind: 'latency', ms: 0 })
    expect((await fetch(TILE)).status).toBe(200)
  }, 30_000)
})
