import { z } from '../../zod'
import { isLngLat, LngLat, lngLatJsonSchema, LocalizedText, RegionCode, uniqueList } from './common'

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

/**
 * A linear ring: at least 4 [lng, lat] positions. Checked in one loop rather than a schema per
 * position: a city's boundaries carry thousands of positions (a street city's, tens of thousands), and
 * checking each as a tuple was most of the time spent validating the first screen's data. The JSON
 * Schema for the contract is registered beside it.
 */
const Ring = z
  .custom<LngLat[]>((v) => Array.isArray(v) && v.length >= 4 && v.every(isLngLat), {
    error: 'must be a ring of at least 4 [lng, lat] positions (lng −180…180, lat −90…90)',
  })
  .register(z.globalRegistry, { minItems: 4, type: 'array', items: lngLatJsonSchema })
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
