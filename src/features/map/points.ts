import type { Feature } from 'geojson'
import { isLngLat } from './geo'
import type { SourceOutput } from './types'

/**
 * Facilities → point features. Items with an unusable location, a repeated id or a property that
 * fails `check` are counted as invalid and skipped.
 */
export function pointFeatures<T>(
  items: readonly T[],
  pick: (item: T) => { id: string; location: unknown; props: Record<string, string | number | null> },
  check: (item: T) => boolean = () => true,
): SourceOutput {
  const features: Feature[] = []
  const seen = new Set<string>()
  let invalid = 0
  for (const item of items) {
    const { id, location, props } = pick(item)
    if (seen.has(id) || !isLngLat(location) || !check(item)) {
      invalid++
      continue
    }
    seen.add(id)
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [location[0], location[1]] },
      properties: { ...props, id },
    })
  }
  return { geojson: { type: 'FeatureCollection', features }, invalid, notes: [] }
}
