import type { Feature, FeatureCollection } from 'geojson'
import type { GeoJSONSourceDiff } from 'maplibre-gl'

/**
 * A diff between two feature collections keyed by `properties.id`, for sources whose geometry is a
 * pure function of the id (regions, H3 cells, OD arcs). Stepping the hour then sends MapLibre only the
 * changed values instead of re-serialising every hexagon (`setData` re-tiles everything).
 * Returns null when most features come or go: then a full `setData` is cheaper.
 */
export function geojsonDiff(prev: FeatureCollection, next: FeatureCollection): GeoJSONSourceDiff | null {
  const before = new Map<string | number, Feature>()
  for (const f of prev.features) {
    const id = f.properties?.id
    if (typeof id === 'string' || typeof id === 'number') before.set(id, f)
  }
  const diff: Required<Pick<GeoJSONSourceDiff, 'add' | 'remove' | 'update'>> = { add: [], remove: [], update: [] }
  const seen = new Set<string | number>()
  for (const f of next.features) {
    const id = f.properties?.id
    if (typeof id !== 'string' && typeof id !== 'number') return null
    seen.add(id)
    const old = before.get(id)
    if (!old) {
      diff.add.push(f)
      continue
    }
    const changed: { key: string; value: unknown }[] = []
    const removed: string[] = []
    const a = old.properties ?? {}
    const b = f.properties ?? {}
    for (const [key, value] of Object.entries(b)) if (a[key] !== value) changed.push({ key, value })
    for (const key of Object.keys(a)) if (!(key in b)) removed.push(key)
    if (changed.length || removed.length) {
      diff.update.push({ id, ...(changed.length ? { addOrUpdateProperties: changed } : {}), ...(removed.length ? { removeProperties: removed } : {}) })
    }
  }
  for (const id of before.keys()) if (!seen.has(id)) diff.remove.push(id)
  const churn = diff.add.length + diff.remove.length
  if (churn > Math.max(next.features.length, prev.features.length) / 2) return null
  return diff
}

export function isEmptyDiff(d: GeoJSONSourceDiff): boolean {
  return !d.add?.length && !d.remove?.length && !d.update?.length
}
