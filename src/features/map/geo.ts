import type { Geometry, Position } from 'geojson'

/** Geometry checks and projections shared by the source transforms. Pure; no map instance needed. */

export function isLngLat(p: unknown): p is [number, number] {
  if (!Array.isArray(p) || p.length < 2) return false
  const [lng, lat] = p as unknown[]
  return (
    typeof lng === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lng) &&
    Number.isFinite(lat) &&
    Math.abs(lng) <= 180 &&
    Math.abs(lat) <= 85.05 // beyond Web Mercator's limit nothing can be drawn
  )
}

/** A linear ring: ≥ 4 valid positions, first equals last. */
export function isValidRing(ring: readonly Position[]): boolean {
  if (ring.length < 4 || !ring.every(isLngLat)) return false
  const a = ring[0] as Position
  const b = ring[ring.length - 1] as Position
  return a[0] === b[0] && a[1] === b[1]
}

export function isValidPolygon(rings: readonly (readonly Position[])[]): boolean {
  return rings.length > 0 && rings.every(isValidRing)
}

/** Whether a geometry can be drawn as is; invalid ones are counted and skipped, never drawn wrong. */
export function isValidGeometry(g: Geometry | null | undefined): boolean {
  if (!g) return false
  switch (g.type) {
    case 'Point':
      return isLngLat(g.coordinates)
    case 'LineString':
      return g.coordinates.length >= 2 && g.coordinates.every(isLngLat)
    case 'Polygon':
      return isValidPolygon(g.coordinates)
    case 'MultiPolygon':
      return g.coordinates.length > 0 && g.coordinates.every(isValidPolygon)
    default:
      return false
  }
}

/** Web Mercator in MapLibre's unit square: [0,0] top-left, [1,1] bottom-right. */
export function mercatorXY(lng: number, lat: number): [number, number] {
  const x = (180 + lng) / 360
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360
  return [x, y]
}

const EARTH_RADIUS_KM = 6371.0088

export function haversineKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLng = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * [[west, south], [east, north]] of the geometries (a polygon's outer ring bounds it, so holes are not
 * visited), or null if there are none. A plain loop per geometry type: it runs once on the first
 * screen over every boundary position (a street-level city has ~100,000), while the map loads.
 */
export function boundsOf(geoms: readonly Geometry[]): [[number, number], [number, number]] | null {
  let w = Infinity
  let s = Infinity
  let e = -Infinity
  let n = -Infinity
  const add = (p: readonly number[]): void => {
    const x = p[0]!
    const y = p[1]!
    // isLngLat's test (NaN fails it too), written out: calling it per position made the first,
    // still unoptimised run 3–5× slower (its array destructuring), and this is that run.
    if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) return
    if (x < w) w = x
    if (x > e) e = x
    if (y < s) s = y
    if (y > n) n = y
  }
  const addAll = (ps: readonly (readonly number[])[] | undefined): void => {
    if (ps) for (let i = 0; i < ps.length; i++) add(ps[i]!)
  }
  for (const g of geoms) {
    switch (g.type) {
      case 'Point':
        add(g.coordinates)
        break
      case 'MultiPoint':
      case 'LineString':
        addAll(g.coordinates)
        break
      case 'MultiLineString':
        for (const line of g.coordinates) addAll(line)
        break
      case 'Polygon':
        addAll(g.coordinates[0])
        break
      case 'MultiPolygon':
        for (const poly of g.coordinates) addAll(poly[0])
        break
      case 'GeometryCollection':
        break
    }
  }
  return Number.isFinite(w) ? [[w, s], [e, n]] : null
}
