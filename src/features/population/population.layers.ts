import type { DensitySurfaceKind } from '@/api'
import { regionChoropleth, selectRegion } from '@/features/map/choropleth'
import { SCALES, stepColorExpression, type ClassScale } from '@/features/map/colorScales'
import { defineMapLayer, type MapLayer } from '@/features/map/mapLayer'
import { FILL_OPACITY } from '@/features/map/styleExpr'
import { kv, nameOf, num } from '@/features/map/text'
import type { Lang, Localized } from '@/features/map/types'
import { dayNightRows, densityRows } from './populationMapData'
import { populationQueries } from './queries'

const L = {
  residents: { 'zh-CN': '常住人口', en: 'Residents' },
  daytime: { 'zh-CN': '日间人口', en: 'Daytime population' },
  density: { 'zh-CN': '人口密度（人/km²）', en: 'Density (persons/km²)' },
  ratio: { 'zh-CN': '日间/常住', en: 'Daytime ÷ residents' },
  area: { 'zh-CN': '面积（km²）', en: 'Area (km²)' },
  persons: { 'zh-CN': '人数', en: 'Persons' },
}
const PER_KM2: Localized = { 'zh-CN': '人/km²', en: 'persons/km²' }
const DENSITY_DEF: Localized = {
  'zh-CN': '人口密度 = 常住人口 ÷ 行政区面积（人口普查口径）。',
  en: 'Density = resident population ÷ district land area (census definition).',
}

const densityTooltip = (p: Record<string, unknown>, lang: Lang) => [
  nameOf(p, lang),
  kv(lang, L.density, num(p.v, lang)),
  kv(lang, L.residents, num(p.residents, lang)),
  kv(lang, L.area, num(p.areaKm2, lang, 1)),
]

export const populationDensityLayer = defineMapLayer({
  id: 'population.density',
  needs: ['boundaries'],
  query: () => populationQueries.byRegion(),
  toSource: (res, ctx) => regionChoropleth(ctx.boundaries, densityRows(res.data)),
  stableGeometry: true,
  layers: [
    { id: 'fill', type: 'fill', paint: { 'fill-color': stepColorExpression(SCALES.populationDensity, 'v'), 'fill-opacity': FILL_OPACITY } },
  ],
  tooltip: densityTooltip,
  select: selectRegion,
  legend: { scale: SCALES.populationDensity, unit: PER_KM2, definition: DENSITY_DEF },
})

export const dayNightLayer = defineMapLayer({
  id: 'population.dayNight',
  needs: ['boundaries'],
  query: () => populationQueries.byRegion(),
  toSource: (res, ctx) => regionChoropleth(ctx.boundaries, dayNightRows(res.data)),
  stableGeometry: true,
  layers: [
    { id: 'fill', type: 'fill', paint: { 'fill-color': stepColorExpression(SCALES.dayNightRatio, 'v'), 'fill-opacity': FILL_OPACITY } },
  ],
  tooltip: (p, lang) => [
    nameOf(p, lang),
    kv(lang, L.ratio, num(p.v, lang, 2)),
    kv(lang, L.daytime, num(p.daytime, lang)),
    kv(lang, L.residents, num(p.residents, lang)),
  ],
  select: selectRegion,
  legend: {
    scale: SCALES.dayNightRatio,
    unit: { 'zh-CN': '倍', en: 'ratio' },
    definition: {
      'zh-CN': '工作日日间人口 ÷ 常住人口。大于1（紫）白天人口流入（就业中心），小于1（橙）白天流出（居住区）。',
      en: 'Weekday daytime population ÷ residents. Above 1 (purple) fills by day (job centres); below 1 (orange) empties (dormitory districts).',
    },
  },
})

/** For the wall: district density as height and colour, read from a pitched camera. */
export const densityExtrusionLayer = defineMapLayer({
  id: 'population.density3d',
  needs: ['boundaries'],
  query: () => populationQueries.byRegion(),
  toSource: (res, ctx) => regionChoropleth(ctx.boundaries, densityRows(res.data)),
  stableGeometry: true,
  layers: [
    {
      id: 'extrusion',
      type: 'fill-extrusion',
      paint: {
        'fill-extrusion-color': stepColorExpression(SCALES.populationDensity, 'v'),
        // 0.6 m per person/km² on a fixed scale: Huangpu's ~32,000/km² stands ~19 km tall.
        'fill-extrusion-height': ['*', 0.6, ['to-number', ['get', 'v'], 0]],
        'fill-extrusion-opacity': 0.9,
      },
    },
  ],
  tooltip: densityTooltip,
  select: selectRegion,
  legend: {
    scale: SCALES.populationDensity,
    unit: PER_KM2,
    definition: DENSITY_DEF,
    encodings: [{ 'zh-CN': '高度 ∝ 人口密度', en: 'Height ∝ density' }],
  },
})

function surfaceLayer(surface: DensitySurfaceKind, scale: ClassScale, definition: Localized): MapLayer {
  return defineMapLayer({
    id: `density.${surface}`,
    // Vector tiles at every zoom: H3 res 7, 8 and, at street zoom, 9 (see /density/tiles).
    query: (v) => populationQueries.densityTiles(surface, v.hour),
    toSource: (res) => res.tiles,
    caption: surface === 'hourly' ? (v) => `${String(v.hour).padStart(2, '0')}:00` : undefined,
    layers: [{ id: 'fill', type: 'fill', paint: { 'fill-color': stepColorExpression(scale, 'v'), 'fill-opacity': 0.86 } }],
    tooltip: (p, lang) => [kv(lang, L.persons, num(p.n, lang)), kv(lang, L.density, num(p.v, lang))],
    legend: { scale, unit: PER_KM2, definition },
  })
}

const cellDef = (zh: string, en: string): Localized => ({
  'zh-CN': `H3 网格内${zh}人数 ÷ 网格面积。放大时网格变细，街道尺度为9级（约0.1 km²）。`,
  en: `${en} in each H3 cell ÷ cell area. Cells get finer as you zoom in, down to res 9 (~0.1 km², street blocks).`,
})

export const densitySurfaceLayers: MapLayer[] = [
  surfaceLayer('children_0_5', SCALES.children0to5, cellDef('0–5岁常住儿童', 'Resident children aged 0–5')),
  surfaceLayer('children_6_10', SCALES.children6to10, cellDef('6–10岁常住儿童', 'Resident children aged 6–10')),
  surfaceLayer('children_11_14', SCALES.children11to14, cellDef('11–14岁常住儿童', 'Resident children aged 11–14')),
  surfaceLayer('elderly_65', SCALES.elderly65, cellDef('65岁及以上常住人口', 'Residents aged 65 and over')),
  surfaceLayer('hourly', SCALES.hourly, cellDef('该小时的实时人口', 'People present in that hour')),
]

export const populationLayers: MapLayer[] = [populationDensityLayer, dayNightLayer, densityExtrusionLayer, ...densitySurfaceLayers]
