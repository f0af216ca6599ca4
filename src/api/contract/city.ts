import { z } from '../../zod'
import { LngLat, LocalizedText, RegionCode, uniqueList } from './common'

export const Region = z.object({
  code: RegionCode,
  name: LocalizedText,
  /** Label anchor inside the region. */
  centroid: LngLat,
  /** e.g. "central", "pudong", "suburb": lets panels group regions. */
  group: z.string(),
})
export type Region = z.infer<typeof Region>

export const City = z.object({
  id: z.string(),
  name: LocalizedText,
  timeZone: z.string(),
  center: LngLat,
  /** [[west, south], [east, north]] */
  bounds: z.tuple([LngLat, LngLat]),
  regions: uniqueList(Region, (r) => r.code, ['code']).check(z.minLength(1)),
})
export type City = z.infer<typeof City>

const Ring = z.array(LngLat).check(z.minLength(4))
export const BoundaryFeature = z.object({
  type: z.literal('Feature'),
  id: z.optional(z.union([z.string(), z.number()])),
  properties: z.object({ code: RegionCode, nameZh: z.string(), nameEn: z.string() }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).check(z.minLength(1)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).check(z.minLength(1))).check(z.minLength(1)) }),
  ]),
})
export const Boundaries = z.object({
  type: z.literal('FeatureCollection'),
  features: uniqueList(BoundaryFeature, (f) => f.properties.code, ['properties', 'code']),
})
export type Boundaries = z.infer<typeof Boundaries>
export type BoundaryFeature = z.infer<typeof BoundaryFeature>
