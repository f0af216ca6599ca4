import { haversineKm, mercatorXY } from './geo'

/**
 * Arc geometry for origin–destination flows: a quadratic Bézier that bulges to the RIGHT of the
 * direction of travel, so A→B and B→A never overlap; plus the packed vertex buffers the animated
 * WebGL layer draws (built once per data change, never per frame).
 */

export type Pt = [number, number]

export function arcPath(from: Pt, to: Pt, segments = 32, bend = 0.18): Pt[] {
  // Work in a locally isotropic frame (longitude shrunk by cos φ) so the bulge is circular on screen.
  const k = Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180)
  const dx = (to[0] - from[0]) * k
  const dy = to[1] - from[1]
  // Right-hand normal of (dx, dy) is (dy, −dx).
  const cx = (from[0] + to[0]) / 2 + (dy * bend) / k
  const cy = (from[1] + to[1]) / 2 - dx * bend
  const pts: Pt[] = []
  for (let i = 0; i <= segments; i++) {
    const t = i / segments
    const a = (1 - t) * (1 - t)
    const b = 2 * (1 - t) * t
    const c = t * t
    pts.push([a * from[0] + b * cx + c * to[0], a * from[1] + b * cy + c * to[1]])
  }
  return pts
}

/** Cumulative distance in km at each vertex. */
export function cumulativeKm(path: readonly Pt[]): number[] {
  const out: number[] = []
  let d = 0
  path.forEach((p, i) => {
    if (i > 0) d += haversineKm(path[i - 1] as Pt, p)
    out.push(d)
  })
  return out
}

export interface ArcInput {
  path: readonly Pt[]
  /** Line width in CSS pixels. */
  widthPx: number
  /** 0..1 offset so pulses on different arcs do not march in lockstep. */
  phase: number
}

/** Floats per vertex: mercator x, y · unit normal x, y · side · km along · width px · phase · t. */
export const ARC_VERTEX_FLOATS = 9

export interface ArcBuffers {
  vertices: Float32Array
  indices: Uint32Array
}

/**
 * Each path vertex becomes two GPU vertices (left/right of the line) sharing position, normal and
 * distance; the shader pushes them apart by half the width in screen pixels.
 */
export function buildArcBuffers(arcs: readonly ArcInput[]): ArcBuffers {
  const nVerts = arcs.reduce((s, a) => s + (a.path.length >= 2 ? a.path.length * 2 : 0), 0)
  const nTris = arcs.reduce((s, a) => s + (a.path.length >= 2 ? (a.path.length - 1) * 2 : 0), 0)
  const vertices = new Float32Array(nVerts * ARC_VERTEX_FLOATS)
  const indices = new Uint32Array(nTris * 3)
  let v = 0
  let ix = 0
  for (const arc of arcs) {
    const n = arc.path.length
    if (n < 2) continue
    const merc = arc.path.map((p) => mercatorXY(p[0], p[1]))
    const km = cumulativeKm(arc.path)
    const total = km[n - 1] || 1
    const base = v
    for (let i = 0; i < n; i++) {
      const prev = merc[Math.max(0, i - 1)] as Pt
      const next = merc[Math.min(n - 1, i + 1)] as Pt
      const tx = next[0] - prev[0]
      const ty = next[1] - prev[1]
      const len = Math.hypot(tx, ty) || 1
      const [mx, my] = merc[i] as Pt
      for (const side of [-1, 1]) {
        vertices.set([mx, my, -ty / len, tx / len, side, km[i] ?? 0, arc.widthPx, arc.phase, (km[i] ?? 0) / total], v * ARC_VERTEX_FLOATS)
        v++
      }
    }
    for (let i = 0; i < n - 1; i++) {
      const a = base + i * 2
      indices.set([a, a + 1, a + 2, a + 1, a + 3, a + 2], ix)
      ix += 6
    }
  }
  return { vertices, indices }
}
