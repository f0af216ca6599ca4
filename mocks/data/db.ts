/**
 * The mock city, built once per (seed, as-of) and lazily per endpoint: `respond` returns the
 * full `{ meta, data }` body of an endpoint for already-validated query parameters.
 * Pure and deterministic: no Math.random, no clock; the as-of instant is an input.
 */
import type * as v from 'valibot'
import type { EndpointName, Endpoints, ResponseOf } from '../../src/api/contract'
import { buildAlerts } from './alerts'
import { DEFAULT_AS_OF, formatLocal, localDate, localHour, localYear, parseInstant } from './calendar'
import { boundaryAttribution, buildBoundaries, buildCity } from './city'
import { buildClinicForecast } from './clinicForecast'
import { buildClinicWorld } from './clinics'
import { buildCohortModel } from './cohorts'
import { buildCommute } from './commute'
import { buildDensity } from './density'
import { createDensityTiles, DENSITY_TILE_FIELDS, DENSITY_TILE_LAYER, DENSITY_TILE_MAXZOOM, DENSITY_TILE_MINZOOM, DENSITY_TILE_ZOOMS, type DensityTileQuery, type TagsMap } from './densityTiles'
import { DISTRICTS } from './districts'
import { buildFlowModel } from './flows'
import { metaFor } from './meta'
import { buildAgeStructure, buildPopulation } from './population'
import type { Seed } from './rng'
import { buildDemand } from './schoolDemand'
import { buildSchoolForecast } from './schoolForecast'
import { buildSchools } from './schools'

export const DEFAULT_SEED = 2020
/** Density surfaces kept in memory; a res-10 surface is ~600k cells, so keep a handful. */
const DENSITY_CACHE_SIZE = 12

/** Query parameters after the endpoint's schema has coerced them and applied defaults. */
export type QueryOutput<N extends EndpointName> = v.InferOutput<Endpoints[N]['query']>

export interface MockDbOptions {
  seed?: Seed
  /** ISO 8601 instant the data describes; default 2026-11-23T08:00:00+08:00. */
  asOf?: string
}

export interface MockDb {
  readonly seed: Seed
  readonly asOf: string
  readonly regionCodes: readonly string[]
  hasRegion(code: string): boolean
  respond<N extends EndpointName>(name: N, query: QueryOutput<N>): ResponseOf<N>
  /** One MVT tile of a density surface (see /density/tiles); null when no cell lies in it, RangeError off the zoom range. */
  densityTile(query: DensityTileQuery, tags?: TagsMap): Uint8Array | null
}

function lazy<T>(build: () => T): () => T {
  let cell: { value: T } | null = null
  return () => (cell ??= { value: build() }).value
}

export function createMockDb(options: MockDbOptions = {}): MockDb {
  const seed = options.seed ?? DEFAULT_SEED
  const asOfMs = parseInstant(options.asOf ?? DEFAULT_AS_OF)
  const asOf = formatLocal(asOfMs)
  const today = localDate(asOfMs)
  const meta = (name: EndpointName) => metaFor(name, asOf, boundaryAttribution())

  const cohorts = lazy(() => buildCohortModel(seed, localYear(asOfMs) - 1))
  const ages = lazy(() => buildAgeStructure(seed, cohorts()))
  const commute = lazy(() => buildCommute(seed, ages()))
  const flows = lazy(() => buildFlowModel(commute()))
  const demand = lazy(() => buildDemand(seed, cohorts()))
  const schools = lazy(() => buildSchools(seed, demand()))
  const clinicWorld = lazy(() => buildClinicWorld(seed, today))
  const allClinicForecasts = lazy(() => buildClinicForecast(clinicWorld(), today))
  const city = lazy(buildCity)
  const boundaries = lazy(buildBoundaries)
  const population = lazy(() => buildPopulation(ages(), commute().net))
  const alerts = lazy(() => buildAlerts(demand(), schools(), allClinicForecasts()))

  const densityCache = new Map<string, ResponseOf<'density'>>()
  const densityHour = (surface: string, hour: number | undefined) => (surface === 'hourly' ? (hour ?? localHour(asOfMs)) : 0)
  const regionCodes = DISTRICTS.map((d) => d.code)

  const densityTiles = createDensityTiles((surface, resolution, hour) => responders.density({ surface, resolution, hour }).data.cells)

  const responders: { [N in EndpointName]: (query: QueryOutput<N>) => ResponseOf<N> } = {
    city: () => ({ meta: meta('city'), data: city() }),
    boundaries: () => ({ meta: meta('boundaries'), data: boundaries() }),
    population: () => ({ meta: meta('population'), data: population() }),
    density: (q) => {
      const hour = densityHour(q.surface, q.hour)
      const key = `${q.surface}:${q.resolution}:${hour}`
      const cached = densityCache.get(key)
      if (cached) return cached
      const body = { meta: meta('density'), data: buildDensity(seed, q.surface, q.resolution, hour, ages(), commute()) }
      if (densityCache.size >= DENSITY_CACHE_SIZE) {
        const oldest = densityCache.keys().next().value
        if (oldest !== undefined) densityCache.delete(oldest)
      }
      densityCache.set(key, body)
      return body
    },
    densityTiles: (q) => {
      const hour = densityHour(q.surface, q.hour)
      // The as-of instant is the data version: a new one gives new tile URLs, past any cache.
      const params = new URLSearchParams({ surface: q.surface, ...(q.surface === 'hourly' ? { hour: String(hour) } : {}), v: asOf })
      const [[w, s], [e, n]] = city().bounds
      const pad = 0.02 // hexagons on the edge reach past the city's outline
      return {
        meta: meta('densityTiles'),
        data: {
          surface: q.surface,
          hour: q.surface === 'hourly' ? hour : null,
          tilejson: '3.0.0',
          tiles: [`tiles/{z}/{x}/{y}.pbf?${params}`],
          minzoom: DENSITY_TILE_MINZOOM,
          maxzoom: DENSITY_TILE_MAXZOOM,
          bounds: [w - pad, s - pad, e + pad, n + pad],
          vector_layers: [{ id: DENSITY_TILE_LAYER, fields: DENSITY_TILE_FIELDS }],
          resolutions: [...DENSITY_TILE_ZOOMS],
        },
      }
    },
    schools: (q) => ({
      meta: meta('schools'),
      data: { schools: schools().filter((s) => (!q.level || s.level === q.level) && (!q.region || s.region === q.region)) },
    }),
    schoolForecast: (q) => ({
      meta: meta('schoolForecast'),
      data: buildSchoolForecast(demand(), schools(), cohorts(), { level: q.level, region: q.region }),
    }),
    clinics: (q) => ({
      meta: meta('clinics'),
      data: { clinics: clinicWorld().clinics.filter((c) => !q.region || c.region === q.region) },
    }),
    clinicForecast: (q) => ({
      meta: meta('clinicForecast'),
      data: q.region ? buildClinicForecast(clinicWorld(), today, q.region) : allClinicForecasts(),
    }),
    flowsOd: (q) => ({ meta: meta('flowsOd'), data: flows().od(q.hour, q.dayType) }),
    flowForecast: (q) => ({ meta: meta('flowForecast'), data: flows().forecast(q.region ?? null, asOfMs) }),
    flowProfile: (q) => ({ meta: meta('flowProfile'), data: flows().profile(q.region ?? null) }),
    alerts: () => ({ meta: meta('alerts'), data: { alerts: alerts() } }),
  }

  return {
    seed,
    asOf,
    regionCodes,
    hasRegion: (code) => regionCodes.includes(code),
    respond: (name, query) => responders[name](query),
    densityTile: (q, tags) => densityTiles({ ...q, hour: densityHour(q.surface, q.hour) }, tags),
  }
}
