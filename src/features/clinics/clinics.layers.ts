import { regionChoropleth, selectRegion } from '@/features/map/choropleth'
import { SCALES, stepColorExpression } from '@/features/map/colorScales'
import { facilityLayers, facilitySource } from '@/features/map/facilityStyle'
import { defineMapLayer } from '@/features/map/mapLayer'
import { FILL_OPACITY } from '@/features/map/styleExpr'
import { kv, nameOf, num, pct } from '@/features/map/text'
import { clinicPoints, clinicRegionRows } from './clinicMapData'
import { clinicQueries } from './queries'

const L = {
  load: { 'zh-CN': '近7日日均门诊', en: 'Visits/day (last 7 days)' },
  capacity: { 'zh-CN': '日接诊能力', en: 'Daily capacity' },
  util: { 'zh-CN': '负荷率', en: 'Utilisation' },
  clinics: { 'zh-CN': '家机构', en: 'facilities' },
  wait: { 'zh-CN': '平均候诊（分钟）', en: 'Mean wait (min)' },
}

const DEFINITION = {
  'zh-CN': '负荷率 = 近7日日均门诊人次 ÷ 核定日接诊能力（含周末）。70–80% 为常规负荷；青色有余量，棕色繁忙，最深棕色为满负荷或超负荷。',
  en: 'Utilisation = mean outpatient visits a day over the last 7 days (weekends included) ÷ daily capacity. 70–80% is a normal load; teal has spare capacity, brown is busy, darkest brown at or over capacity.',
}

export const clinicUtilisationLayer = defineMapLayer({
  id: 'clinics.utilisation',
  needs: ['boundaries'],
  query: () => clinicQueries.list(),
  toSource: (res, ctx) => regionChoropleth(ctx.boundaries, clinicRegionRows(res.data.clinics)),
  stableGeometry: true,
  layers: [
    { id: 'fill', type: 'fill', paint: { 'fill-color': stepColorExpression(SCALES.utilisation, 'v'), 'fill-opacity': FILL_OPACITY } },
  ],
  tooltip: (p, lang) => [
    nameOf(p, lang),
    kv(lang, L.util, pct(p.v)),
    kv(lang, L.load, num(p.visits, lang)),
    kv(lang, L.capacity, `${num(p.capacity, lang)} · ${num(p.clinics, lang)} ${L.clinics[lang]}`),
  ],
  select: selectRegion,
  legend: { scale: SCALES.utilisation, unit: { 'zh-CN': '门诊 ÷ 能力', en: 'visits ÷ capacity' }, definition: DEFINITION },
})

const style = { size: 'capacity', load: 'visits', radiusPerSqrt: 0.2 }

export const clinicFacilitiesLayer = defineMapLayer({
  id: 'clinics.facilities',
  query: () => clinicQueries.list(),
  toSource: (res) => clinicPoints(res.data.clinics),
  source: facilitySource(style),
  layers: facilityLayers(style),
  tooltip: (p, lang) => {
    const u = typeof p.visits === 'number' && typeof p.capacity === 'number' && p.capacity > 0 ? p.visits / p.capacity : null
    const figures = [kv(lang, L.load, num(p.visits, lang)), kv(lang, L.capacity, num(p.capacity, lang)), kv(lang, L.util, pct(u))]
    if (typeof p.point_count === 'number') return [`${num(p.point_count, lang)} ${L.clinics[lang]}`, ...figures]
    return [nameOf(p, lang), ...figures, kv(lang, L.wait, num(p.wait, lang))]
  },
  select: (p) => (typeof p.id === 'string' && typeof p.point_count !== 'number' ? { kind: 'clinic', id: p.id } : null),
  legend: {
    scale: SCALES.utilisation,
    unit: { 'zh-CN': '门诊 ÷ 能力', en: 'visits ÷ capacity' },
    definition: DEFINITION,
    encodings: [{ 'zh-CN': '圆面积 = 日接诊能力；聚合圆按合计计算', en: 'Circle area = daily capacity; clusters use their totals' }],
  },
})

export const clinicLayers = [clinicUtilisationLayer, clinicFacilitiesLayer]
