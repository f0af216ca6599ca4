import { SCALES, stepColorExpression } from '@/features/map/colorScales'
import { regionChoropleth, selectRegion } from '@/features/map/choropleth'
import { facilityLayers, facilitySource } from '@/features/map/facilityStyle'
import { defineMapLayer } from '@/features/map/mapLayer'
import { FILL_OPACITY } from '@/features/map/styleExpr'
import { kv, nameOf, num, pct } from '@/features/map/text'
import type { Lang } from '@/features/map/types'
import { schoolQueries } from './queries'
import { formatPlaceGap } from './placeGapText'
import { placeGapRows, schoolPoints } from './schoolMapData'

const LEVEL = {
  primary: { 'zh-CN': '小学', en: 'Primary' },
  junior: { 'zh-CN': '初中', en: 'Junior middle' },
} as const

const L = {
  places: { 'zh-CN': '学位', en: 'Places' },
  demand: { 'zh-CN': '需求 (p50)', en: 'Demand (p50)' },
  range: { 'zh-CN': '需求区间 p10–p90', en: 'Demand p10–p90' },
  gap: { 'zh-CN': '学位余缺', en: 'Places short or spare' },
  short: { 'zh-CN': '缺口', en: 'short' },
  surplus: { 'zh-CN': '富余', en: 'surplus' },
  seats: { 'zh-CN': '学位', en: 'Seats' },
  enrolled: { 'zh-CN': '在读', en: 'Enrolled' },
  schools: { 'zh-CN': '所学校', en: 'schools' },
  opens: { 'zh-CN': '规划中，开办年份', en: 'Planned, opens' },
}

/** "缺口 +1,230（需求的 12%）": in word and sign as in the panel (gap = demand − seats), not by colour alone. */
function gapText(p: Record<string, unknown>, lang: Lang): string {
  if (typeof p.gap !== 'number') return '–'
  const text = formatPlaceGap(-p.gap, lang, { short: L.short[lang], surplus: L.surplus[lang] })
  if (typeof p.v !== 'number' || Math.round(p.v * 100) === 0) return text
  return lang === 'en' ? `${text} (${pct(Math.abs(p.v))} of demand)` : `${text}（需求的 ${pct(Math.abs(p.v))}）`
}

export const schoolGapLayer = defineMapLayer({
  id: 'schools.gap',
  needs: ['boundaries'],
  // Both levels in one answer, the same request as the places panel's: switching level refetches
  // nothing, and the first screen makes one request fewer.
  query: () => schoolQueries.forecast(),
  toSource: (res, ctx) =>
    regionChoropleth(ctx.boundaries, placeGapRows(res.data, ctx.view.level, ctx.view.year)),
  viewKeys: ['level', 'year'],
  stableGeometry: true,
  caption: (v, lang) => `${LEVEL[v.level][lang]} · ${v.year}`,
  layers: [
    { id: 'fill', type: 'fill', paint: { 'fill-color': stepColorExpression(SCALES.schoolGap, 'v'), 'fill-opacity': FILL_OPACITY } },
  ],
  tooltip: (p, lang: Lang) => [
    `${nameOf(p, lang)} · ${p.year ?? ''}`,
    kv(lang, L.gap, gapText(p, lang)),
    kv(lang, L.places, num(p.seats, lang)),
    kv(lang, L.demand, num(p.demand, lang)),
    kv(lang, L.range, `${num(p.p10, lang)}–${num(p.p90, lang)}`),
  ],
  select: selectRegion,
  legend: {
    scale: SCALES.schoolGap,
    unit: { 'zh-CN': '占需求的百分比', en: '% of demand' },
    definition: {
      'zh-CN': '（可用学位 − 学龄需求中位数 p50）÷ 需求。负值（棕）为学位不足，正值（青）为富余。含规划新增学位。',
      en: '(places available − pupil demand p50) ÷ demand. Negative (brown) is a shortfall, positive (teal) a surplus. Planned openings included.',
    },
    ends: [L.short, L.surplus],
  },
})

export const schoolFacilitiesLayer = defineMapLayer({
  id: 'schools.facilities',
  query: (v) => schoolQueries.list(v.level),
  toSource: (res) => schoolPoints(res.data.schools),
  caption: (v, lang) => LEVEL[v.level][lang],
  source: facilitySource({ size: 'seats', load: 'enrolled', radiusPerSqrt: 0.22 }),
  layers: facilityLayers({ size: 'seats', load: 'enrolled', radiusPerSqrt: 0.22 }),
  tooltip: (p, lang) => {
    const figures = [kv(lang, L.seats, num(p.seats, lang)), kv(lang, L.enrolled, `${num(p.enrolled, lang)} (${pct(
      typeof p.enrolled === 'number' && typeof p.seats === 'number' && p.seats > 0 ? p.enrolled / p.seats : null,
    )})`)]
    if (typeof p.point_count === 'number') return [`${num(p.point_count, lang)} ${L.schools[lang]}`, ...figures]
    return [nameOf(p, lang), ...figures, ...(typeof p.opensIn === 'number' ? [kv(lang, L.opens, String(p.opensIn))] : [])]
  },
  select: (p) => (typeof p.id === 'string' && typeof p.point_count !== 'number' ? { kind: 'school', id: p.id } : null),
  legend: {
    scale: SCALES.utilisation,
    unit: { 'zh-CN': '在读 ÷ 学位', en: 'enrolled ÷ seats' },
    definition: {
      'zh-CN': '学位使用率 = 在读学生数 ÷ 核定学位数。最深棕色为满员或超员。',
      en: 'Utilisation = pupils enrolled ÷ approved seats. Darkest brown is full or over capacity.',
    },
    encodings: [
      { 'zh-CN': '圆面积 = 学位数；聚合圆按合计计算', en: 'Circle area = seats; clusters use their totals' },
      { 'zh-CN': '半透明 = 规划中学校', en: 'Faint = planned school' },
    ],
  },
})

export const schoolLayers = [schoolGapLayer, schoolFacilitiesLayer]

