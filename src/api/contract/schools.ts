import { z } from '../../zod'
import { Backtest, LngLat, LocalizedText, Method, Quantiles, RegionCode, uniqueList } from './common'

export const SCHOOL_LEVELS = ['primary', 'junior'] as const
export const SchoolLevel = z.enum(SCHOOL_LEVELS)
export type SchoolLevel = z.infer<typeof SchoolLevel>

export const School = z.object({
  id: z.string(),
  name: LocalizedText,
  level: SchoolLevel,
  location: LngLat,
  region: RegionCode,
  seats: z.int().check(z.nonnegative()),
  enrolled: z.int().check(z.nonnegative()),
  /** Year the school opens when it is planned rather than open. */
  opensIn: z.nullable(z.int()),
})
export type School = z.infer<typeof School>

export const SchoolForecastPoint = z.object({
  year: z.int(),
  /** Pupils needing a place (p10/p50/p90). */
  demand: Quantiles,
  /** Places available that year, planned openings included. */
  seats: z.int().check(z.nonnegative()),
  /** Places from openings planned up to and including that year. */
  plannedSeats: z.int().check(z.nonnegative()),
  /** True for years before the forecast starts (observed). */
  observed: z.boolean(),
})
export type SchoolForecastPoint = z.infer<typeof SchoolForecastPoint>

export const SchoolForecastSeries = z.object({
  region: RegionCode,
  level: SchoolLevel,
  points: z.array(SchoolForecastPoint).check(z.minLength(1)),
  inputs: z.object({
    /** Ages of the level (inclusive), e.g. 6–10 for primary: which cohorts sit in it in a year. */
    ages: z.object({ from: z.int().check(z.nonnegative()), to: z.int().check(z.nonnegative()) }),
    /** Single-year cohorts feeding this level, by birth year (observed, then the births assumption). */
    cohorts: z.array(z.object({ birthYear: z.int(), count: z.number().check(z.nonnegative()) })),
    /** Share of the age group enrolled in public places, 0..1. */
    enrolmentRatio: z.number().check(z.minimum(0), z.maximum(1.5)),
    /** Net migration assumed per year, as a share of the cohort (−0.1..0.1). */
    migrationRate: z.number(),
    /** Births per year assumed after the last observed year. */
    birthsAssumption: z.number().check(z.nonnegative()),
  }),
})
export type SchoolForecastSeries = z.infer<typeof SchoolForecastSeries>

export const SchoolForecast = z.object({
  baseYear: z.int(),
  method: Method,
  series: uniqueList(SchoolForecastSeries, (s) => `${s.region}:${s.level}`, ['region']),
  backtest: Backtest,
})
export type SchoolForecast = z.infer<typeof SchoolForecast>
