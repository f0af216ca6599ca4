import type { Feature } from 'geojson'
import type { City, OdMatrix } from '@/api'
import { arcPath, type Pt } from '@/features/map/arcs'
import { isLngLat } from '@/features/map/geo'
import type { LayerNote, SourceOutput } from '@/features/map/types'
import { flowWidthPx, netFlowShare, summariseOd } from './odFlows'

/** Arcs drawn at once: beyond ~30 a city map turns into a hairball; the rest is summarised. */
export const TOP_FLOWS = 30

/**
 * OD matrix → arcs between region centroids (kind "arc", width by volume on a fixed scale) and one
 * point per region with its in/out totals (kind "node"). Flows naming a region without a usable
 * centroid are counted as invalid; what is not drawn is reported in notes.
 */
export function odFeatures(od: OdMatrix, city: City, topN = TOP_FLOWS): SourceOutput {
  const regions = new Map(city.regions.filter((r) => isLngLat(r.centroid)).map((r) => [r.code, r]))
  const summary = summariseOd(od.flows, topN, new Set(regions.keys()))
  const features: Feature[] = []
  summary.top.forEach((f, rank) => {
    const o = regions.get(f.origin)
    const d = regions.get(f.destination)
    if (!o || !d) return
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: arcPath(o.centroid as Pt, d.centroid as Pt) },
      properties: {
        id: `${f.origin}>${f.destination}`,
        kind: 'arc',
        oZh: o.name.zh,
        oEn: o.name.en,
        dZh: d.name.zh,
        dEn: d.name.en,
        volume: f.volume,
        w: flowWidthPx(f.volume),
        rank,
        // Golden-ratio spacing keeps neighbouring arcs' pulses out of step.
        phase: (rank * 0.618034) % 1,
      },
    })
  })
  let invalid = summary.invalid
  for (const t of od.totals) {
    const r = regions.get(t.region)
    if (!r || !Number.isFinite(t.inflow + t.outflow)) {
      invalid++
      continue
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: r.centroid },
      properties: {
        id: `node:${t.region}`,
        kind: 'node',
        code: t.region,
        nameZh: r.name.zh,
        nameEn: r.name.en,
        in: t.inflow,
        out: t.outflow,
        total: t.inflow + t.outflow,
        v: netFlowShare(t.inflow, t.outflow),
      },
    })
  }
  const notes: LayerNote[] = []
  if (summary.rest.count > 0) notes.push({ key: 'cityMap.note.otherFlows', params: { n: summary.rest.count, trips: Math.round(summary.rest.volume) } })
  if (summary.within.volume > 0) notes.push({ key: 'cityMap.note.withinFlows', params: { trips: Math.round(summary.within.volume) } })
  return { geojson: { type: 'FeatureCollection', features }, invalid, notes }
}
