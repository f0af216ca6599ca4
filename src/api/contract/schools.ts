import * as v from 'valibot'
import { Backtest, LngLat, LocalizedText, Method, Quantiles, RegionCode, uniqueList } from './common'

export const SCHOOL_LEVELS = ['primary', 'junior'] as const
export const SchoolLevel = v.picklist(SCHOOL_LEVELS)
export type SchoolLevel = v.InferOutput<typeof SchoolLevel>

export const School = v.object({
  id: v.string(),
  name: LocalizedText,
  level: SchoolLevel,
  location: LngLat,
  region: RegionCode,
  seats: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  enrolled: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  /** Year the school opens when it is planned rather than open. */
  opensIn: v.nullable(v.pipe(v.number(), v.safeInteger())),
})
export type School = v.InferOutput<typeof School>

export const SchoolForecastPoint = v.object({
  year: v.pipe(v.number(), v.safeInteger()),
  /** Pupils needing a place (p10/p50/p90). */
  demand: Quantiles,
  /** Places available that year, planned openings included. */
  seats: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  /** Places from openings planned up to and including that year. */
  plannedSeats: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  /** True for years before the forecast starts (observed). */
  observed: v.boolean(),
})
export type SchoolForecastPoint = v.InferOutput<typeof SchoolForecastPoint>

export const SchoolForecastSeries = v.object({
  region: RegionCode,
  level: SchoolLevel,
  points: v.pipe(v.array(SchoolForecastPoint), v.minLength(1)),
  inputs: v.object({
    /** Ages of the level (inclusive), e.g. 6–10 for primary: which cohorts sit in it in a year. */
    ages: v.object({ from: v.pipe(v.number(), v.safeInteger(), v.minValue(0)), to: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) }),
    /** Single-year cohorts feeding this level, by birth year (observed, then the births assumption). */
    cohorts: v.array(v.object({ birthYear: v.pipe(v.number(), v.safeInteger()), count: v.pipe(v.number(), v.minValue(0)) })),
    /** Share of the age group enrolled in public places, 0..1. */
    enrolmentRatio: v.pipe(v.number(), v.minValue(0), v.maxValue(1.5)),
    /** Net migration assumed per year, as a share of the cohort (−0.1..0.1). */
    migrationRate: v.number(),
    /** Births per year assumed after the last observed year. */
    birthsAssumption: v.pipe(v.number(), v.minValue(0)),
  }),
})
export type SchoolForecastSeries = v.InferOutput<typeof SchoolForecastSeries>

export const SchoolForecast = v.object({
  baseYear: v.pipe(v.number(), v.safeInteger()),
  method: Method,
  series: uniqueList(SchoolForecastSeries, (s) => `${s.region}:${s.level}`, ['region']),
  backtest: Backtest,
})
export type SchoolForecast = v.InferOutput<typeof SchoolForecast>
