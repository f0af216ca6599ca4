/**
 * Fair floor for `/wall`'s first scene (city overview): the same eight requests, the map with the
 * district density choropleth, outlines and labels. The scene's KPIs and decision lines are text.
 */
import { api, drawMap, floorReady, regionMap, type Region } from './floor'

interface Population { regions: { code: string; residents: number; areaKm2: number }[] }

const [city, boundaries, population] = await Promise.all([
  api<{ regions: Region[] }>('city'),
  api<GeoJSON.FeatureCollection>('regions/boundaries'),
  api<Population>('population'),
  // The KPIs, decision lines and the alert ticker.
  api('schools/forecast'),
  api('clinics/forecast'),
  api('flows/forecast'),
  api('clinics'),
  api('alerts'),
])

const density = new Map(population.regions.map((r) => [r.code, r.residents / r.areaKm2]))
await drawMap(
  regionMap({
    boundaries,
    regions: city.regions,
    values: density,
    stops: [[-Infinity, '#440154'], [1000, '#3b528b'], [2500, '#21918c'], [5000, '#5ec962'], [10000, '#a0da39'], [20000, '#fde725']],
    colours: { land: '#1b2a44', outline: '#8fb3d9', label: '#e6edf7', halo: '#0b1220' },
  }),
)
floorReady()
