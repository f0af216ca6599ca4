/**
 * Places facilities inside a district where the relevant people live: rejection sampling of the
 * density weights inside the district polygon. Needs no H3 grid, so schools and clinics build fast.
 */
import { shapeOf } from './city'
import { pointInPolygons } from './geo'
import { pointWeight, type WeightKind } from './grid'
import { roundTo } from './math'
import { unitHash, type Rng, type Seed } from './rng'

/** Neighbourhood-scale texture (~1 km), so facilities are not spread perfectly smoothly. */
function patchNoise(seed: Seed, lng: number, lat: number): number {
  return 0.5 + unitHash(seed, 'patch', Math.floor(lng / 0.01), Math.floor(lat / 0.01))
}

export function placer(seed: Seed, rng: Rng, code: string, kind: WeightKind, exponent = 1): () => [number, number] {
  const { polygons, bbox, anchor } = shapeOf(code)
  const [[w, s], [e, n]] = bbox
  const weight = (x: number, y: number) => (pointWeight(code, kind, x, y) * patchNoise(seed, x, y)) ** exponent
  // Upper bound of the weight from a coarse scan; the margin covers peaks between scan points.
  let max = 0
  for (let i = 0; i <= 40; i++) {
    for (let j = 0; j <= 40; j++) max = Math.max(max, weight(w + ((e - w) * i) / 40, s + ((n - s) * j) / 40))
  }
  max *= 1.3
  return () => {
    for (let attempt = 0; attempt < 5000; attempt++) {
      const x = rng.range(w, e)
      const y = rng.range(s, n)
      if (rng.next() * max > weight(x, y)) continue
      if (pointInPolygons([x, y], polygons)) return [roundTo(x, 5), roundTo(y, 5)]
    }
    return [anchor[0], anchor[1]]
  }
}
