import { z } from '../../zod'
import { RegionCode, uniqueList } from './common'

export const AGE_BANDS = ['0-5', '6-10', '11-14', '15-59', '60+'] as const
export const AgeBand = z.enum(AGE_BANDS)
export type AgeBand = z.infer<typeof AgeBand>

const count = z.int().check(z.nonnegative())

export const RegionPopulation = z.object({
  code: RegionCode,
  /** 常住人口: resident population. */
  residents: count,
  /** Typical weekday daytime population (residents + in-commuters − out-commuters). */
  daytime: count,
  /** Land area in km², for density. */
  areaKm2: z.number().check(z.positive()),
  ageBands: z.object({
    '0-5': count,
    '6-10': count,
    '11-14': count,
    '15-59': count,
    '60+': count,
  }),
  /** Residents aged 65+, a subset of 60+. */
  age65plus: count,
})
export type RegionPopulation = z.infer<typeof RegionPopulation>

export const Population = z.object({
  /** Census or estimate year the counts describe. */
  year: z.int(),
  regions: uniqueList(RegionPopulation, (r) => r.code, ['code']),
})
export type Population = z.infer<typeof Population>

export const DENSITY_SURFACES = ['children_0_5', 'children_6_10', 'children_11_14', 'elderly_65', 'hourly'] as const
export const DensitySurfaceKind = z.enum(DENSITY_SURFACES)
export type DensitySurfaceKind = z.infer<typeof DensitySurfaceKind>

export const DensityCell = z.object({
  /** H3 cell index (hex string). */
  h3: z.string().check(z.regex(/^[0-9a-f]{15}$/)),
  /** Persons in the cell. */
  value: z.number().check(z.nonnegative()),
})

export const DensitySurface = z.object({
  surface: DensitySurfaceKind,
  resolution: z.int().check(z.minimum(5), z.maximum(10)),
  /** Hour of day (0–23) for the hourly surface, otherwise null. */
  hour: z.nullable(z.int().check(z.minimum(0), z.maximum(23))),
  cells: z.array(DensityCell),
})
export type DensitySurface = z.infer<typeof DensitySurface>
