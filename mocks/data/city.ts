/**
 * The city pack: regions with label anchors computed from the real district polygons.
 * Boundaries are a real input (Apache ECharts 4.9.0), decoded once into source/*.geo.json.
 */
import * as v from 'valibot'
import type { Boundaries, City, Region } from '../../src/api/contract'
import rawGeo from './source/shanghai-districts.geo.json'
import { TIME_ZONE } from './calendar'
import { CITY_CENTRE, DISTRICTS, type District } from './districts'
import { areaCentroid, areaKm2, bboxOf, pointInPolygons, polygonsOf, type Geometry, type PolygonCoords, type Position } from './geo'
import { roundTo } from './math'

const Pos = v.strictTuple([v.number(), v.number()])
const SourceGeo = v.object({
  attribution: v.string(),
  features: v.array(
    v.object({
      properties: v.object({ code: v.string(), nameZh: v.string() }),
      geometry: v.variant('type', [
        v.object({ type: v.literal('Polygon'), coordinates: v.array(v.array(Pos)) }),
        v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(v.array(Pos))) }),
      ]),
    }),
  ),
})

export interface DistrictShape {
  district: District
  geometry: Geometry
  polygons: PolygonCoords[]
  areaKm2: number
  /** A point inside the district, near its area centroid: the label anchor. */
  anchor: Position
  bbox: [Position, Position]
}

let shapesCache: DistrictShape[] | null = null
let attributionCache = ''

/** A point inside the polygons: the centroid if it is inside, else the nearest interior grid point. */
function interiorAnchor(polygons: PolygonCoords[], centroid: Position): Position {
  if (pointInPolygons(centroid, polygons)) return centroid
  const [[w, s], [e, n]] = bboxOf(polygons)
  const step = Math.max(e - w, n - s) / 80
  let best: Position = centroid
  let bestDist = Infinity
  for (let x = w + step / 2; x < e; x += step) {
    for (let y = s + step / 2; y < n; y += step) {
      // Require the neighbours inside too, so the label does not sit on the edge.
      const interior = [[x, y], [x + step, y], [x - step, y], [x, y + step], [x, y - step]].every((p) =>
        pointInPolygons(p as Position, polygons),
      )
      const dist = (x - centroid[0]) ** 2 + (y - centroid[1]) ** 2
      if (interior && dist < bestDist) {
        bestDist = dist
        best = [x, y]
      }
    }
  }
  return best
}

/** District shapes in the order of DISTRICTS. Boundaries do not depend on the seed: cached once. */
export function districtShapes(): DistrictShape[] {
  if (shapesCache) return shapesCache
  const geo = v.parse(SourceGeo, rawGeo)
  attributionCache = geo.attribution
  shapesCache = DISTRICTS.map((district) => {
    const feature = geo.features.find((f) => f.properties.code === district.code)
    if (!feature) throw new Error(`No boundary for district ${district.code}`)
    const geometry: Geometry = feature.geometry
    const polygons = polygonsOf(geometry)
    const anchor = interiorAnchor(polygons, areaCentroid(polygons))
    return {
      district,
      geometry,
      polygons,
      areaKm2: areaKm2(polygons),
      anchor: [roundTo(anchor[0], 5), roundTo(anchor[1], 5)],
      bbox: bboxOf(polygons),
    }
  })
  return shapesCache
}

export function boundaryAttribution(): string {
  districtShapes()
  return attributionCache
}

export function shapeOf(code: string): DistrictShape {
  const shape = districtShapes().find((s) => s.district.code === code)
  if (!shape) throw new Error(`Unknown district ${code}`)
  return shape
}

export function buildCity(): City {
  const shapes = districtShapes()
  let w = Infinity
  let s = Infinity
  let e = -Infinity
  let n = -Infinity
  for (const { bbox } of shapes) {
    w = Math.min(w, bbox[0][0])
    s = Math.min(s, bbox[0][1])
    e = Math.max(e, bbox[1][0])
    n = Math.max(n, bbox[1][1])
  }
  const regions: Region[] = shapes.map(({ district, anchor }) => ({
    code: district.code,
    name: { zh: district.zh, en: district.en },
    centroid: anchor,
    group: district.group,
  }))
  return {
    id: 'shanghai',
    name: { zh: '上海市', en: 'Shanghai' },
    timeZone: TIME_ZONE,
    center: [CITY_CENTRE[0], CITY_CENTRE[1]],
    bounds: [
      [w, s],
      [e, n],
    ],
    regions,
  }
}

export function buildBoundaries(): Boundaries {
  return {
    type: 'FeatureCollection',
    features: districtShapes().map(({ district, geometry }) => ({
      type: 'Feature' as const,
      id: district.code,
      properties: { code: district.code, nameZh: district.zh, nameEn: district.en },
      geometry,
    })),
  }
}
