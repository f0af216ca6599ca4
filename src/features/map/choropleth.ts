import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { Boundaries } from '@/api'
import { isValidGeometry } from './geo'
import { emptyOutput } from './mapLayer'
import type { LayerNote, Selection, SourceOutput } from './types'

/** One region's value for a choropleth; `extra` travels into feature properties for tooltips. */
export interface RegionRow {
  code: string
  value: number | null
  extra?: Record<string, string | number | null>
}

/**
 * Joins region rows onto boundary polygons. The value lands in property `v` (null when a region has
 * no row or a non-finite value, drawn as "no data"). Boundaries with broken geometry and rows that
 * repeat a region are counted as invalid and skipped; rows for unknown regions are reported.
 */
/** A click on a district feature selects that district. */
export function selectRegion(p: Record<string, unknown>): Selection | null {
  return typeof p.code === 'string' ? { kind: 'region', id: p.code } : null
}

/** Joins rows to region shapes; draws nothing until the boundaries have loaded. */
export function regionChoropleth(boundaries: Boundaries | null | undefined, rows: readonly RegionRow[]): SourceOutput {
  if (!boundaries) return emptyOutput()
  const byCode = new Map<string, RegionRow>()
  let invalid = 0
  for (const row of rows) {
    if (byCode.has(row.code)) invalid++
    else byCode.set(row.code, row)
  }
  const features: Feature[] = []
  const seen = new Set<string>()
  for (const f of boundaries.features) {
    const code = f.properties.code
    const geometry = f.geometry as Geometry
    if (seen.has(code) || !isValidGeometry(geometry)) {
      invalid++
      continue
    }
    seen.add(code)
    const row = byCode.get(code)
    const v = row && row.value !== null && Number.isFinite(row.value) ? row.value : null
    features.push({
      type: 'Feature',
      geometry,
      properties: { ...row?.extra, id: code, code, nameZh: f.properties.nameZh, nameEn: f.properties.nameEn, v },
    })
  }
  const unmatched = [...byCode.keys()].filter((c) => !seen.has(c)).length
  const notes: LayerNote[] = unmatched > 0 ? [{ key: 'cityMap.note.unmatchedRegions', params: { n: unmatched } }] : []
  const geojson: FeatureCollection = { type: 'FeatureCollection', features }
  return { geojson, invalid, notes }
}

/** Safe ratio: null when the denominator is not a positive finite number. */
export function ratio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null
  return numerator / denominator
}
