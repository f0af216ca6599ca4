/**
 * Fair floor for `/explore` as it first opens at 1920×1080 (default layer `schools.gap`, level junior,
 * base year + 3): the same six requests, the same map (land, outlines, labels, gap choropleth) and the
 * same two charts on the first screen (school places, births). The clinic, flows and alert panels sit
 * below it and load when scrolled to (ui/LazyPanel.vue), so neither side fetches or draws them here.
 */
import { api, drawChart, drawMap, floorReady, forecastChart, regionMap, sum, type Region } from './floor'

interface Band { p10: number; p50: number; p90: number }
interface SchoolSeries { region: string; level: string; points: { year: number; demand: Band; seats: number; observed: boolean }[]; inputs: { cohorts: { birthYear: number; count: number }[] } }
interface SchoolForecast { baseYear: number; series: SchoolSeries[] }

const [city, boundaries, schools] = await Promise.all([
  api<{ regions: Region[] }>('city'),
  api<GeoJSON.FeatureCollection>('regions/boundaries'),
  api<SchoolForecast>('schools/forecast'),
  // Fetched by the KPIs; drawn as text only.
  api('population'),
  api('clinics'),
  api('alerts'),
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
])
floorReady()
