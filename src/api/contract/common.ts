import * as v from 'valibot'

/** Text the API serves in both UI languages. Rendered as text, never as markup. */
export const LocalizedText = v.object({ zh: v.string(), en: v.string() })
export type LocalizedText = v.InferOutput<typeof LocalizedText>

/** [longitude, latitude] in WGS84 degrees. */
export const LngLat = v.strictTuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
])
export type LngLat = v.InferOutput<typeof LngLat>

/** What `LngLat` accepts, as one function, for schemas that check many positions in a loop. */
export function isLngLat(p: unknown): p is LngLat {
  if (!Array.isArray(p) || p.length !== 2) return false
  const [lng, lat] = p as unknown[]
  return typeof lng === 'number' && typeof lat === 'number' && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90
}

/** GB/T 2260-style region code as a string, e.g. "310115". */
export const RegionCode = v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]{1,32}$/))

/**
 * valibot's ISO checks take any day up to 31 in any month, and Date turns 2026-02-31 into 3 March:
 * an as-of time the screen would show as another day. The day must exist.
 */
const dayExists = v.check<string, string>((s) => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d))
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d
}, 'Invalid date: no such day')

/** A calendar day, YYYY-MM-DD. */
export const IsoDate = v.pipe(v.string(), v.isoDate(), dayExists)
/** A time with its offset (ISO 8601). */
export const IsoTimestamp = v.pipe(v.string(), v.isoTimestamp(), dayExists)

export const Meta = v.object({
  /** Time the data describes (ISO 8601 with offset). */
  asOf: IsoTimestamp,
  /** Department that owns the data. */
  source: LocalizedText,
  /** 口径: how each metric in the payload is defined, keyed by metric name. */
  definition: v.record(v.string(), LocalizedText),
  /** Units of each metric, keyed by metric name ("persons", "places", "visits/day", …). */
  units: v.record(v.string(), v.string()),
  /** True when the values are modelled demo data rather than official statistics. */
  demo: v.boolean(),
  /** Free-text attribution for third-party inputs (boundaries etc.). */
  attribution: v.optional(v.string()),
})
export type Meta = v.InferOutput<typeof Meta>

/** The issue path from `input` down `keys`, for a check that names a field inside what it checks. */
export function pathTo(input: unknown, keys: (string | number)[]) {
  return keys.map((key): v.IssuePathItem => {
    const value = (input as Record<string | number, unknown> | null | undefined)?.[key]
    const item = { type: 'unknown', origin: 'value', input, key, value } as const
    input = value
    return item
  }) as [v.IssuePathItem, ...v.IssuePathItem[]]
}

/**
 * A list whose items must be unique by a key (region codes, ids): an answer that lists a district
 * twice would be drawn and summed twice, so a duplicate is a schema error naming the field.
 */
export function uniqueList<T extends v.GenericSchema>(item: T, key: (x: v.InferOutput<T>) => string, field: string[]) {
  return v.pipe(
    v.array(item),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return // an item is already wrong; its key may not be there
      const seen = new Set<string>()
      dataset.value.forEach((x, i) => {
        const k = key(x)
        if (seen.has(k)) addIssue({ message: `duplicate ${field.join('.')} "${k}"`, path: pathTo(dataset.value, [i, ...field]) })
        seen.add(k)
      })
    }),
  )
}

/** Every response is `{ meta, data }`. */
export function envelope<T extends v.GenericSchema>(data: T) {
  return v.object({ meta: Meta, data })
}

export const Quantiles = v.object({ p10: v.number(), p50: v.number(), p90: v.number() })
export type Quantiles = v.InferOutput<typeof Quantiles>

/** One past forecast scored against what happened. */
export const BacktestPoint = v.object({
  issued: v.string(),
  target: v.string(),
  region: RegionCode,
  /** Which of the endpoint's series the point scores when a region has several, e.g. the school level. */
  series: v.optional(v.string()),
  /** The forecast's median, and its 80 % interval when it had one (coverage80 counts those). */
  forecast: v.number(),
  p10: v.optional(v.number()),
  p90: v.optional(v.number()),
  actual: v.number(),
})
export const Backtest = v.object({
  points: v.array(BacktestPoint),
  /** Mean absolute percentage error over the points, 0..1. */
  mape: v.pipe(v.number(), v.minValue(0)),
  /** Share of actuals that fell inside the p10–p90 interval, 0..1. */
  coverage80: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
})
export type Backtest = v.InferOutput<typeof Backtest>

export const Method = v.object({ name: LocalizedText, description: LocalizedText })
