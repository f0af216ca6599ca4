import { z } from '../../zod'

/** Text the API serves in both UI languages. Rendered as text, never as markup. */
export const LocalizedText = z.object({ zh: z.string(), en: z.string() })
export type LocalizedText = z.infer<typeof LocalizedText>

/** [longitude, latitude] in WGS84 degrees. */
export const LngLat = z.tuple([z.number().check(z.minimum(-180), z.maximum(180)), z.number().check(z.minimum(-90), z.maximum(90))])
export type LngLat = z.infer<typeof LngLat>

/** What `LngLat` accepts, as one function, for schemas that check many positions in a loop. */
export function isLngLat(p: unknown): p is LngLat {
  if (!Array.isArray(p) || p.length !== 2) return false
  const [lng, lat] = p as unknown[]
  return typeof lng === 'number' && typeof lat === 'number' && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90
}

/** `LngLat` in JSON Schema, for schemas whose check is a function (the contract document needs the shape). */
export const lngLatJsonSchema = {
  type: 'array',
  prefixItems: [
    { type: 'number', minimum: -180, maximum: 180 },
    { type: 'number', minimum: -90, maximum: 90 },
  ],
  items: false,
  minItems: 2,
  maxItems: 2,
} as const

/** GB/T 2260-style region code as a string, e.g. "310115". */
export const RegionCode = z.string().check(z.regex(/^[0-9A-Za-z_-]{1,32}$/))

export const Meta = z.object({
  /** Time the data describes (ISO 8601 with offset). */
  asOf: z.iso.datetime({ offset: true }),
  /** Department that owns the data. */
  source: LocalizedText,
  /** 口径: how each metric in the payload is defined, keyed by metric name. */
  definition: z.record(z.string(), LocalizedText),
  /** Units of each metric, keyed by metric name ("persons", "places", "visits/day", …). */
  units: z.record(z.string(), z.string()),
  /** True when the values are modelled demo data rather than official statistics. */
  demo: z.boolean(),
  /** Free-text attribution for third-party inputs (boundaries etc.). */
  attribution: z.optional(z.string()),
})
export type Meta = z.infer<typeof Meta>

/**
 * A list whose items must be unique by a key (region codes, ids): an answer that lists a district
 * twice would be drawn and summed twice, so a duplicate is a schema error naming the field.
 */
export function uniqueList<T extends z.ZodMiniType>(item: T, key: (x: z.output<T>) => string, field: (string | number)[]) {
  const unique = z.superRefine<z.output<T>[]>((items, ctx) => {
    const seen = new Set<string>()
    items.forEach((x, i) => {
      const k = key(x)
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, ...field], message: `duplicate ${field.join('.')} "${k}"` })
      seen.add(k)
    })
  })
  return z.array(item).check(unique)
}

/** Every response is `{ meta, data }`. */
export function envelope<T extends z.ZodMiniType>(data: T) {
  return z.object({ meta: Meta, data })
}

export const Quantiles = z.object({ p10: z.number(), p50: z.number(), p90: z.number() })
export type Quantiles = z.infer<typeof Quantiles>

/** One past forecast scored against what happened. */
export const BacktestPoint = z.object({
  issued: z.string(),
  target: z.string(),
  region: RegionCode,
  /** Which of the endpoint's series the point scores when a region has several, e.g. the school level. */
  series: z.optional(z.string()),
  /** The forecast's median, and its 80 % interval when it had one (coverage80 counts those). */
  forecast: z.number(),
  p10: z.optional(z.number()),
  p90: z.optional(z.number()),
  actual: z.number(),
})
export const Backtest = z.object({
  points: z.array(BacktestPoint),
  /** Mean absolute percentage error over the points, 0..1. */
  mape: z.number().check(z.minimum(0)),
  /** Share of actuals that fell inside the p10–p90 interval, 0..1. */
  coverage80: z.number().check(z.minimum(0), z.maximum(1)),
})
export type Backtest = z.infer<typeof Backtest>

export const Method = z.object({ name: LocalizedText, description: LocalizedText })
