import type { ExpressionSpecification } from 'maplibre-gl'

/**
 * Classed colour scales with FIXED breaks per metric. A colour therefore means the same value in
 * every frame, hour, year and district: the map is never re-normalised to whatever data is on screen.
 * Palettes are ColorBrewer diverging (BrBG, PuOr) and viridis, which stay ordered in lightness and
 * so remain readable with the common colour-vision deficiencies.
 */

export type ScaleKind = 'sequential' | 'diverging'
/** How class bounds are printed in legends. */
export type ScaleFormat = 'percent' | 'signedPercent' | 'count' | 'ratio'

export interface ClassScale {
  id: string
  kind: ScaleKind
  /** Ascending class bounds; class i covers [breaks[i-1], breaks[i]). */
  breaks: readonly number[]
  /** One colour per class: breaks.length + 1. */
  colors: readonly string[]
  format: ScaleFormat
}

export const NO_DATA_COLOR = '#5c6470'

export const PALETTES = {
  brbg9: ['#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#f5f5f5', '#c7eae5', '#80cdc1', '#35978f', '#01665e'],
  brbg7: ['#8c510a', '#d8b365', '#f6e8c3', '#f5f5f5', '#c7eae5', '#5ab4ac', '#01665e'],
  puor7: ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'],
  viridis7: ['#440154', '#443983', '#31688e', '#21918c', '#35b779', '#90d743', '#fde725'],
} as const

function scale(id: string, kind: ScaleKind, breaks: number[], colors: readonly string[], format: ScaleFormat): ClassScale {
  return { id, kind, breaks, colors, format }
}

/** Fixed domains, one per metric. Changing a break here is a product decision, not a data fit. */
export const SCALES = {
  /**
   * (places − demand p50) / demand: brown = shortfall, teal = surplus. The surplus side reaches
   * further (+50%) because places standing empty after the birth peak is the other planning risk.
   */
  schoolGap: scale('schoolGap', 'diverging', [-0.2, -0.1, -0.05, -0.02, 0.02, 0.1, 0.25, 0.5], PALETTES.brbg9, 'signedPercent'),
  /**
   * Load / capacity for schools, clinics and clinic regions. The neutral class is a normal 70–80%
   * load; teal = spare capacity, brown = busy, darkest brown = at or over capacity.
   */
  utilisation: scale('utilisation', 'diverging', [0.5, 0.6, 0.7, 0.8, 0.9, 1.0], [...PALETTES.brbg7].reverse(), 'percent'),
  /** Residents per km². */
  populationDensity: scale('populationDensity', 'sequential', [1000, 2500, 5000, 10000, 20000, 30000], PALETTES.viridis7, 'count'),
  /** Daytime ÷ resident population: orange = empties by day, purple = fills by day. */
  dayNightRatio: scale('dayNightRatio', 'diverging', [0.8, 0.9, 0.97, 1.03, 1.15, 1.4], PALETTES.puor7, 'ratio'),
  /** Net flow share (in − out) / (in + out) at region centroids. */
  netFlow: scale('netFlow', 'diverging', [-0.3, -0.12, -0.04, 0.04, 0.12, 0.3], PALETTES.puor7, 'signedPercent'),
  /** H3 surfaces, persons per km², one fixed scale per surface. */
  children0to5: scale('children0to5', 'sequential', [50, 150, 300, 600, 1000, 1500], PALETTES.viridis7, 'count'),
  children6to10: scale('children6to10', 'sequential', [50, 150, 300, 600, 1000, 1500], PALETTES.viridis7, 'count'),
  children11to14: scale('children11to14', 'sequential', [30, 100, 200, 400, 700, 1000], PALETTES.viridis7, 'count'),
  elderly65: scale('elderly65', 'sequential', [200, 500, 1000, 2000, 3500, 5000], PALETTES.viridis7, 'count'),
  hourly: scale('hourly', 'sequential', [1000, 2500, 5000, 10000, 20000, 35000], PALETTES.viridis7, 'count'),
} as const satisfies Record<string, ClassScale>

export type ScaleId = keyof typeof SCALES

/** Index of the class a value falls in, or -1 for missing / non-finite values. */
export function classIndex(s: ClassScale, value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return -1
  let i = 0
  while (i < s.breaks.length && value >= (s.breaks[i] as number)) i++
  return i
}

export function colorFor(s: ClassScale, value: number | null | undefined): string {
  const i = classIndex(s, value)
  return i < 0 ? NO_DATA_COLOR : (s.colors[i] ?? NO_DATA_COLOR)
}

/**
 * MapLibre paint expression: the classed colour of numeric property `input` (grey when absent), or
 * of an expression that always yields a number (e.g. a ratio of cluster sums).
 */
export function stepColorExpression(s: ClassScale, input: string | ExpressionSpecification): ExpressionSpecification {
  const stops: (string | number)[] = []
  s.breaks.forEach((b, i) => stops.push(b, s.colors[i + 1] ?? NO_DATA_COLOR))
  const value = typeof input === 'string' ? ['to-number', ['get', input]] : input
  // The spec's expression types cannot express a variadic `step`; the shape is checked by the test.
  const step = ['step', value, s.colors[0] ?? NO_DATA_COLOR, ...stops] as unknown as ExpressionSpecification
  if (typeof input !== 'string') return step
  return ['case', ['==', ['typeof', ['get', input]], 'number'], step, NO_DATA_COLOR]
}

export interface LegendClass {
  color: string
  /** Inclusive lower bound, null for the open first class. */
  from: number | null
  /** Exclusive upper bound, null for the open last class. */
  to: number | null
}

export function legendClasses(s: ClassScale): LegendClass[] {
  return s.colors.map((color, i) => ({
    color,
    from: i === 0 ? null : (s.breaks[i - 1] ?? null),
    to: i === s.breaks.length ? null : (s.breaks[i] ?? null),
  }))
}

/** WCAG relative luminance of a #rrggbb colour; used to check palettes stay lightness-ordered. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`)
  const lin = (h: string | undefined) => {
    const c = parseInt(h ?? '0', 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3])
}

/** Formats a class bound for a legend. */
export function formatBound(value: number, format: ScaleFormat, locale: string): string {
  switch (format) {
    case 'percent':
      return `${Math.round(value * 100)}%`
    case 'signedPercent':
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.round(Math.abs(value) * 100)}%`
    case 'ratio':
      return value.toFixed(2)
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
  }
}
