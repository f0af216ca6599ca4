import { describe, expect, it } from 'vitest'
import {
  classIndex,
  colorFor,
  formatBound,
  legendClasses,
  NO_DATA_COLOR,
  relativeLuminance,
  SCALES,
  stepColorExpression,
  type ClassScale,
} from './colorScales'

const all = Object.values(SCALES) as ClassScale[]

describe('fixed class scales', () => {
  it.each(all.map((s) => [s.id, s]))('%s has ascending breaks and one colour per class', (_id, s) => {
    expect(s.colors.length).toBe(s.breaks.length + 1)
    for (let i = 1; i < s.breaks.length; i++) expect(s.breaks[i]).toBeGreaterThan(s.breaks[i - 1] as number)
  })

  it('sequential palettes get steadily lighter (readable without hue)', () => {
    for (const s of all.filter((x) => x.kind === 'sequential')) {
      const lum = s.colors.map(relativeLuminance)
      for (let i = 1; i < lum.length; i++) expect(lum[i], s.id).toBeGreaterThan(lum[i - 1] as number)
    }
  })

  it('diverging palettes have an odd class count, lightest in the middle, darker towards both ends', () => {
    for (const s of all.filter((x) => x.kind === 'diverging')) {
      expect(s.colors.length % 2, s.id).toBe(1)
      const lum = s.colors.map(relativeLuminance)
      const mid = (lum.length - 1) / 2
      for (let i = 1; i <= mid; i++) expect(lum[i], s.id).toBeGreaterThan(lum[i - 1] as number)
      for (let i = mid; i < lum.length - 1; i++) expect(lum[i], s.id).toBeGreaterThan(lum[i + 1] as number)
    }
  })

  it('diverging neutral class straddles the neutral value', () => {
    const neutral: Record<string, number> = { schoolGap: 0, utilisation: 0.75, dayNightRatio: 1, netFlow: 0 }
    for (const [id, v] of Object.entries(neutral)) {
      const s = SCALES[id as keyof typeof SCALES]
      expect(classIndex(s, v), id).toBe((s.colors.length - 1) / 2)
    }
  })

  it('classifies values against the fixed breaks, independent of other data', () => {
    const s = SCALES.schoolGap
    expect(colorFor(s, -0.5)).toBe(s.colors[0])
    expect(colorFor(s, 0)).toBe(s.colors[4])
    expect(colorFor(s, 0.02)).toBe(s.colors[5]) // lower bound inclusive
    expect(colorFor(s, 10)).toBe(s.colors[8])
    expect(colorFor(s, null)).toBe(NO_DATA_COLOR)
    expect(colorFor(s, Number.NaN)).toBe(NO_DATA_COLOR)
  })

  it('builds a step expression guarded for missing values', () => {
    const s = SCALES.utilisation
    const e = stepColorExpression(s, 'v') as unknown[]
    expect(e[0]).toBe('case')
    const step = e[2] as unknown[]
    expect(step[0]).toBe('step')
    expect(step[2]).toBe(s.colors[0])
    expect(step.slice(3)).toEqual(s.breaks.flatMap((b, i) => [b, s.colors[i + 1]]))
    expect(e[3]).toBe(NO_DATA_COLOR)
  })

  it('legend classes are open at both ends', () => {
    const c = legendClasses(SCALES.populationDensity)
    expect(c[0]).toEqual({ color: SCALES.populationDensity.colors[0], from: null, to: 1000 })
    expect(c.at(-1)).toEqual({ color: SCALES.populationDensity.colors[6], from: 30000, to: null })
  })

  it('formats bounds', () => {
    expect(formatBound(-0.05, 'signedPercent', 'en')).toBe('−5%')
    expect(formatBound(0.1, 'signedPercent', 'en')).toBe('+10%')
    expect(formatBound(0.95, 'percent', 'en')).toBe('95%')
    expect(colorFor(SCALES.utilisation, 1)).toBe(SCALES.utilisation.colors[6]) // at capacity: the darkest class
    expect(formatBound(20000, 'count', 'en')).toBe('20,000')
    expect(formatBound(1.15, 'ratio', 'en')).toBe('1.15')
  })
})
