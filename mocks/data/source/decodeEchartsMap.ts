/**
 * Decodes an ECharts 4 map file (UTF8Encoding: true) into plain GeoJSON, once, at generation time.
 *
 *   npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz package/map/json/province/shanghai.json
 *   node --import tsx mocks/data/source/decodeEchartsMap.ts package/map/json/province/shanghai.json \
 *     > mocks/data/source/shanghai-districts.geo.json
 */
import { readFileSync } from 'node:fs'

type Ring = [number, number][]
interface EncodedFeature {
  id?: string
  properties: { name: string; cp?: [number, number] }
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] }
}

export function decodeRing(encoded: string, offset: [number, number], scale = 1024): Ring {
  const ring: Ring = []
  let [x, y] = offset
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let dx = encoded.charCodeAt(i) - 64
    let dy = encoded.charCodeAt(i + 1) - 64
    dx = (dx >> 1) ^ -(dx & 1) // zigzag
    dy = (dy >> 1) ^ -(dy & 1)
    x += dx
    y += dy
    ring.push([x / scale, y / scale])
  }
  // GeoJSON rings are closed.
  const first = ring[0]
  const last = ring[ring.length - 1]
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]])
  return ring
}

export function decodeFeature(f: EncodedFeature) {
  const g = f.geometry
  const coordinates =
    g.type === 'Polygon'
      ? g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i]!))
      : g.coordinates.map((poly, p) => poly.map((r, i) => decodeRing(r, g.encodeOffsets[p]![i]!)))
  return { id: f.id, name: f.properties.name, geometry: { type: g.type, coordinates } }
}

if (process.argv[2]) {
  const src = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { features: EncodedFeature[] }
  const features = src.features.map((f) => {
    const d = decodeFeature(f)
    return {
      type: 'Feature',
      // 崇明区 has no code in the source file.
      properties: { code: d.id ?? (d.name === '崇明区' ? '310151' : ''), nameZh: d.name },
      geometry: d.geometry,
    }
  })
  process.stdout.write(
    JSON.stringify({
      type: 'FeatureCollection',
      attribution: 'District boundaries: Apache ECharts 4.9.0 (Apache-2.0), map/json/province/shanghai.json',
      features,
    }),
  )
}
