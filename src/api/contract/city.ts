import * as v from 'valibot'
import { isLngLat, LngLat, LocalizedText, RegionCode, uniqueList } from './common'

export const Region = v.object({
  code: RegionCode,
  name: LocalizedText,
  /** Label anchor inside the region. */
  centroid: LngLat,
  /** e.g. "central", "pudong", "suburb": lets panels group regions. */
  group: v.string(),
})
export type Region = v.InferOutput<typeof Region>

export const City = v.object({
  id: v.string(),
  name: LocalizedText,
  timeZone: v.string(),
  center: LngLat,
  /** [[west, south], [east, north]] */
  bounds: v.strictTuple([LngLat, LngLat]),
  regions: v.pipe(uniqueList(Region, (r) => r.code, ['code']), v.minLength(1)),
})
export type City = v.InferOutput<typeof City>

/**
 * A linear ring: at least 4 [lng, lat] positions. Checked in one loop rather than a schema per
 * position: a city's boundaries carry thousands of positions (a street city's, tens of thousands), and
 * checking each as a tuple was most of the time spent validating the first screen's data. Its JSON
 * Schema for the contract is written in openapi.gen.ts.
 */
export const Ring = v.custom<LngLat[]>(
  (x) => Array.isArray(x) && x.length >= 4 && x.every(isLngLat),
  'must be a ring of at least 4 [lng, lat] positions (lng −180…180, lat −90…90)',
)
export const BoundaryFeature = v.object({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  properties: v.object({ code: RegionCode, nameZh: v.string(), nameEn: v.string() }),
  geometry: v.variant('type', [
    v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(Ring), v.minLength(1)) }),
    v.object({ type: v.literal('MultiPolygon'), coordinates: v.pipe(v.array(v.pipe(v.array(Ring), v.minLength(1))), v.minLength(1)) }),
  ]),
})
export const Boundaries = v.object({
  type: v.literal('FeatureCollection'),
  features: uniqueList(BoundaryFeature, (f) => f.properties.code, ['properties', 'code']),
})
export type Boundaries = v.InferOutput<typeof Boundaries>
export type BoundaryFeature = v.InferOutput<typeof BoundaryFeature>
