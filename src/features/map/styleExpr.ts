import type { ExpressionSpecification } from 'maplibre-gl'

/**
 * Sizes in map styles are CSS pixels. The wall renders at its real resolution and scales its layout
 * instead of transforming it, so every size reads a `uiScale` global-state factor (1 on a 1920-wide
 * design, 2 on a 3840-wide wall) that the map runtime sets; no style rebuild when it changes.
 */
export const UI_SCALE = 'uiScale'

const scaleExpr: ExpressionSpecification = ['coalesce', ['global-state', UI_SCALE], 1]

/** `n` CSS px, times the UI scale. `n` may itself be a data expression. */
export function px(n: number | ExpressionSpecification): ExpressionSpecification {
  return ['*', scaleExpr, n]
}

/** A size that grows with zoom: `lo` px at zoom 9, `hi` px at zoom 14 (both UI-scaled). */
export function pxByZoom(lo: number | ExpressionSpecification, hi: number | ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 9, px(lo), 14, px(hi)]
}

/** Radius ∝ √value, so circle AREA is proportional to the value (seats, capacity). */
export function sqrtRadius(prop: string, perSqrtUnit: number, minPx: number): ExpressionSpecification {
  return ['max', minPx, ['*', perSqrtUnit, ['sqrt', ['max', 0, ['to-number', ['get', prop], 0]]]]]
}

/** Choropleth and surface fills stay slightly translucent so outlines and labels read through. */
export const FILL_OPACITY = 0.82

/**
 * A label from feature property `prop`, cut to `max` characters with an ellipsis: region names come
 * from the API, and a very long one would otherwise wrap into a block that covers its neighbours.
 * The whole name stays in the feature (tooltips show it).
 */
export function clippedText(prop: string, max: number): ExpressionSpecification {
  const text: ExpressionSpecification = ['to-string', ['get', prop]]
  return ['case', ['>', ['length', text], max], ['concat', ['slice', text, 0, max - 1], '…'], text]
}
