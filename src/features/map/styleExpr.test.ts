import { describe, expect, it } from 'vitest'
import { createExpression } from '@maplibre/maplibre-gl-style-spec'
import { clippedText } from './styleExpr'

/** Evaluates a style expression the way MapLibre does, for one feature's properties. */
function evaluate(expr: unknown, properties: Record<string, unknown>): unknown {
  const parsed = createExpression(expr, { type: 'string' } as never)
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '))
  return parsed.value.evaluate({ zoom: 10 }, { type: 'Point', properties } as never)
}

describe('clippedText', () => {
  it('draws a short name whole', () => {
    expect(evaluate(clippedText('name', 12), { name: '浦东新区' })).toBe('浦东新区')
    expect(evaluate(clippedText('name', 4), { name: 'abcd' })).toBe('abcd')
  })

  it('cuts a long name to the limit, ellipsis included', () => {
    const out = evaluate(clippedText('name', 12), { name: '长'.repeat(40) }) as string
    expect(out).toBe(`${'长'.repeat(11)}…`)
    expect([...out]).toHaveLength(12)
  })

  it('draws a missing name as empty, not as an error', () => {
    expect(evaluate(clippedText('name', 12), {})).toBe('')
  })
})
