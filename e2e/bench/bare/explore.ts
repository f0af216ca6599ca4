/**
 * Fair floor for `/explore` as it first opens (default layer `schools.gap`, level junior, base year +
 * 3): the same ten requests, the same map (land, outlines, labels, gap choropleth) and the same
 * five charts (school places, births, clinic load, flow forecast, weekday flow profile).
 */
import { api, drawChart, drawMap, floorReady, forecastChart, regionMap, sum, type Region } from './floor'

interface Band { p10: number; p50: number; p90: number }
interface SchoolSeries { region: string; level: string; points: { year: number; demand: Band; seats: number; observed: boolean }[]; inputs: { cohorts: { birthYear: number; count: number }[] } }
interface SchoolForecast { baseYear: number; series: SchoolSeries[] }
interface ClinicForecast { series: { capacity: number; history: { date: string; visits: number }[]; points: ({ date: string } & Band)[] }[] }
interface FlowForecast { points: { time: string; inflow: Band; outflow: Band }[] }
interface FlowProfile { weekday: { hour: number; inflow: number; outflow: number }[] }

const [city, boundaries, schools, clinicForecast, flowForecast, profile] = await Promise.all([
  api<{ regions: Region[] }>('city'),
  api<GeoJSON.FeatureCollection>('regions/boundaries'),
  api<SchoolForecast>('schools/forecast'),
  api<ClinicForecast>('clinics/forecast'),
  api<FlowForecast>('flows/forecast'),
  api<FlowProfile>('flows/profile'),
  // Fetched by the KPIs, the alert list and the OD table; drawn as text only.
  api('population'),
  api('clinics'),
  api('alerts'),
  api('flows/od?hour=8&dayType=weekday'),
])

const year = schools.baseYear + 3
const gap = new Map(
  schools.series.filter((s) => s.level === 'junior').map((s) => {
    const p = s.points.find((q) => q.year === year)
    return [s.region, p ? (p.seats - p.demand.p50) / p.demand.p50 : NaN] as const
  }),
)
const map = drawMap(
  regionMap({
    boundaries,
    regions: city.regions,
    values: gap,
    stops: [[-Infinity, '#8c510a'], [-0.1, '#d8b365'], [-0.02, '#f6e8c3'], [0.02, '#c7eae5'], [0.1, '#5ab4ac'], [0.25, '#01665e']],
    colours: { land: '#dfe5ee', outline: '#ffffff', label: '#1d2a3c', halo: '#ffffff' },
  }),
)

// City totals per year, as the school panel draws them for the level on show.
const levelSeries = schools.series.filter((s) => s.level === 'junior')
const years = levelSeries[0]!.points.map((p) => p.year)
const total = (f: (p: SchoolSeries['points'][number]) => number) => years.map((_, i) => sum(levelSeries.map((s) => f(s.points[i]!))))
const observed = levelSeries[0]!.points.map((p) => p.observed)
const clinicDays = [...clinicForecast.series[0]!.history.map((h) => h.date), ...clinicForecast.series[0]!.points.map((p) => p.date)]
const nHist = clinicForecast.series[0]!.history.length
const clinicTotal = (f: (s: ClinicForecast['series'][number], i: number) => number | null) =>
  clinicDays.map((_, i) => {
    const xs = clinicForecast.series.map((s) => f(s, i))
    return xs.some((x) => x === null) ? null : sum(xs as number[])
  })
const pad = <T,>(xs: T[], before: number, after: number) => [...Array<T | null>(before).fill(null), ...xs, ...Array<T | null>(after).fill(null)]
const nFc = clinicForecast.series[0]!.points.length
const cohorts = levelSeries[0]!.inputs.cohorts

await Promise.all([
  map,
  drawChart(
    'places',
    forecastChart(years.map(String), [
      { name: 'observed', data: total((p) => p.demand.p50).map((v, i) => (observed[i] ? v : null)) },
      { name: 'demand', data: total((p) => p.demand.p50), band: [total((p) => p.demand.p10), total((p) => p.demand.p90)] },
      { name: 'seats', data: total((p) => p.seats) },
    ]),
  ),
  drawChart('births', {
    grid: { left: 48, right: 8, top: 16, bottom: 24 },
    xAxis: { type: 'category', data: cohorts.map((c) => String(c.birthYear)) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: cohorts.map((_, i) => sum(levelSeries.map((s) => s.inputs.cohorts[i]?.count ?? 0))) }],
  }),
  drawChart(
    'clinics',
    forecastChart(clinicDays, [
      { name: 'visits', data: pad(clinicTotal((s, i) => s.history[i]?.visits ?? null).slice(0, nHist), 0, nFc) as (number | null)[] },
      {
        name: 'forecast',
        data: pad(clinicForecast.series[0]!.points.map((_, i) => sum(clinicForecast.series.map((s) => s.points[i]!.p50))), nHist, 0) as (number | null)[],
        band: [
          [...Array<number>(nHist).fill(0), ...clinicForecast.series[0]!.points.map((_, i) => sum(clinicForecast.series.map((s) => s.points[i]!.p10)))],
          [...Array<number>(nHist).fill(0), ...clinicForecast.series[0]!.points.map((_, i) => sum(clinicForecast.series.map((s) => s.points[i]!.p90)))],
        ],
      },
      { name: 'capacity', data: clinicDays.map(() => sum(clinicForecast.series.map((s) => s.capacity))) },
    ]),
  ),
  drawChart(
    'flows',
    forecastChart(flowForecast.points.map((p) => p.time.slice(11, 16)), [
      { name: 'inflow', data: flowForecast.points.map((p) => p.inflow.p50), band: [flowForecast.points.map((p) => p.inflow.p10), flowForecast.points.map((p) => p.inflow.p90)] },
      { name: 'outflow', data: flowForecast.points.map((p) => p.outflow.p50), band: [flowForecast.points.map((p) => p.outflow.p10), flowForecast.points.map((p) => p.outflow.p90)] },
    ]),
  ),
  drawChart(
    'profile',
    forecastChart(profile.weekday.map((p) => `${p.hour}:00`), [
      { name: 'inflow', data: profile.weekday.map((p) => p.inflow) },
      { name: 'outflow', data: profile.weekday.map((p) => p.outflow) },
    ]),
  ),
])
floorReady()
