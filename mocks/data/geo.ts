/** Plane geometry on small areas: good to well under 1 % over a city the size of Shanghai. */
export type Position = [number, number]
export type Ring = Position[]
export type PolygonCoords = Ring[]

export type Geometry =
  | { type: 'Polygon'; coordinates: PolygonCoords }
  | { type: 'MultiPolygon'; coordinates: PolygonCoords[] }

const KM_PER_DEG_LAT = 110.574
const KM_PER_DEG_LNG_EQUATOR = 111.32

export function polygonsOf(geometry: Geometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

/** Kilometres per degree of longitude and latitude at a latitude. */
export function kmPerDegree(lat: number): { x: number; y: number } {
  return { x: KM_PER_DEG_LNG_EQUATOR * Math.cos((lat * Math.PI) / 180), y: KM_PER_DEG_LAT }
}

export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const k = kmPerDegree((a[1] + b[1]) / 2)
  return Math.hypot((a[0] - b[0]) * k.x, (a[1] - b[1]) * k.y)
}

/** Signed area (km²) and area-weighted centroid of a ring, by the shoelace formula. */
function ringMoments(ring: Ring): { area: number; cx: number; cy: number } {
  const first = ring[0]
  if (!first || ring.length < 4) return { area: 0, cx: 0, cy: 0 }
  const k = kmPerDegree(first[1])
  let a = 0
  let cx = 0
  let cy = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i]
    const q = ring[i + 1]
    if (!p || !q) continue
    // Relative to the first vertex keeps the products small and precise.
    const x0 = (p[0] - first[0]) * k.x
    const y0 = (p[1] - first[1]) * k.y
    const x1 = (q[0] - first[0]) * k.x
    const y1 = (q[1] - first[1]) * k.y
    const cross = x0 * y1 - x1 * y0
    a += cross
    cx += (x0 + x1) * cross
    cy += (y0 + y1) * cross
  }
  const area = a / 2
  if (area === 0) return { area: 0, cx: first[0], cy: first[1] }
  return { area, cx: first[0] + cx / (6 * area) / k.x, cy: first[1] + cy / (6 * area) / k.y }
}

export function areaKm2(polygons: readonly PolygonCoords[]): number {
  let total = 0
  for (const poly of polygons) {
    poly.forEach((ring, i) => {
      const a = Math.abs(ringMoments(ring).area)
      total += i === 0 ? a : -a // later rings are holes
    })
  }
  return total
}

/** Area-weighted centroid of the outer rings (may fall outside a concave shape). */
export function areaCentroid(polygons: readonly PolygonCoords[]): Position {
  let a = 0
  let x = 0
  let y = 0
  for (const poly of polygons) {
    const outer = poly[0]
    if (!outer) continue
    const m = ringMoments(outer)
    const w = Math.abs(m.area)
    a += w
    x += m.cx * w
    y += m.cy * w
  }
  return a > 0 ? [x / a, y / a] : [0, 0]
}

function inRing(p: readonly [number, number], ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]
    const b = ring[j]
    if (!a || !b) continue
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside
    }
  }
  return inside
}

export function pointInPolygons(p: readonly [number, number], polygons: readonly PolygonCoords[]): boolean {
  return polygons.some((poly) => {
    const [outer, ...holes] = poly
    return !!outer && inRing(p, outer) && !holes.some((h) => inRing(p, h))
  })
}

/** [[west, south], [east, north]] */
export function bboxOf(polygons: readonly PolygonCoords[]): [Position, Position] {
  let w = Infinity
  let s = Infinity
  let e = -Infinity
  let n = -Infinity
  for (const poly of polygons) {
    for (const [lng, lat] of poly[0] ?? []) {
      w = Math.min(w, lng)
      e = Math.max(e, lng)
      s = Math.min(s, lat)
      n = Math.max(n, lat)
    }
  }
  return [
    [w, s],
    [e, n],
  ]
}
