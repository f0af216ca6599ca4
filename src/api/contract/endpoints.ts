import * as v from 'valibot'
import { envelope, RegionCode, uniqueList } from './common'
import { Boundaries, City } from './city'
import { DensitySurface, DensitySurfaceKind, DensityTileSet, Population } from './population'
import { School, SchoolForecast, SchoolLevel } from './schools'
import { Clinic, ClinicForecast } from './clinics'
import { DayType, FlowForecast, FlowProfile, OdMatrix } from './flows'
import { Alerts } from './alerts'

/** Query strings arrive as text; these coerce and bound them. */
const intParam = (min: number, max: number) =>
  v.pipe(v.union([v.string(), v.number()]), v.transform(Number), v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max))

/**
 * The read-only analytics API, version 1: every endpoint is a GET returning `{ meta, data }`.
 * This table is the single source for the client's types, runtime validation, the mock handlers
 * and the generated OpenAPI document.
 */
export const endpoints = {
  city: {
    path: '/city',
    summary: 'The city: name, time zone, extent and its regions.',
    query: v.object({}),
    response: envelope(City),
  },
  boundaries: {
    path: '/regions/boundaries',
    summary: 'Region boundaries as a GeoJSON FeatureCollection (WGS84).',
    query: v.object({}),
    response: envelope(Boundaries),
  },
  population: {
    path: '/population',
    summary: 'Resident and daytime population per region, with age bands.',
    query: v.object({}),
    response: envelope(Population),
  },
  density: {
    path: '/density',
    summary: 'Population density on an H3 grid for one surface (and hour, for the hourly surface).',
    query: v.object({
      surface: DensitySurfaceKind,
      resolution: v.optional(intParam(5, 10), 8),
      hour: v.optional(intParam(0, 23)),
    }),
    response: envelope(DensitySurface),
  },
  densityTiles: {
    path: '/density/tiles',
    summary: 'A density surface as vector tiles: TileJSON, with the H3 resolution per zoom.',
    query: v.object({ surface: DensitySurfaceKind, hour: v.optional(intParam(0, 23)) }),
    response: envelope(DensityTileSet),
  },
  schools: {
    path: '/schools',
    summary: 'Primary and junior-middle schools with seats and enrolment.',
    query: v.object({ level: v.optional(SchoolLevel), region: v.optional(RegionCode) }),
    response: envelope(v.object({ schools: uniqueList(School, (s) => s.id, ['id']) })),
  },
  schoolForecast: {
    path: '/schools/forecast',
    summary: 'School-place demand forecast per region × level × year (p10/p50/p90), inputs and backtest.',
    query: v.object({ level: v.optional(SchoolLevel), region: v.optional(RegionCode) }),
    response: envelope(SchoolForecast),
  },
  clinics: {
    path: '/clinics',
    summary: 'Community health centres and hospitals with capacity, doctors, recent visits and waits.',
    query: v.object({ region: v.optional(RegionCode) }),
    response: envelope(v.object({ clinics: uniqueList(Clinic, (c) => c.id, ['id']) })),
  },
  clinicForecast: {
    path: '/clinics/forecast',
    summary: 'Daily outpatient load forecast per region for 90 days (p10/p50/p90) and backtest.',
    query: v.object({ region: v.optional(RegionCode) }),
    response: envelope(ClinicForecast),
  },
  flowsOd: {
    path: '/flows/od',
    summary: 'Origin–destination trips between regions for one hour and day type, with region totals.',
    query: v.object({ hour: intParam(0, 23), dayType: v.optional(DayType, 'weekday') }),
    response: envelope(OdMatrix),
  },
  flowForecast: {
    path: '/flows/forecast',
    summary: 'Hourly inflow/outflow forecast for the next 24 hours, city-wide or for one region.',
    query: v.object({ region: v.optional(RegionCode) }),
    response: envelope(FlowForecast),
  },
  flowProfile: {
    path: '/flows/profile',
    summary: 'Hourly inflow/outflow over a typical weekday and weekend day, city-wide or for one region (the totals of /flows/od).',
    query: v.object({ region: v.optional(RegionCode) }),
    response: envelope(FlowProfile),
  },
  alerts: {
    path: '/alerts',
    summary: 'Alerts derived by the API: places running short, clinics near capacity, …',
    query: v.object({}),
    response: envelope(Alerts),
  },
} as const

/**
 * Endpoints that answer with binary map data instead of `{ meta, data }` JSON. Their metadata (and
 * so their meta) comes from a JSON endpoint above; map clients fetch these themselves.
 */
export const tileEndpoints = {
  densityTile: {
    path: '/density/tiles/{z}/{x}/{y}.pbf',
    summary:
      'One Mapbox Vector Tile (MVT 2.1, uncompressed) of a density surface: hexagons of the H3 resolution that /density/tiles assigns to zoom z, with properties id (H3 index), v (persons per km²) and n (persons). 204 when the tile holds no cell.',
    query: v.object({
      surface: DensitySurfaceKind,
      hour: v.optional(intParam(0, 23)),
      /** The data version from the tile URL template; any value is accepted, it only keys caches. */
      v: v.optional(v.string()),
    }),
    contentType: 'application/vnd.mapbox-vector-tile',
  },
} as const

export type TileEndpointName = keyof typeof tileEndpoints

export type Endpoints = typeof endpoints
export type EndpointName = keyof Endpoints
/** What a caller passes (before defaults are applied). */
export type QueryOf<N extends EndpointName> = v.InferInput<Endpoints[N]['query']>
/** The validated body of a response. */
export type ResponseOf<N extends EndpointName> = v.InferOutput<Endpoints[N]['response']>
export type DataOf<N extends EndpointName> = ResponseOf<N>['data']

/** The URL prefix every deployment serves the contract under, relative to its base URL. */
export const API_VERSION = 'v1'
