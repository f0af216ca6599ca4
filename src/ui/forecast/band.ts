/**
 * Forecast intervals for ECharts, which has no band series: a transparent lower line and a stacked
 * "upper − lower" area on top. Both are helpers: clamped at zero (a count cannot be negative),
 * silent, and kept out of legends and tooltips by their `band:` prefix. Pure.
 */
import type { LineSeriesOption } from 'echarts/charts'

export const HELPER_PREFIX = 'band:'

export function isHelperSeries(name: unknown): boolean {
  return typeof name === 'string' && name.startsWith(HELPER_PREFIX)
}

export interface BandOptions {
  id: string
  lower: readonly (number | null)[]
  upper: readonly (number | null)[]
  color: string
  opacity?: number
}

/** Lower and upper bounds, each clamped at ≥ 0, with upper never below lower; null where either is missing. */
export function clampBand(lower: readonly (number | null)[], upper: readonly (number | null)[]): { lo: (number | null)[]; hi: (number | null)[] } {
  const lo: (number | null)[] = []
  const hi: (number | null)[] = []
  for (let i = 0; i < Math.max(lower.length, upper.length); i++) {
    const l = lower[i]
    const u = upper[i]
    if (l === null || l === undefined || u === null || u === undefined || !Number.isFinite(l) || !Number.isFinite(u)) {
      lo.push(null)
      hi.push(null)
      continue
    }
    const a = Math.max(0, l)
    lo.push(a)
    hi.push(Math.max(a, u))
  }
  return { lo, hi }
}

export function bandSeries({ id, lower, upper, color, opacity = 0.22 }: BandOptions): LineSeriesOption[] {
  const { lo, hi } = clampBand(lower, upper)
  const stack = HELPER_PREFIX + id
  const common = {
    type: 'line' as const,
    stack,
    symbol: 'none',
    silent: true,
    tooltip: { show: false },
    lineStyle: { opacity: 0 },
    emphasis: { disabled: true },
    z: 1,
  }
  return [
    { ...common, id: `${stack}:lo`, name: `${stack}:lo`, data: lo },
    {
      ...common,
      id: `${stack}:hi`,
      name: `${stack}:hi`,
      data: hi.map((h, i) => (h === null || lo[i] === null ? null : h - (lo[i] as number))),
      areaStyle: { color, opacity },
    },
  ]
}

/** Legend entries: every named series but the helpers. */
export function legendNames(series: readonly { name?: unknown }[]): string[] {
  return series.map((s) => s.name).filter((n): n is string => typeof n === 'string' && !isHelperSeries(n))
}

interface AxisParam {
  seriesName?: string
  value?: unknown
  axisValueLabel?: string
  marker?: unknown
}

/**
 * An axis tooltip that renders as canvas text (richText: nothing becomes markup) and never lists
 * helper series. `row` formats one visible series' value; return null to skip it.
 */
export function plainAxisTooltip(row: (seriesName: string, value: unknown) => string | null) {
  return {
    trigger: 'axis' as const,
    renderMode: 'richText' as const,
    formatter: (params: unknown) => {
      const list = (Array.isArray(params) ? params : [params]) as AxisParam[]
      const head = list[0]?.axisValueLabel ?? ''
      const lines = list
        .filter((p) => !isHelperSeries(p.seriesName))
        .map((p) => row(p.seriesName ?? '', p.value))
        .filter((l): l is string => l !== null)
      // Braces would be read as rich-text style tags: strip them from anything shown.
      return [head, ...lines].map((l) => l.replace(/[{}]/g, '')).join('\n')
    },
  }
}
