import { AnimatedArcsLayer } from '@/features/map/animatedArcs'
import { SCALES, stepColorExpression } from '@/features/map/colorScales'
import { pointStroke } from '@/features/map/facilityStyle'
import { defineMapLayer, emptyOutput } from '@/features/map/mapLayer'
import { px } from '@/features/map/styleExpr'
import { kv, nameOf, num, pct } from '@/features/map/text'
import type { Localized } from '@/features/map/types'
import { odFeatures } from './flowMapData'
import { flowQueries } from './queries'

const L = {
  trips: { 'zh-CN': '人次/小时', en: 'trips/h' },
  inflow: { 'zh-CN': '流入', en: 'In' },
  outflow: { 'zh-CN': '流出', en: 'Out' },
  net: { 'zh-CN': '净流入占比', en: 'Net inflow share' },
}
const DAY: Record<'weekday' | 'weekend', Localized> = {
  weekday: { 'zh-CN': '工作日', en: 'Weekday' },
  weekend: { 'zh-CN': '周末', en: 'Weekend' },
}

export const odFlowsLayer = defineMapLayer({
  id: 'flows.od',
  needs: ['city'],
  query: (v) => flowQueries.od(v.hour, v.dayType),
  toSource: (res, ctx) => (ctx.city ? odFeatures(res.data, ctx.city) : emptyOutput()),
  stableGeometry: true,
  caption: (v, lang) => `${DAY[v.dayType][lang]} · ${String(v.hour).padStart(2, '0')}:00`,
  layers: [
    // Invisible but hit-testable: hover and click on arcs; the custom layer below draws them.
    {
      id: 'arc-hit',
      type: 'line',
      filter: ['==', ['get', 'kind'], 'arc'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-opacity': 0, 'line-width': px(['+', 8, ['to-number', ['get', 'w'], 2]]) },
    },
    { id: 'arcs', type: 'custom' },
    {
      id: 'nodes',
      type: 'circle',
      filter: ['==', ['get', 'kind'], 'node'],
      paint: {
        'circle-color': stepColorExpression(SCALES.netFlow, 'v'),
        'circle-radius': px(['max', 3, ['*', 0.028, ['sqrt', ['to-number', ['get', 'total'], 0]]]]),
        'circle-stroke-color': pointStroke,
        'circle-stroke-width': px(1.2),
        'circle-opacity': 0.9,
      },
    },
  ],
  custom: (id) => new AnimatedArcsLayer(id),
  tooltip: (p, lang) =>
    p.kind === 'arc'
      ? [
          lang === 'en' ? `${String(p.oEn)} → ${String(p.dEn)}` : `${String(p.oZh)} → ${String(p.dZh)}`,
          `${num(p.volume, lang)} ${L.trips[lang]}`,
        ]
      : [
          nameOf(p, lang),
          kv(lang, L.inflow, `${num(p.in, lang)} ${L.trips[lang]}`),
          kv(lang, L.outflow, `${num(p.out, lang)} ${L.trips[lang]}`),
          kv(lang, L.net, pct(p.v, true)),
        ],
  select: (p) => (p.kind === 'node' && typeof p.code === 'string' ? { kind: 'region', id: p.code } : null),
  legend: {
    scale: SCALES.netFlow,
    unit: { 'zh-CN': '净流入占比（圆点）', en: 'net inflow share (dots)' },
    definition: {
      'zh-CN': '该小时出发的区际出行人次。圆点颜色 =（流入 − 流出）÷（流入 + 流出）。',
      en: 'Trips between districts starting in that hour. Dot colour = (in − out) ÷ (in + out).',
    },
    encodings: [
      { 'zh-CN': '线宽 = 人次/小时（固定比例，最粗 ≥ 4万）', en: 'Line width = trips per hour (fixed scale, widest ≥ 40,000)' },
      { 'zh-CN': '光点由出发区流向到达区', en: 'Pulses travel from origin to destination' },
      { 'zh-CN': '圆点大小 = 流入 + 流出', en: 'Dot size = in + out' },
    ],
  },
})

export const flowLayers = [odFlowsLayer]
