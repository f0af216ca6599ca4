import type { ExpressionSpecification } from 'maplibre-gl'
import { SELECTED_ID, LABEL_FONT } from './basemap'
import { SCALES, stepColorExpression } from './colorScales'
import type { SourceOptions, SubLayerSpec } from './mapLayer'
import { px, sqrtRadius } from './styleExpr'

/**
 * Shared look of facility layers (schools, clinics): circle AREA ∝ capacity, colour = load ÷
 * capacity on the fixed utilisation scale, clusters when dense whose colour is the ratio of their
 * sums (not an average of ratios), a ring on the selected facility.
 */
export interface FacilityStyle {
  /** Capacity property (seats, visits/day capacity). */
  size: string
  /** Load property in the same unit (enrolled, visits/day). */
  load: string
  /** px of radius per √capacity. */
  radiusPerSqrt: number
}

export const ACCENT = 'accent'
const accent: ExpressionSpecification = ['coalesce', ['global-state', ACCENT], '#4fc3f7']
/** Ring round points: white on the dark basemap, ink on the light one, so pale classes still show. */
export const POINT_STROKE = 'pointStroke'
export const pointStroke: ExpressionSpecification = ['coalesce', ['global-state', POINT_STROKE], '#ffffff']

export function facilitySource(s: FacilityStyle): SourceOptions {
  return {
    cluster: true,
    clusterRadius: 42,
    clusterMaxZoom: 11,
    clusterProperties: { [s.size]: ['+', ['get', s.size]], [s.load]: ['+', ['get', s.load]] },
  }
}

function byZoom(r: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 8, ['*', 0.75, r], 14, ['*', 1.5, r]]
}

export function facilityLayers(s: FacilityStyle): SubLayerSpec[] {
  const ratio: ExpressionSpecification = ['/', ['to-number', ['get', s.load], 0], ['max', 1, ['to-number', ['get', s.size], 1]]]
  const color = stepColorExpression(SCALES.utilisation, ratio)
  const clustered: ExpressionSpecification = ['has', 'point_count']
  return [
    {
      id: 'clusters',
      type: 'circle',
      filter: clustered,
      paint: {
        'circle-color': color,
        'circle-radius': px(['min', 26, sqrtRadius(s.size, s.radiusPerSqrt * 0.45, 9)]),
        'circle-opacity': 0.88,
        'circle-stroke-color': pointStroke,
        'circle-stroke-width': px(1.5),
      },
    },
    {
      id: 'cluster-count',
      type: 'symbol',
      filter: clustered,
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': LABEL_FONT,
        'text-size': px(12),
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#10151f', 'text-halo-color': '#ffffff', 'text-halo-width': px(1.2) },
    },
    {
      id: 'points',
      type: 'circle',
      filter: ['!', clustered],
      paint: {
        'circle-color': color,
        'circle-radius': byZoom(px(sqrtRadius(s.size, s.radiusPerSqrt, 2.5))),
        // Planned facilities are hollow-looking: they add capacity that is not there yet.
        'circle-opacity': ['case', ['==', ['get', 'planned'], 1], 0.35, 0.92],
        'circle-stroke-color': ['case', ['==', ['get', 'id'], ['coalesce', ['global-state', SELECTED_ID], '']], accent, pointStroke],
        'circle-stroke-width': ['case', ['==', ['get', 'id'], ['coalesce', ['global-state', SELECTED_ID], '']], px(3.5), px(1)],
      },
    },
  ]
}
